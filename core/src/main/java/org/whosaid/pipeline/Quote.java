package org.whosaid.pipeline;

/**
 * A quotation found by {@link QuoteScanner}: from its opening mark at {@code start} to the end of
 * its closing mark at {@code end}; the quoted words lie in {@code [contentStart, contentEnd)}.
 * A dialogue-dash quote runs to the end of its paragraph until the attribution is cut off.
 */
public record Quote(int start, int contentStart, int contentEnd, int end, boolean dash) {

  /** Whether offset {@code i} lies between the marks. */
  boolean inside(int i) {
    return i >= contentStart && i < contentEnd;
  }

  Quote withContentEnd(int newContentEnd, int newEnd) {
    return new Quote(start, contentStart, newContentEnd, newEnd, dash);
  }
}
