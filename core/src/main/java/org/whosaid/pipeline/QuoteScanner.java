package org.whosaid.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.whosaid.spi.QuoteRules;

/**
 * Finds the top-level quotations of a text in one pass. Marks are matched like brackets, per
 * paragraph, with a bounded stack: a closing mark closes the nearest open mark it belongs to and
 * drops the unmatched ones above it, so a stray mark never swallows the rest of the article. A
 * quotation left open at a paragraph's end continues only when the next paragraph opens with the
 * same mark (a quote over several paragraphs) or when the next paragraph's first mark of its pair
 * closes it (one paragraph set as two lines, not one that opens a quote of its own); otherwise it
 * ends at its paragraph's last mark that may close a quote of another pair and closed nothing (a
 * quote set with two kinds of marks in machine-translated text: {@code «…sine".}), or is dropped.
 * An apostrophe ({@code ’} between letters) is never a mark.
 */
public final class QuoteScanner {

  private static final int MAX_DEPTH = 16;
  private static final int SEARCH_DEPTH = 8;

  private final String[] opens;
  private final String[] closes;
  private final boolean dialogueDash;
  private final long[] markChars;

  public QuoteScanner(QuoteRules rules) {
    int n = rules.pairs().size();
    opens = new String[n];
    closes = new String[n];
    for (int i = 0; i < n; i++) {
      opens[i] = rules.pairs().get(i).open();
      closes[i] = rules.pairs().get(i).close();
    }
    dialogueDash = rules.dialogueDash();
    markChars = markChars(opens, closes);
  }

  /** The top-level quotations of {@code text}, in text order. */
  public List<Quote> scan(String text) {
    Tokens t = Tokens.words(text);
    try {
      return scan(t);
    } finally {
      t.release();
    }
  }

  /**
   * The top-level quotations of a tokenized text, in text order. Only the tokens the tokenizer
   * listed as marks are visited, not every character nor every word: a mark is a token of its own
   * (the tokenizer joins only an apostrophe or hyphen between letters into a word, and such a
   * character is never a mark), and a paragraph starts where the tokens' paragraph number changes.
   */
  public List<Quote> scan(Tokens t) {
    List<Quote> out = new ArrayList<>();
    char[] text = t.chars();
    int size = t.size();
    int[] stackPair = new int[MAX_DEPTH];
    int[] stackStart = new int[MAX_DEPTH];
    int[] stackContent = new int[MAX_DEPTH];
    int depth = 0;
    boolean paragraphStart = true;
    // the last mark, with one quote open, that closed nothing and opened nothing though it may close a
    // pair: the close of a quote set with two kinds of marks in machine-translated text ("«…sine".")
    int stray = -1;
    int strayLength = 0;
    Marks marks = new Marks(t);
    int k = marks.from(0);
    while (k < size) {
      int i = t.start(k);
      if (k > 0 && t.paragraph(k) != t.paragraph(k - 1)) {
        paragraphStart = true;
        if (depth > 0) {
          String open = opens[stackPair[0]];
          if (startsWith(text, open, i) && isOpen(text, i, open, closes[stackPair[0]])) {
            depth = 1; // a quote that runs on into the next paragraph
            paragraphStart = false;
            stray = -1;
            k = marks.after(i + open.length());
            continue;
          }
          // a quote whose closing mark is the next paragraph's first mark of its pair runs on into it,
          // where the source split one paragraph in two lines: 'said, "I think …⏎… better." After …';
          // not into a paragraph that opens a quote of its own
          boolean runsOn = opensAt(text, i) < 0 && closesFirst(text, i, stackPair[0]);
          if (!runsOn && depth == 1) {
            endAtStray(out, stackStart[0], stackContent[0], stray, strayLength);
          }
          depth = runsOn ? 1 : 0;
        }
        stray = -1;
      }
      char c = text[i];
      int last = t.end(k) - 1;
      boolean stop = dialogueDash && isStop(text[last]); // a token's last character: ". – " follows no other
      if (!paragraphStart && c != ':' && !stop && !isMarkChar(c)) {
        k = marks.from(k + 1);
        continue; // the common case: nothing to do for this token
      }
      if (c == ':' || stop) {
        int dash = c == ':' ? dashAfter(text, i) : dialogueDashAfter(text, last);
        if (depth == 0 && dialogueDash && dash >= 0) {
          // "svarte Peskov: – Vi har ingen slike planer."; after a sentence in the paragraph: "… i går. – Vi er glade, sier han."
          k = marks.after(dashQuote(text, dash, out));
          continue;
        }
        if (c == ':') {
          k = paragraphStart ? k + 1 : marks.from(k + 1); // a paragraph's start is still to come: its next token
          continue;
        }
      }
      if (paragraphStart) {
        paragraphStart = false;
        if (depth == 0 && dialogueDash && isDash(text, i)) {
          k = marks.after(dashQuote(text, i, out));
          continue;
        }
      }
      if (!isMarkChar(c)) {
        k = marks.from(k + 1);
        continue;
      }
      // a closing mark first: the nearest open mark it closes
      int next = i + 1;
      int matchedLength = 0;
      for (int d = depth - 1; d >= 0 && d >= depth - SEARCH_DEPTH && matchedLength == 0; d--) {
        String close = closeAt(text, i, opens[stackPair[d]]);
        if (close != null) {
          if (d == 0) {
            out.add(new Quote(stackStart[0], stackContent[0], i, i + close.length(), false));
          }
          depth = d;
          matchedLength = close.length();
          next = i + matchedLength;
        }
      }
      int depthBefore = depth;
      int brokenOpen = matchedLength == 0 && depth == 0 ? closingMarkUsedToOpen(text, i) : -1;
      for (int p = 0; p < opens.length && matchedLength == 0; p++) {
        String open = p == brokenOpen ? closes[p] : opens[p];
        if (p == brokenOpen || startsWith(text, open, i) && isOpen(text, i, open, closes[p])) {
          if (depth == MAX_DEPTH) {
            System.arraycopy(stackPair, 1, stackPair, 0, MAX_DEPTH - 1);
            System.arraycopy(stackStart, 1, stackStart, 0, MAX_DEPTH - 1);
            System.arraycopy(stackContent, 1, stackContent, 0, MAX_DEPTH - 1);
            depth--;
          }
          stackPair[depth] = p;
          stackStart[depth] = i;
          stackContent[depth] = i + open.length();
          depth++;
          next = i + open.length();
          break;
        }
      }
      if (matchedLength > 0 || depth != depthBefore) {
        stray = -1; // a mark that closed or opened a quote
      } else if (depth == 1) {
        int pair = closingAt(text, i);
        if (pair >= 0) {
          stray = i;
          strayLength = closes[pair].length();
        }
      }
      k = marks.after(Math.max(next, t.end(k))); // past this token and the marks just read
    }
    if (depth == 1) {
      endAtStray(out, stackStart[0], stackContent[0], stray, strayLength);
    }
    return out;
  }

  /** Adds the quote left open at {@code start}, ended by the stray closing mark at {@code stray}, when that follows its words. */
  private static void endAtStray(List<Quote> out, int start, int contentStart, int stray, int strayLength) {
    if (stray > contentStart) {
      out.add(new Quote(start, contentStart, stray, stray + strayLength, false));
    }
  }

  /** The pair whose closing mark stands at {@code i} as a close, or -1. */
  private int closingAt(char[] text, int i) {
    for (int p = 0; p < closes.length; p++) {
      if (startsWith(text, closes[p], i) && isClose(text, i, closes[p], opens[p])) {
        return p;
      }
    }
    return -1;
  }

  /** The pair whose opening mark opens a quote at {@code i}, or -1. */
  private int opensAt(char[] text, int i) {
    for (int p = 0; p < opens.length; p++) {
      if (startsWith(text, opens[p], i) && isOpen(text, i, opens[p], closes[p])) {
        return p;
      }
    }
    return -1;
  }

  /**
   * The tokens a quotation may turn at ({@link Tokens#mark}), read in text order: every other
   * token is a word inside a paragraph, where the scan has nothing to do.
   */
  private static final class Marks {
    private final Tokens t;
    private int m;

    Marks(Tokens t) {
      this.t = t;
    }

    /** The first such token that ends after offset {@code offset} (asked for in order), or the number of tokens. */
    int after(int offset) {
      while (m < t.marks() && t.end(t.mark(m)) <= offset) {
        m++;
      }
      return m < t.marks() ? t.mark(m) : t.size();
    }

    /** The first such token at or after token {@code k} (asked for in order), or the number of tokens. */
    int from(int k) {
      while (m < t.marks() && t.mark(m) < k) {
        m++;
      }
      return m < t.marks() ? t.mark(m) : t.size();
    }
  }

  /**
   * In machine-translated text a closing mark sometimes opens a quote ({@code ”Vi trekker oss
   * tilbake”, sa han}): a closing-only mark at the start of a word, with nothing open, opens the
   * pair it closes. Returns that pair, or -1.
   */
  private int closingMarkUsedToOpen(char[] text, int i) {
    char prev = i > 0 ? text[i - 1] : ' ';
    if (i + 1 >= text.length || !Character.isWhitespace(prev) && i > 0 || !Character.isLetter(text[i + 1])) {
      return -1;
    }
    int pair = -1;
    for (int p = 0; p < opens.length; p++) {
      if (opens[p].charAt(0) == text[i]) {
        return -1; // the mark opens a pair of its own
      }
      if (closes[p].length() == 1 && closes[p].charAt(0) == text[i] && !closes[p].equals("\u2019") && pair < 0) {
        pair = p;
      }
    }
    return pair;
  }

  /**
   * Whether the first mark of pair {@code pair} in the paragraph from {@code from} closes it, read
   * up to the paragraph's end (each paragraph is read at most once this way: linear in the text).
   */
  private boolean closesFirst(char[] text, int from, int pair) {
    for (int j = from; j < text.length && text[j] != '\n'; j++) {
      if (startsWith(text, closes[pair], j) && isClose(text, j, closes[pair], opens[pair])) {
        return true;
      }
      if (startsWith(text, opens[pair], j) && isOpen(text, j, opens[pair], closes[pair])) {
        return false;
      }
    }
    return false;
  }

  /** The closing mark at {@code i} of any pair that opens with {@code open}, or null. */
  private String closeAt(char[] text, int i, String open) {
    for (int p = 0; p < opens.length; p++) {
      if (opens[p].equals(open) && startsWith(text, closes[p], i) && isClose(text, i, closes[p], open)) {
        return closes[p];
      }
    }
    return null;
  }

  /** Whether {@code text} has {@code mark} at {@code i}. */
  private static boolean startsWith(char[] text, String mark, int i) {
    if (i < 0 || i + mark.length() > text.length) {
      return false;
    }
    for (int j = 0; j < mark.length(); j++) {
      if (text[i + j] != mark.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} begins a quote mark and is no white space (white space is never read as a mark). */
  private boolean isMarkChar(char c) {
    int word = c >>> 6;
    return word < markChars.length && (markChars[word] & (1L << c)) != 0;
  }

  /** The first characters of the marks, as a bit set over {@code char} values. */
  private static long[] markChars(String[] opens, String[] closes) {
    long[] bits = new long[0];
    for (String[] marks : new String[][] {opens, closes}) {
      for (String m : marks) {
        char c = m.charAt(0);
        if (!Character.isWhitespace(c)) {
          if (c >>> 6 >= bits.length) {
            bits = Arrays.copyOf(bits, (c >>> 6) + 1);
          }
          bits[c >>> 6] |= 1L << c;
        }
      }
    }
    return bits;
  }

  /**
   * Adds the dialogue-dash quote whose dash is at {@code dash}: its words run to the end of the
   * paragraph (the attribution is cut off later), or to the end of the sentence before another
   * dialogue dash. Returns where the paragraph ends, or that sentence's stop.
   */
  private static int dashQuote(char[] text, int dash, List<Quote> out) {
    int n = text.length;
    int from = dash + 1;
    while (from < n && (text[from] == ' ' || text[from] == '\u00a0' || text[from] == '\t')) {
      from++;
    }
    int to = from;
    while (to < n && text[to] != '\n' && !(to > from && dialogueDashAfter(text, to - 1) >= 0)) {
      to++;
    }
    int end = to;
    while (end > from && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    if (end > from) {
      out.add(new Quote(dash, from, end, end, true));
    }
    return to < n && text[to] != '\n' ? to - 1 : to;
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  /** The dash that follows {@code i} after one or more spaces, or -1. */
  private static int dashAfter(char[] text, int i) {
    int j = i + 1;
    while (j < text.length && (text[j] == ' ' || text[j] == '\u00a0')) {
      j++;
    }
    return j > i + 1 && j < text.length && isDash(text, j) ? j : -1;
  }

  /**
   * The dialogue dash that opens a sentence after the one ending at {@code stop} (. ! ?) in its
   * paragraph, or -1: "… i går. – Vi er glade, sier han.", and "– Vi vant, sier han. – Og det
   * fortjente vi." is two quotes.
   */
  private static int dialogueDashAfter(char[] text, int stop) {
    int dash = isStop(text[stop]) ? dashAfter(text, stop) : -1;
    return dash >= 0 && opensSentence(text, dash + 1) ? dash : -1;
  }

  /** Whether a capital letter follows the spaces at {@code i}: a sentence starts there. */
  private static boolean opensSentence(char[] text, int i) {
    int j = i;
    while (j < text.length && (text[j] == ' ' || text[j] == '\u00a0')) {
      j++;
    }
    return j < text.length && Character.isUpperCase(text[j]);
  }

  /** Whether the dash at {@code dash} follows the end of a sentence in its paragraph: "… i går. – Vi …". */
  static boolean afterSentence(char[] text, int dash) {
    int j = dash - 1;
    while (j >= 0 && (text[j] == ' ' || text[j] == '\u00a0')) {
      j--;
    }
    return j >= 0 && isStop(text[j]);
  }

  static boolean isDash(char[] text, int i) {
    char c = text[i];
    boolean dash = c == '\u2013' || c == '\u2014' || c == '-' || c == '\u2012' || c == '\u2015';
    return dash && i + 1 < text.length && (text[i + 1] == ' ' || text[i + 1] == '\u00a0');
  }

  private static boolean isOpen(char[] text, int i, String open, String close) {
    int n = text.length;
    int after = i + open.length();
    if (after >= n) {
      return false;
    }
    char prev = i > 0 ? text[i - 1] : ' ';
    char next = text[after];
    if (open.equals(",,")) {
      // two commas, not part of a longer run, not after a word: ",,Rusland" or ",, Mijn"; or glued
      // between two words, the way some papers set it: "zei dat,,het volk erom vraagt''"; or glued
      // to the sentence's comma after a word: "zei Trimble,,,maar …''", "aldus Jansen,,, waar …''"
      boolean single = prev != ',' || i >= 2 && Character.isLetterOrDigit(text[i - 2]);
      return single && next != ',' && !Character.isLetterOrDigit(prev) && !Character.isWhitespace(next)
          || single && next == ' ' && !Character.isLetterOrDigit(prev) && after + 1 < n
              && Character.isLetterOrDigit(text[after + 1])
          || Character.isLetter(prev) && Character.isLetter(next);
    }
    if (Character.isLetterOrDigit(prev)) {
      return false; // "regio‘s", 'a"b'
    }
    if (open.equals("'")) {
      // a straight single quote opens a word of two letters or more: not the year of "de jaren '30", nor
      // the clitic of "'s avonds", "'t", "rock 'n' roll"
      return Character.isLetter(next) && after + 1 < n && Character.isLetter(text[after + 1]);
    }
    if (open.equals(close)) {
      // a straight quote opens a word, or, set apart by a space, follows the colon that announces it:
      // "verklaarde hij: \" Wij hebben …\""
      return !Character.isWhitespace(next) || next == ' ' && after + 1 < n && Character.isLetter(text[after + 1]) && afterColon(java.nio.CharBuffer.wrap(text), i);
    }
    return !Character.isWhitespace(next) || after + 1 < n && !Character.isWhitespace(text[after + 1]);
  }

  /** Whether a colon and spaces only stand before {@code at}. */
  static boolean afterColon(CharSequence text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i--;
    }
    return i >= 0 && text.charAt(i) == ':';
  }

  private static boolean isClose(char[] text, int i, String close, String open) {
    int n = text.length;
    int after = i + close.length();
    char prev = i > 0 ? text[i - 1] : ' ';
    char next = after < n ? text[after] : ' ';
    if (close.equals("''")) {
      return after >= n || text[after] != '\'';
    }
    if (close.charAt(0) == '\u2019' || close.charAt(0) == '\'') {
      // an apostrophe between letters is no mark: regio’s, Ukraine’s
      return !(Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next));
    }
    if (open.equals(close)) {
      return !Character.isWhitespace(prev) || !Character.isLetterOrDigit(next);
    }
    return true;
  }
}
