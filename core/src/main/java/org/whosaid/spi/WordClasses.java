package org.whosaid.spi;

import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.SetMultimap;
import java.util.Locale;
import java.util.Set;

/**
 * The closed-class words of a language, each word in one or more {@link WordClass}es.
 *
 * @param classes lower-case word to its classes
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
}
