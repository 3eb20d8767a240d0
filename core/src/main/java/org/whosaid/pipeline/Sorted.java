package org.whosaid.pipeline;

import java.util.function.IntUnaryOperator;

/** Binary search over anything kept in text order: tokens, quotes, cue hits, mentions, drafts. */
final class Sorted {
  private Sorted() {}

  /**
   * The first index in {@code [0, size)} whose key is at least {@code value}, or {@code size}; the
   * keys ({@code keyAt}) must not decrease with the index.
   */
  static int firstAtLeast(int size, IntUnaryOperator keyAt, int value) {
    return firstAtLeastBetween(0, size, keyAt, value);
  }

  /**
   * As {@link #firstAtLeast(int, IntUnaryOperator, int)}, searching outwards from {@code hint}: the
   * cost grows with the log of the distance between {@code hint} and the answer, not with {@code
   * size}, so queries near a known index stay cheap however long the text.
   */
  static int firstAtLeast(int size, IntUnaryOperator keyAt, int value, int hint) {
    int at = Math.max(0, Math.min(size, hint));
    int lo;
    int hi;
    if (at < size && keyAt.applyAsInt(at) < value) {
      // the answer lies after at: gallop forwards
      lo = at + 1;
      int step = 1;
      hi = lo;
      while (hi < size && keyAt.applyAsInt(hi) < value) {
        lo = hi + 1;
        hi = lo + step;
        step <<= 1;
      }
      hi = Math.min(hi, size);
    } else {
      // the answer is at or before at: gallop backwards
      hi = at;
      int step = 1;
      lo = hi - 1;
      while (lo >= 0 && keyAt.applyAsInt(lo) >= value) {
        hi = lo;
        lo = hi - 1 - step;
        step <<= 1;
      }
      lo = Math.max(lo + 1, 0);
    }
    return firstAtLeastBetween(lo, hi, keyAt, value);
  }

  /** The first index in {@code [lo, hi)} whose key is at least {@code value}, or {@code hi}. */
  private static int firstAtLeastBetween(int lo, int hi, IntUnaryOperator keyAt, int value) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keyAt.applyAsInt(mid) < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
