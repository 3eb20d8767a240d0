package org.whosaid.spi;

import java.util.Objects;

/**
 * Rewrites one spelling of a sound to the common one in folded names: "oe" to "u" in Dutch.
 *
 * @param from      what to find, lower-case ASCII
 * @param to        what to write instead, lower-case ASCII
 * @param wordFinal whether the rule applies only at the end of a word
 */
public record SpellingRule(String from, String to, boolean wordFinal) {
  public SpellingRule {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isEmpty()) {
      throw new IllegalArgumentException("a spelling rule must rewrite something");
    }
  }
}
