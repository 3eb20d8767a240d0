package org.whosaid.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into an article's text, so that
 * {@code text.substring(span.start(), span.end())} is the spanned text.
 *
 * @param start first offset, inclusive, at least 0
 * @param end   last offset, exclusive, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") must have 0 <= start <= end");
    }
  }

  /** The span {@code [start, end)}. */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /** Number of UTF-16 code units covered. */
  public int length() {
    return end - start;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Whether the two spans share at least one offset. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The spanned text of {@code text}; fails if the span does not lie inside it. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException("span " + this + " lies outside a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
