package org.whosaid.pipeline;

import java.util.List;

/**
 * A fixed set of words, each with a number (its index in the list it was built from), looked up
 * by a token's characters in lower case and the {@link String#hashCode()} of that lower-case
 * form, which {@link Tokens} computes while it tokenizes: looking up a word makes no string.
 * Open addressing over parallel arrays; immutable and safe to share.
 */
final class WordTable {

  /** What {@link #find} returns for a word that is not in the table. */
  static final int ABSENT = -1;

  private final char[][] keys;
  private final int[] hashes;
  private final int[] ids;
  private final int mask;
  /** Whether every key is its own lower case, so that a character equal to the key's needs no lower-casing. */
  private final boolean lowerCaseKeys;

  /** A table of {@code words}, numbered by their index; a word listed twice keeps its first number. */
  WordTable(List<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 3) - 1) << 1;
    keys = new char[size][];
    hashes = new int[size];
    ids = new int[size];
    mask = size - 1;
    boolean lower = true;
    for (int id = 0; id < words.size(); id++) {
      String w = words.get(id);
      int h = w.hashCode();
      int i = spread(h) & mask;
      boolean present = false;
      while (keys[i] != null && !present) {
        present = hashes[i] == h && keys[i].length == w.length() && same(keys[i], w);
        i = (i + 1) & mask;
      }
      for (int j = 0; j < w.length(); j++) {
        lower &= Tokens.lowerCase(w.charAt(j)) == w.charAt(j);
      }
      if (!present) {
        keys[i] = w.toCharArray();
        hashes[i] = h;
        ids[i] = id;
      }
    }
    lowerCaseKeys = lower;
  }

  /**
   * The number of the word {@code text[start, end)} lower-cased a character at a time
   * ({@link Character#toLowerCase(char)}), whose lower-case hash is {@code hash}, or {@link #ABSENT}.
   */
  int find(char[] text, int start, int end, int hash) {
    int len = end - start;
    for (int i = spread(hash) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && keys[i].length == len && sameLowerCase(keys[i], text, start, lowerCaseKeys)) {
        return ids[i];
      }
    }
    return ABSENT;
  }

  /** The number of {@code word}, compared exactly, or {@link #ABSENT}. */
  int find(String word) {
    int h = word.hashCode();
    for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].length == word.length() && same(keys[i], word)) {
        return ids[i];
      }
    }
    return ABSENT;
  }

  private static boolean sameLowerCase(char[] key, char[] text, int start, boolean lowerCaseKeys) {
    for (int j = 0; j < key.length; j++) {
      char c = text[start + j];
      if (!(c == key[j] && lowerCaseKeys) && key[j] != Tokens.lowerCase(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(char[] key, String word) {
    for (int j = 0; j < key.length; j++) {
      if (key[j] != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }
}
