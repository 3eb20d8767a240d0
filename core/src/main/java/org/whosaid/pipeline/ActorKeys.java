package org.whosaid.pipeline;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.whosaid.model.ActorKey;
import org.whosaid.model.ActorType;
import org.whosaid.spi.GazetteerEntry;
import org.whosaid.spi.LanguageModule;
import org.whosaid.spi.SpellingRule;

/**
 * Makes {@link ActorKey}s that are equal for the same actor across languages: a gazetteer
 * identifier where the name is a known actor, otherwise the name folded to lower-case ASCII with
 * the language's transliteration conventions rewritten to a common spelling.
 */
public final class ActorKeys {

  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

  private final Map<String, GazetteerEntry> gazetteer = new HashMap<>();
  private final List<SpellingRule> spelling;

  public ActorKeys(LanguageModule module) {
    for (GazetteerEntry e : module.gazetteer()) {
      gazetteer.putIfAbsent(fold(e.form()), e);
    }
    this.spelling = module.nameSpelling();
  }

  /** The gazetteer entry for a name, if the name is a known actor. */
  public Optional<GazetteerEntry> known(String name) {
    return Optional.ofNullable(gazetteer.get(fold(name)));
  }

  /** The key of an actor with this name and type. */
  public ActorKey key(String name, ActorType type) {
    Optional<GazetteerEntry> k = known(name);
    if (k.isPresent()) {
      return ActorKey.of(k.get().id());
    }
    StringBuilder key = new StringBuilder(type.name().toLowerCase(Locale.ROOT)).append(':');
    String folded = fold(name);
    for (String word : folded.split(" ")) {
      if (!word.isEmpty()) {
        if (key.charAt(key.length() - 1) != ':') {
          key.append('-');
        }
        key.append(respell(word));
      }
    }
    return ActorKey.of(key.toString());
  }

  /** Lower-case ASCII with every run of non-letters and non-digits one space. */
  public static String fold(String s) {
    String ascii = isAscii(s) ? s.toLowerCase(java.util.Locale.ROOT) : TO_ASCII.get().transliterate(s);
    StringBuilder b = new StringBuilder(ascii.length());
    boolean space = true;
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
        space = false;
      } else if (!space && c != '\'') {
        b.append(' ');
        space = true;
      }
    }
    int n = b.length();
    return n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private String respell(String word) {
    String w = word;
    for (SpellingRule r : spelling) {
      if (r.wordFinal()) {
        if (w.endsWith(r.from())) {
          w = w.substring(0, w.length() - r.from().length()) + r.to();
        }
      } else {
        w = w.replace(r.from(), r.to());
      }
    }
    return w;
  }
}
