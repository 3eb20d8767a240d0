package org.whosaid.pipeline;

/**
 * The least and the greatest of any range of a fixed array of ints: a sparse table of the
 * extremes of every range whose length is a power of two up to {@value #LONGEST}, built in linear
 * time ({@code n} times the number of levels, at most {@value #LEVELS}). A range up to {@value
 * #LONGEST} long is answered in constant time; a longer one in steps of {@value #LONGEST}.
 */
final class RangeExtremes {

  /** Levels of the table: ranges up to {@code 2^(LEVELS-1)} are covered by two lookups. */
  private static final int LEVELS = 11;

  static final int LONGEST = 1 << (LEVELS - 1);

  /** {@code min[j][i]} and {@code max[j][i]}: the extremes of {@code values[i, i + 2^j)}. */
  private final int[][] min;
  private final int[][] max;

  RangeExtremes(int[] values) {
    int n = values.length;
    int levels = Math.min(LEVELS, n == 0 ? 1 : 32 - Integer.numberOfLeadingZeros(n));
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
    int least = Integer.MAX_VALUE;
    for (int at = from; at < to; at += LONGEST) {
      int end = Math.min(to, at + LONGEST);
      int j = 31 - Integer.numberOfLeadingZeros(end - at);
      least = Math.min(least, Math.min(min[j][at], min[j][end - (1 << j)]));
    }
    return least;
  }

  /** The greatest of {@code values[from, to)}, or {@link Integer#MIN_VALUE} when the range is empty. */
  int max(int from, int to) {
    int greatest = Integer.MIN_VALUE;
    for (int at = from; at < to; at += LONGEST) {
      int end = Math.min(to, at + LONGEST);
      int j = 31 - Integer.numberOfLeadingZeros(end - at);
      greatest = Math.max(greatest, Math.max(max[j][at], max[j][end - (1 << j)]));
    }
    return greatest;
  }
}
