package org.whosaid.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words and punctuation of one article, with sentence and paragraph numbers, in flat arrays.
 * A word runs over letters and digits and joins across an inner hyphen or apostrophe
 * ({@code NAVO-chef}, {@code regio’s}) and inside numbers ({@code 100.000}, {@code 1,5}); every other
 * visible character is a token of its own. A sentence ends after {@code . ! ? …} when the next word
 * starts a sentence and the word before is no abbreviation, and at every line break; it never ends
 * inside a quotation, so a quote and its attribution stay in one sentence.
 */
public final class Tokens {

  /** White space or an invisible format character: no token. */
  private static final byte SPACE = 0;
  /** A letter, digit or combining mark: part of a word. */
  private static final byte WORD = 1;
  /** Anything else: a token of its own. */
  private static final byte OTHER = 2;
  /** {@link #classify} of every Latin-1 character, looked up instead of computed. */
  private static final byte[] LATIN1 = new byte[256];

  static {
    for (char c = 0; c < LATIN1.length; c++) {
      LATIN1[c] = classify(c);
    }
  }

  private final String text;
  private int size;
  private int[] start;
  private int[] end;
  private int[] sentence;
  private int[] paragraph;
  private int[] sentenceStart = new int[16];
  private int sentences;

  private Tokens(String text) {
    this.text = text;
    // news text has about one token per 4-6 characters: one allocation for most texts, and a large
    // text grows by half at a time, so that its arrays never need more than about twice their size
    int capacity = Math.max(64, text.length() / 4);
    start = new int[capacity];
    end = new int[capacity];
    sentence = new int[capacity];
    paragraph = new int[capacity];
  }

  /** Tokenizes {@code text}; {@code quotes} keep sentences whole across their inner full stops. */
  public static Tokens of(String text, List<Quote> quotes, Set<String> abbreviations) {
    Tokens t = new Tokens(text);
    t.tokenize();
    t.segment(quotes, abbreviations);
    return t;
  }

  private void tokenize() {
    char[] text = chars(); // array reads are cheaper than String.charAt in this loop
    int n = text.length;
    int i = 0;
    int para = 0;
    while (i < n) {
      char c = text[i];
      byte kind = kind(c);
      if (kind == SPACE) {
        if (c == '\n') {
          para++;
        }
        i++;
        continue;
      }
      int s = i;
      if (kind == WORD) {
        i++;
        while (i < n) {
          char d = text[i];
          if (kind(d) == WORD) {
            i++;
          } else if ((d == '-' || d == '\'' || d == '\u2019' || d == '\u2010' || d == '\u2011')
              && i + 1 < n && Character.isLetterOrDigit(text[i + 1]) && Character.isLetterOrDigit(text[i - 1])) {
            i += 2;
          } else if ((d == '.' || d == ',') && i + 1 < n && Character.isDigit(text[i + 1])
              && Character.isDigit(text[i - 1])) {
            i += 2;
          } else {
            break;
          }
        }
        if (i - s == 1 && Character.isUpperCase(c) && i + 2 < n && text[i] == '.' && text[i + 1] == ' '
            && Character.isUpperCase(text[i + 2]) && (s == 0 || kind(text[s - 1]) == SPACE)) {
          i++; // an initial keeps its full stop: "George W. Bush", "Heidi L. Arneberg"
        }
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(text[i])) {
          i++;
        }
      }
      add(s, i, para);
    }
  }

  private static byte kind(char c) {
    return c < LATIN1.length ? LATIN1[c] : classify(c);
  }

  private static byte classify(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
      return SPACE;
    }
    return isWordChar(c) ? WORD : OTHER;
  }

  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  private void add(int s, int e, int para) {
    if (size == start.length) {
      int cap = size + (size >> 1);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      sentence = Arrays.copyOf(sentence, cap);
      paragraph = Arrays.copyOf(paragraph, cap);
    }
    start[size] = s;
    end[size] = e;
    paragraph[size] = para;
    size++;
  }

  private void segment(List<Quote> quotes, Set<String> abbreviations) {
    if (size == 0) {
      return;
    }
    int q = 0;
    startSentence(0);
    for (int k = 0; k < size; k++) {
      if (k > 0 && paragraph[k] != paragraph[k - 1] && sentenceStart[sentences - 1] != k) {
        startSentence(k);
      }
      sentence[k] = sentences - 1;
      while (q < quotes.size() && quotes.get(q).end() <= start[k]) {
        q++;
      }
      boolean inQuote = q < quotes.size() && !quotes.get(q).dash() && quotes.get(q).start() < start[k]
          && start[k] < quotes.get(q).contentEnd();
      char c = text.charAt(start[k]);
      if (q < quotes.size() && !quotes.get(q).dash() && end[k] == quotes.get(q).end() && k + 1 < size
          && paragraph[k + 1] == paragraph[k] && endsWithStop(quotes.get(q)) && !Character.isLowerCase(text.charAt(start[k + 1]))
          && text.charAt(start[k + 1]) != ',') {
        startSentence(k + 1); // ",,Ik ben blij.'' Koerts lachte.": the quote was a sentence of its own
        continue;
      }
      if (!inQuote && (c == '.' || c == '!' || c == '?' || c == '\u2026') && endsSentence(k, abbreviations)) {
        // closing marks and brackets that follow belong to this sentence
        int j = k + 1;
        while (j < size && paragraph[j] == paragraph[k] && isCloser(text.charAt(start[j])) && !opensQuote(start[j], quotes)) {
          sentence[j] = sentences - 1;
          j++;
        }
        int last = j - 1;
        if (j < size && paragraph[j] == paragraph[last]) {
          startSentence(j);
        }
        k = last;
      }
    }
  }

  /** Whether a quotation opens at {@code offset} ("»" opens a German quote, though it closes a Norwegian one). */
  private static boolean opensQuote(int offset, List<Quote> quotes) {
    int lo = 0;
    int hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < quotes.size() && quotes.get(lo).start() == offset;
  }

  private boolean endsWithStop(Quote q) {
    int e = q.contentEnd();
    while (e > q.contentStart() && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    char c = e > q.contentStart() ? text.charAt(e - 1) : ' ';
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private void startSentence(int token) {
    if (sentences == sentenceStart.length) {
      sentenceStart = Arrays.copyOf(sentenceStart, sentences * 2);
    }
    sentenceStart[sentences++] = token;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\u00bb' || c == ')' || c == ']' || c == '\''
        || c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private boolean endsSentence(int k, Set<String> abbreviations) {
    if (k + 1 >= size) {
      return true;
    }
    if (start[k + 1] == end[k] && Character.isLetterOrDigit(text.charAt(start[k + 1]))) {
      return false; // "2.5", "e.g" written without space
    }
    if (text.charAt(start[k]) == '.' && k > 0 && end[k - 1] == start[k]) {
      String prev = text.substring(start[k - 1], end[k - 1]);
      if (prev.length() == 1 && Character.isUpperCase(prev.charAt(0))) {
        return false; // an initial: "J. Stoltenberg"
      }
      if (abbreviations.contains(prev.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    int j = k + 1;
    while (j < size && isCloser(text.charAt(start[j]))) {
      j++;
    }
    if (j >= size) {
      return true;
    }
    char next = text.charAt(start[j]);
    return !Character.isLowerCase(next);
  }

  private char[] chars;

  /** The article text as characters, made once. */
  public char[] chars() {
    if (chars == null) {
      chars = text.toCharArray();
    }
    return chars;
  }

  /** The article text. */
  public String text() {
    return text;
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  public int start(int k) {
    return start[k];
  }

  public int end(int k) {
    return end[k];
  }

  /** Sentence number of token {@code k}. */
  public int sentence(int k) {
    return sentence[k];
  }

  /** Paragraph (line) number of token {@code k}. */
  public int paragraph(int k) {
    return paragraph[k];
  }

  /** Number of sentences. */
  public int sentences() {
    return sentences;
  }

  /** First token of sentence {@code s}. */
  public int sentenceStart(int s) {
    return sentenceStart[s];
  }

  /** One past the last token of sentence {@code s}. */
  public int sentenceEnd(int s) {
    return s + 1 < sentences ? sentenceStart[s + 1] : size;
  }

  /** The token's text. */
  public String word(int k) {
    return text.substring(start[k], end[k]);
  }

  /** The token's text in lower case. */
  public String lower(int k) {
    return word(k).toLowerCase(Locale.ROOT);
  }

  /** The first character of the token. */
  public char first(int k) {
    return text.charAt(start[k]);
  }

  /** Whether the token is a word (starts with a letter or digit). */
  public boolean isWord(int k) {
    return Character.isLetterOrDigit(text.charAt(start[k]));
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean isCapitalized(int k) {
    return Character.isUpperCase(text.charAt(start[k]));
  }

  /** Whether the token is the single punctuation character {@code c}. */
  public boolean is(int k, char c) {
    return k >= 0 && k < size && end[k] - start[k] == 1 && text.charAt(start[k]) == c;
  }

  /** The first token that starts at or after offset {@code offset}. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The last token that ends at or before offset {@code offset}, or -1. */
  public int tokenBefore(int offset) {
    int k = tokenAt(offset) - 1;
    while (k >= 0 && end[k] > offset) {
      k--;
    }
    return k;
  }
}
