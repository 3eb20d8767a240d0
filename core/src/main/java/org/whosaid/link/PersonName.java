package org.whosaid.link;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's name split into folded, respelled skeleton words: given names (initials are one
 * letter), surname, and a generational suffix. Name particles ("von der", "van") are left out, so
 * "Ursula von der Leyen" and "von der Leyen" share the surname "leien".
 *
 * <pre>{@code
 * PersonName kuleba = NameKeys.of(dutch).person("Dmitro Koeleba");   // given [dmitro], surname kuleba
 * kuleba.key();                                                      // "person:kuleba:dmitro"
 * }</pre>
 *
 * @param given   given names and initials in order, possibly empty
 * @param surname the surname, never blank
 * @param suffix  "jr", "sr", "ii", … when the name has one
 */
public record PersonName(List<String> given, String surname, Optional<String> suffix) {

  public PersonName {
    given = ImmutableList.copyOf(given);
    Objects.requireNonNull(surname, "surname");
    Objects.requireNonNull(suffix, "suffix");
    if (surname.isBlank()) {
      throw new IllegalArgumentException("a person's name needs a surname");
    }
  }

  /** The actor key text: {@code person:<surname>[:<given>-<given>][:<suffix>]}. */
  public String key() {
    StringBuilder b = new StringBuilder("person:").append(surname);
    if (!given.isEmpty()) {
      b.append(':').append(String.join("-", given));
    }
    suffix.ifPresent(s -> b.append(given.isEmpty() ? "::" : ":").append(s));
    return b.toString();
  }

  /** Whether only the surname is known. */
  public boolean surnameOnly() {
    return given.isEmpty();
  }

  /**
   * Whether this name may be a shorter way of writing {@code fuller}: the same surname and suffix,
   * and each of this name's given names equal to, or the initial of, the given name at the same
   * place in {@code fuller}. "Odd Enoksen" and "O. Enoksen" fit "Odd Roger Enoksen"; "George W.
   * Bush" does not fit "George H. W. Bush", and no name fits one with another suffix. A name with
   * given names does not fit one that adds a middle initial: "George Bush" does not fit "George W.
   * Bush", since an initial is how writers tell a father and a son apart; the surname alone fits
   * both.
   */
  public boolean fits(PersonName fuller) {
    if (!surname.equals(fuller.surname) || !suffix.equals(fuller.suffix) || given.size() > fuller.given.size()) {
      return false;
    }
    for (int i = given.size(); i < fuller.given.size() && !given.isEmpty(); i++) {
      if (fuller.given.get(i).length() == 1) {
        return false;
      }
    }
    for (int i = 0; i < given.size(); i++) {
      String mine = given.get(i);
      String theirs = fuller.given.get(i);
      boolean ok = mine.equals(theirs)
          || (mine.length() == 1 && theirs.charAt(0) == mine.charAt(0))
          || (theirs.length() == 1 && mine.charAt(0) == theirs.charAt(0));
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
