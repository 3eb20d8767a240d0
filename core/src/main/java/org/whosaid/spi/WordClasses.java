package org.whosaid.spi;

import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.SetMultimap;
import java.util.Locale;
import java.util.Set;

/**
 * The closed-class words of a language, each word in one or more {@link WordClass}es. A word in
 * capitals, two letters or more, is an acronym's own entry, apart from the word it spells where a
 * language reads acronyms as no words ({@link LanguageModule#acronymsAreNoWords()}): {@code US} a
 * nationality, {@code us} a pronoun. An acronym has its entry's classes as a modifier only, before
 * a word of no closed class ("US officials"); elsewhere it is a name ("US says", "the US said").
 *
 * @param classes lower-case word, or acronym in capitals, to its classes
 */
public record WordClasses(SetMultimap<String, WordClass> classes) {

  public WordClasses {
    classes = ImmutableSetMultimap.copyOf(classes);
  }

  /** Whether {@code word} (any case) is in {@code wordClass}. */
  public boolean is(String word, WordClass wordClass) {
    return classes.containsEntry(word.toLowerCase(Locale.ROOT), wordClass);
  }

  /** The classes of {@code word} (any case). */
  public Set<WordClass> of(String word) {
    return classes.get(word.toLowerCase(Locale.ROOT));
  }

  /** The classes of an acronym's own entry ({@code "US"}); empty if it has none. */
  public Set<WordClass> ofAcronym(String acronym) {
    return isAcronym(acronym) ? classes.get(acronym) : Set.of();
  }

  /** Whether {@code word} is two capital letters or more and nothing else, an acronym's entry. */
  public static boolean isAcronym(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
