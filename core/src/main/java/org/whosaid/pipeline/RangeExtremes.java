package org.whosaid.pipeline;

/**
 * The least and the greatest of any range of a fixed array of ints, each answered in constant
 * time: a sparse table of the extremes of every range whose length is a power of two, built in
 * {@code n log n} steps.
 */
final class RangeExtremes {

  /** {@code min[j][i]} and {@code max[j][i]}: the extremes of {@code values[i, i + 2^j)}. */
  private final int[][] min;
  private final int[][] max;

  RangeExtremes(int[] values) {
    int n = values.length;
    int levels = n == 0 ? 1 : 32 - Integer.numberOfLeadingZeros(n);
    min = new int[levels][];
    max = new int[levels][];
    min[0] = values.clone();
    max[0] = values.clone();
    for (int j = 1; j < levels; j++) {
      int half = 1 << (j - 1);
      int count = n - (1 << j) + 1;
      min[j] = new int[count];
      max[j] = new int[count];
      for (int i = 0; i < count; i++) {
        min[j][i] = Math.min(min[j - 1][i], min[j - 1][i + half]);
        max[j][i] = Math.max(max[j - 1][i], max[j - 1][i + half]);
      }
    }
  }

  /** The least of {@code values[from, to)}, or {@link Integer#MAX_VALUE} when the range is empty. */
  int min(int from, int to) {
    if (from >= to) {
      return Integer.MAX_VALUE;
    }
    int j = 31 - Integer.numberOfLeadingZeros(to - from);
    return Math.min(min[j][from], min[j][to - (1 << j)]);
  }

  /** The greatest of {@code values[from, to)}, or {@link Integer#MIN_VALUE} when the range is empty. */
  int max(int from, int to) {
    if (from >= to) {
      return Integer.MIN_VALUE;
    }
    int j = 31 - Integer.numberOfLeadingZeros(to - from);
    return Math.max(max[j][from], max[j][to - (1 << j)]);
  }
}
