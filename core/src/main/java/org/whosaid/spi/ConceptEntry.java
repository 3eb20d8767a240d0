package org.whosaid.spi;

import java.util.Objects;

/**
 * A word of one language mapped to a language-independent concept.
 *
 * @param word    the word, lower case, as written or as a stem followed by {@code *}
 * @param concept the concept, an English word by convention ("troops")
 */
public record ConceptEntry(String word, String concept) {
  public ConceptEntry {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(concept, "concept");
  }
}
