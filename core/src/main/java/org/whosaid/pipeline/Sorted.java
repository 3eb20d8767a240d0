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
    int lo = 0;
    int hi = size;
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
