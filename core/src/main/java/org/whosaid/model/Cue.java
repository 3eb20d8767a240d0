package org.whosaid.model;

import java.util.Objects;

/**
 * The speech verb or attribution phrase that reports a statement ("zei", "according to",
 * "la ... til"). A discontinuous cue is written with {@code " ... "} between its parts and its
 * span runs from the first part to the last.
 *
 * @param text  the cue as written, without auxiliaries
 * @param span  where the cue stands in the article
 * @param lemma the dictionary form of the cue ("zeggen", "say")
 */
public record Cue(String text, Span span, String lemma) {

  public Cue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(lemma, "lemma");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a cue's text must not be blank");
    }
  }
}
