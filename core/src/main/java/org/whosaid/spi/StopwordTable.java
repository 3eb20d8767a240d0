package org.whosaid.spi;

import java.util.Set;

/**
 * A fixed set of lower-case words looked up by characters and a {@link String#hashCode()}-style
 * hash computed while scanning ({@link SampleWords}), so that no string is made per word.
 * Immutable and safe to share.
 */
final class StopwordTable {

  private final char[][] slots;
  private final int mask;
  private final int maxLength;

  /** A table of {@code words}, which must be distinct. */
  StopwordTable(Set<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    slots = new char[size][];
    mask = size - 1;
    int max = 0;
    for (String w : words) {
      int i = spread(w.hashCode()) & mask;
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = w.toCharArray();
      max = Math.max(max, w.length());
    }
    maxLength = max;
  }

  /** Whether {@code chars[off, off + len)}, whose {@link String#hashCode()} is {@code hash}, is one of the words. */
  boolean contains(char[] chars, int off, int len, int hash) {
    if (len > maxLength) {
      return false;
    }
    for (int i = spread(hash) & mask; slots[i] != null; i = (i + 1) & mask) {
      char[] w = slots[i];
      if (w.length == len && same(w, chars, off)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code chars} from {@code off} start with {@code w}; a plain loop beats a library call for such short words. */
  private static boolean same(char[] w, char[] chars, int off) {
    for (int j = 0; j < w.length; j++) {
      if (w[j] != chars[off + j]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
