package org.whosaid.link;

import java.util.Collection;

/**
 * A quick no for most names that are not in a {@link Gazetteer}: a bit set over the hashes of the
 * last folded word of every form, asked with the last folded word of a name (and that word without
 * a final "s", the genitive the gazetteer also takes off). A name whose last word is not there
 * folds to no form of the gazetteer; a name it lets through may still be none. The last word is
 * folded as {@link NameFolder#fold} folds it, read backwards from the end of the name without
 * making a string; a name the transliterator would fold (another script) is always let through.
 * Immutable and thread-safe.
 */
final class LastWordFilter {

  private static final int BITS = 1 << 15;
  /** The answer of {@link #hashes} when only the transliterator can fold the name. */
  private static final long UNKNOWN = -1;

  private final long[] bits = new long[BITS / 64];

  /** A filter of the last words of {@code folded} forms ({@link NameFolder#fold} already applied). */
  LastWordFilter(Collection<String> folded) {
    for (String f : folded) {
      long h = hashes(f.toCharArray(), 0, f.length());
      if (h != UNKNOWN) {
        set((int) (h >>> 32));
      }
    }
  }

  /** Whether a form of the gazetteer may end in the last word of {@code name}; false means none does. */
  boolean mayHave(CharSequence name) {
    int n = name.length();
    char[] chars = SCRATCH.get();
    if (n > chars.length) {
      chars = new char[n];
    }
    name.toString().getChars(0, n, chars, 0);
    return mayHave(chars, 0, n);
  }

  /** Each thread's buffer for the characters of a name asked about as a string: no copy is made of most names. */
  private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[128]);

  /** {@link #mayHave(CharSequence)} of the name written in {@code text[from, to)}. */
  boolean mayHave(char[] text, int from, int to) {
    long h = hashes(text, from, to);
    return h == UNKNOWN || has((int) (h >>> 32)) || has((int) h);
  }

  private void set(int hash) {
    int bit = slot(hash);
    bits[bit >>> 6] |= 1L << bit;
  }

  private boolean has(int hash) {
    int bit = slot(hash);
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  private static int slot(int hash) {
    return (hash * 0x9E3779B1) >>> (32 - 15);
  }

  /**
   * The hash of the last folded word of {@code s[from, to)} (high half) and of that word without a final "s"
   * (low half; the same hash when it ends otherwise), or {@link #UNKNOWN}. The word's characters
   * are hashed from its end backwards.
   */
  private static long hashes(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c >= 0x80 && NameFolder.asciiOf(c) == null) {
        return UNKNOWN; // folded by the transliterator as a whole
      }
    }
    int whole = 1;
    int withoutS = 1;
    int length = 0;
    for (int i = to - 1; i >= from; i--) {
      char c = s[i];
      String ascii = NameFolder.asciiOf(c);
      int n = ascii == null ? 1 : ascii.length();
      for (int j = n - 1; j >= 0; j--) {
        char a = ascii == null ? c : ascii.charAt(j);
        if (a >= 'A' && a <= 'Z') {
          a = (char) (a + ('a' - 'A'));
        }
        if (a >= 'a' && a <= 'z' || a >= '0' && a <= '9') {
          whole = 31 * whole + a;
          withoutS = length == 0 && a == 's' ? withoutS : 31 * withoutS + a;
          length++;
        } else if (a != '\'' && a != '\u2019' && a != '`' && length > 0) {
          return (long) whole << 32 | (withoutS & 0xFFFFFFFFL);
        }
      }
    }
    return (long) whole << 32 | (withoutS & 0xFFFFFFFFL);
  }
}
