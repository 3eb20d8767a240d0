package org.whosaid.spi;

import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * The words of the start of a text as {@link ResourceLanguageModule#identify} counts them: runs of
 * letters ({@link Character#isLetter(char)}), lower-cased a character at a time, each with the
 * {@link String#hashCode()} of its lower-case form. Language identification asks every module
 * about the same text in turn, so the words of the last {@link String} seen on a thread are kept
 * (weakly) and shared: the text is scanned once, not once per language.
 */
final class SampleWords {

  private static final ThreadLocal<SampleWords> LAST = ThreadLocal.withInitial(SampleWords::new);

  private WeakReference<String> of = new WeakReference<>(null);
  private int limit = -1;
  private char[] lower = new char[0];
  private int[] start = new int[64];
  private int[] length = new int[64];
  private int[] hash = new int[64];
  private int count;

  private SampleWords() {}

  /** The words of the first {@code limit} characters of {@code text}; valid until the next call on this thread. */
  static SampleWords of(CharSequence text, int limit) {
    SampleWords w = LAST.get();
    if (!(text instanceof String s && w.of.get() == s && w.limit == limit)) {
      w.scan(text, limit);
      w.of = new WeakReference<>(text instanceof String s ? s : null);
      w.limit = limit;
    }
    return w;
  }

  private void scan(CharSequence text, int limit) {
    int n = Math.min(text.length(), limit);
    if (lower.length < n) {
      lower = new char[n];
    }
    char[] chars = lower;
    if (text instanceof String s) {
      s.getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = text.charAt(i);
      }
    }
    count = 0;
    int i = 0;
    while (i < n) {
      if (!isLetter(chars[i])) {
        i++;
        continue;
      }
      int s = i;
      int h = 0;
      do {
        char c = chars[i];
        char l = c < 0x80 ? (char) (c | 0x20) : Character.toLowerCase(c);
        chars[i++] = l;
        h = 31 * h + l;
      } while (i < n && isLetter(chars[i]));
      add(s, i - s, h);
    }
  }

  private void add(int s, int len, int h) {
    if (count == start.length) {
      start = Arrays.copyOf(start, count * 2);
      length = Arrays.copyOf(length, count * 2);
      hash = Arrays.copyOf(hash, count * 2);
    }
    start[count] = s;
    length[count] = len;
    hash[count] = h;
    count++;
  }

  /** {@link Character#isLetter(char)}, answered without a table lookup for ASCII. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      int l = c | 0x20;
      return l >= 'a' && l <= 'z';
    }
    return Character.isLetter(c);
  }

  /** Number of words. */
  int count() {
    return count;
  }

  /** Whether word {@code k} is in {@code table}. */
  boolean in(StopwordTable table, int k) {
    return table.contains(lower, start[k], length[k], hash[k]);
  }
}
