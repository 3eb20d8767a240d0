package org.whosaid.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.whosaid.link.NameFolder;

/**
 * The words and punctuation of one article, with sentence and paragraph numbers, in flat arrays.
 * A word runs over letters and digits and joins across an inner hyphen or apostrophe
 * ({@code NAVO-chef}, {@code regio’s}) and inside numbers ({@code 100.000}, {@code 1,5}); a name
 * behind the Arabic article ({@code al-Sisi}) counts as capitalised; two commas
 * ({@code ,,}, the Dutch opening quote) are one token; every other visible character is a token of
 * its own. A sentence ends after {@code . ! ? …} when the next word
 * starts a sentence and the word before is no abbreviation, and at every line break; it never ends
 * inside a quotation, so a quote and its attribution stay in one sentence. A run of more than
 * {@value #MAX_SENTENCE_TOKENS} tokens without an end (no sentence of real text is that long; text
 * without full stops or line breaks is) is cut into sentences of that many tokens, so that the work
 * of the stages that look along a sentence stays linear in the length of any text.
 *
 * <p>While it splits the text, the tokenizer lists the few tokens later stages look at, so that
 * they need not visit every token: the capitals (where a name may start), the tokens where a
 * sentence may end or start, the marks where a quotation may turn, and, once looked up, the tokens
 * a cue may start at. A token is looked up in its language's lexicons when first asked about.
 */
public final class Tokens {

  /** The most tokens of one sentence. */
  public static final int MAX_SENTENCE_TOKENS = 400;

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

  /** {@link Character#toLowerCase(char)} of every Latin-1 character. */
  private static final char[] LATIN1_LOWER = new char[256];
  /** The token starts with a letter or digit. */
  private static final byte LETTER_OR_DIGIT = 1;
  /** The token starts with an upper-case letter. */
  private static final byte UPPER_CASE = 2;
  /** The token's lower case is not made a character at a time (see {@link #lowerCase(char)}). */
  private static final byte IRREGULAR = 4;
  /** A quotation opens at the token (set by {@link #segment}). */
  private static final byte OPENS_QUOTE = 8;
  /** The token starts with a mark that may end a sentence: . ! ? or …. */
  private static final byte STOP_MARK = 16;
  /** {@link #firstFlags} of every Latin-1 character. */
  private static final byte[] LATIN1_FLAGS = new byte[256];

  static {
    for (char c = 0; c < LATIN1_LOWER.length; c++) {
      LATIN1_LOWER[c] = Character.toLowerCase(c);
      LATIN1_FLAGS[c] = computeFirstFlags(c);
    }
  }

  private static byte firstFlags(char c) {
    return c < LATIN1_FLAGS.length ? LATIN1_FLAGS[c] : computeFirstFlags(c);
  }

  private static byte computeFirstFlags(char c) {
    return (byte) ((Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0) | (Character.isUpperCase(c) ? UPPER_CASE : 0)
        | (isStop(c) ? STOP_MARK : 0));
  }

  private final String text;
  private final char[] chars;
  private LanguageRules rules;
  private int size;
  private int[] start;
  private int[] end;
  private int[] sentence;
  private int[] paragraph;
  /** Per token: the {@link String#hashCode()} of its text lower-cased a character at a time ({@link #lowerCase(char)}). */
  private int[] hash;
  /** Per token: {@link #LETTER_OR_DIGIT}, {@link #UPPER_CASE} (of its first character) and {@link #IRREGULAR}. */
  private byte[] flags;
  private int[] sentenceStart = new int[16];
  private int sentences;

  /** Per token (and one past the last): the last word token before it, or -1; made when first asked for. */
  private int[] lastWordBefore;
  /** Per token (and one past the last): the first word token at or after it, or {@link #size}; made with {@link #lastWordBefore}. */
  private int[] nextWordFrom;
  private boolean lastWordsKnown;
  /** Whether the arrays are this thread's {@link ThreadArrays}, to be handed back by {@link #release()}. */
  private boolean borrowed;
  /** Per token: its lexicon entry ({@link LanguageRules#entry}), or {@link WordTable#ABSENT}. */
  private int[] entry;
  /** Per token: the noun classes found so far ({@link LanguageRules} fills it in on demand). */
  private byte[] nouns;
  /**
   * The tokens where a sentence may end or start, in text order: each one that starts with . ! ?
   * or … and each first token of a paragraph after the first ({@link #boundaries} of them).
   */
  private int[] boundary = new int[16];
  private int boundaries;
  /**
   * The tokens a quotation may turn at, in text order ({@link #marks} of them): each one that is no
   * word (a mark, a dash, a colon, a stop), that ends with . ! ? or … ("U.S."), or that opens a
   * paragraph.
   */
  private int[] mark = new int[16];
  private int marks;
  /** The tokens that start with an upper-case letter, in text order: {@link #capitals} of them. */
  private int[] capital = new int[16];
  private int capitals;
  /** The tokens a cue may start at, in text order: {@link #cueCandidates} of them. */
  private int[] cueCandidate = new int[16];
  private int cueCandidates;

  private Tokens(String text) {
    this.text = text;
    this.chars = text.toCharArray();
    // news text has about one token per 4-6 characters: one allocation for most texts, and a large
    // text grows by half at a time, so that its arrays never need more than about twice their size
    int capacity = Math.max(64, text.length() / 4);
    ThreadArrays reused = ThreadArrays.THREAD.get();
    if (!reused.lent) {
      reused.lent = true;
      borrowed = true;
      capacity = Math.max(capacity, reused.start.length);
      start = reused.start;
      end = reused.end;
      paragraph = reused.paragraph;
      hash = reused.hash;
      flags = reused.flags;
      sentence = reused.sentence;
      entry = reused.entry;
      nouns = reused.nouns;
      lastWordBefore = reused.lastWordBefore;
      nextWordFrom = reused.nextWordFrom;
      sentenceStart = reused.sentenceStart;
      boundary = reused.boundary;
      mark = reused.mark;
      capital = reused.capital;
      cueCandidate = reused.cueCandidate;
    }
    start = atLeast(start, capacity);
    end = atLeast(end, capacity);
    paragraph = atLeast(paragraph, capacity);
    hash = atLeast(hash, capacity);
    flags = atLeast(flags, capacity);
  }

  private static int[] atLeast(int[] a, int length) {
    return a != null && a.length >= length ? a : new int[length];
  }

  private static byte[] atLeast(byte[] a, int length) {
    return a != null && a.length >= length ? a : new byte[length];
  }

  /**
   * Each thread's token arrays, lent to one {@link Tokens} at a time and handed back when its
   * extraction is done, so that extracting article after article allocates no token arrays
   * (which would be several bytes per character of text). Arrays grown for a huge text are not
   * kept.
   */
  private static final class ThreadArrays {
    static final ThreadLocal<ThreadArrays> THREAD = ThreadLocal.withInitial(ThreadArrays::new);
    /** The most tokens whose arrays are kept for the next text. */
    static final int KEPT = 1 << 18;

    boolean lent;
    int[] start = new int[0];
    int[] end;
    int[] paragraph;
    int[] hash;
    byte[] flags;
    int[] sentence;
    int[] entry;
    byte[] nouns;
    int[] lastWordBefore;
    int[] nextWordFrom;
    int[] sentenceStart = new int[16];
    int[] boundary = new int[16];
    int[] mark = new int[16];
    int[] capital = new int[16];
    int[] cueCandidate = new int[16];
  }

  /**
   * Hands this thread's token arrays back for the next text, if they were lent to this; the tokens
   * must not be used after.
   */
  public void release() {
    if (!borrowed) {
      return;
    }
    borrowed = false;
    ThreadArrays kept = ThreadArrays.THREAD.get();
    kept.lent = false;
    if (start.length <= ThreadArrays.KEPT) {
      kept.start = start;
      kept.end = end;
      kept.paragraph = paragraph;
      kept.hash = hash;
      kept.flags = flags;
      kept.sentence = sentence;
      kept.entry = entry;
      kept.nouns = nouns;
      kept.lastWordBefore = lastWordBefore;
      kept.nextWordFrom = nextWordFrom;
      kept.sentenceStart = sentenceStart;
      kept.boundary = boundary;
      kept.mark = mark;
      kept.capital = capital;
      kept.cueCandidate = cueCandidate;
    }
  }

  /** Tokenizes {@code text}; {@code quotes} keep sentences whole across their inner full stops. */
  public static Tokens of(String text, List<Quote> quotes, LanguageRules rules) {
    Tokens t = words(text);
    t.lookUp(rules);
    t.segment(quotes);
    return t;
  }

  /**
   * The words of {@code text}, whatever its language: not yet looked up in a language's lexicons
   * ({@link #lookUp}) nor cut into sentences ({@link #segment}).
   */
  public static Tokens words(String text) {
    Tokens t = new Tokens(text);
    t.tokenize();
    return t;
  }

  /**
   * One pass over the characters: the tokens, their paragraphs, and the hash of each token's
   * lower-case form, by which it is looked up in the lexicons without making a string.
   */
  private void tokenize() {
    char[] text = chars;
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
      int h = lowerCase(c);
      boolean regular = isRegular(c);
      i++;
      if (elidedArticle(text, s)) {
        kind = WORD; // an elided article is one word with its apostrophe: "Van 't Hof", "'s avonds", "'s-Hertogenbosch"
      }
      if (kind == WORD && Character.isUpperCase(c) && i + 2 < n && text[i] == '.' && Character.isUpperCase(text[i + 1])
          && text[i + 2] == '.' && (s == 0 || kind(text[s - 1]) != WORD)) {
        // capitals with full stops are one word: "U.S.", "U.K.", "E.U."
        while (i + 2 < n && text[i] == '.' && Character.isUpperCase(text[i + 1]) && text[i + 2] == '.') {
          h = 31 * (31 * h + '.') + lowerCase(text[i + 1]);
          regular &= isRegular(text[i + 1]);
          i += 2;
        }
        h = 31 * h + '.';
        i++;
        add(s, i, para, h, regular);
        continue;
      }
      if (kind == WORD) {
        while (i < n) {
          char d = text[i];
          if (kind(d) == WORD) {
            h = 31 * h + lowerCase(d);
            regular &= isRegular(d);
            i++;
          } else if ((d == '-' || d == '\'' || d == '\u2019' || d == '\u2010' || d == '\u2011')
              && i + 1 < n && Character.isLetterOrDigit(text[i + 1]) && Character.isLetterOrDigit(text[i - 1])
              // an en dash between letters joins the parts of one name: "Export–Import Bank", "Saffir–Simpson"
              || d == '\u2013' && i + 1 < n && Character.isLetter(text[i + 1]) && Character.isLetter(text[i - 1])
              || (d == '.' || d == ',') && i + 1 < n && Character.isDigit(text[i + 1]) && Character.isDigit(text[i - 1])
              // an ampersand between capitals is inside a name: "PG&E", "AT&T"
              || d == '&' && i + 1 < n && Character.isUpperCase(text[i + 1]) && Character.isUpperCase(text[i - 1])) {
            char e = text[i + 1];
            h = 31 * (31 * h + lowerCase(d)) + lowerCase(e);
            regular &= isRegular(e);
            i += 2;
          } else {
            break;
          }
        }
        if (i - s == 1 && Character.isUpperCase(c) && i + 2 < n && text[i] == '.' && text[i + 1] == ' '
            && Character.isLetter(text[i + 2]) && (s == 0 || kind(text[s - 1]) == SPACE)) {
          h = 31 * h + '.';
          i++; // an initial keeps its full stop: "George W. Bush", "Heidi L. Arneberg", "J. van der Steen"
        }
      } else if (c == ',' && i < n && text[i] == ',' && !commaBeforeQuote(text, s)) {
        h = 31 * h + ',';
        i++; // two commas are one mark, the Dutch opening quote ",,": no comma of the sentence
      } else if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(text[i])) {
        h = 31 * h + text[i];
        i++;
      }
      add(s, i, para, h, regular);
    }
    sentence = atLeast(sentence, size);
    entry = atLeast(entry, size);
    nouns = atLeast(nouns, size);
    Arrays.fill(nouns, 0, size, (byte) 0);
  }

  /**
   * Whether the comma at {@code i} is the sentence's comma before a glued opening quote: the first
   * of exactly three commas after a word ("zei Trimble gisteren,,,maar alleen …''"), whose last two
   * are the Dutch opening quote.
   */
  private static boolean commaBeforeQuote(char[] text, int i) {
    return i > 0 && Character.isLetterOrDigit(text[i - 1]) && i + 2 < text.length && text[i + 1] == ','
        && text[i + 2] == ',' && (i + 3 >= text.length || text[i + 3] != ',');
  }

  /**
   * Whether an apostrophe at {@code i}, after white space or at the start, opens an elided article
   * or pronoun of one lower-case letter ("'t", "'s", "'n"): the letter ends the word or a hyphen
   * joins it to the next ("'s-Gravenhage"). Such an apostrophe is no quote mark.
   */
  private static boolean elidedArticle(char[] text, int i) {
    char c = text[i];
    if (c != '\'' && c != '\u2019' || i + 1 >= text.length || i > 0 && kind(text[i - 1]) != SPACE) {
      return false;
    }
    char letter = text[i + 1];
    if (letter != 't' && letter != 's' && letter != 'n') {
      return false;
    }
    return i + 2 >= text.length || !Character.isLetterOrDigit(text[i + 2]) && text[i + 2] != '\'' && text[i + 2] != '\u2019';
  }

  /**
   * Whether {@link String#toLowerCase(Locale)} lower-cases a word with this character a character
   * at a time: not for a surrogate, a capital sigma (final sigma) or a dotted capital I.
   */
  private static boolean isRegular(char c) {
    return c < LATIN1_LOWER.length || !Character.isSurrogate(c) && c != '\u03a3' && c != '\u0130';
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

  private void add(int s, int e, int para, int h, boolean regular) {
    if (size == start.length) {
      int cap = size + (size >> 1);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      paragraph = Arrays.copyOf(paragraph, cap);
      hash = Arrays.copyOf(hash, cap);
      flags = Arrays.copyOf(flags, cap);
    }
    byte first = firstFlags(chars[e - s > 1 && elidedArticle(chars, s) ? s + 1 : s]);
    if ((first & UPPER_CASE) == 0 && (chars[s] == 'a' || chars[s] == 'e') && articlePrefixedName(s, e)) {
      first |= UPPER_CASE; // "al-Sisi", "el-Sisi", "as-Sadr": a name behind the Arabic article is a capitalised name
    }
    boolean opensParagraph = size == 0 || paragraph[size - 1] != para;
    if ((first & STOP_MARK) != 0 || opensParagraph && size > 0) {
      boundary = append(boundary, boundaries++, size);
    }
    if ((first & LETTER_OR_DIGIT) == 0 || opensParagraph || isStop(chars[e - 1])) {
      mark = append(mark, marks++, size);
    }
    if ((first & UPPER_CASE) != 0) {
      capital = append(capital, capitals++, size);
    }
    start[size] = s;
    end[size] = e;
    paragraph[size] = para;
    hash[size] = h;
    flags[size] = (byte) (first | (regular ? 0 : IRREGULAR));
    size++;
  }

  /**
   * Whether {@code chars[s, e)} is a capitalised name behind the Arabic article as Latin script
   * writes it, "al-" or "el-" or the article assimilated to the name's first consonant ("as-",
   * "ash-", "ad-", …): "al-Sisi", "el-Baradei", "ash-Shaibani"; not "ex-Minister".
   */
  private boolean articlePrefixedName(int s, int e) {
    int hyphen = s + 2 < e && chars[s + 2] == '-' ? s + 2 : s + 3 < e && chars[s + 3] == '-' ? s + 3 : -1;
    if (hyphen < 0 || hyphen + 1 >= e || !isUpperCase(chars[hyphen + 1])) {
      return false;
    }
    String article = new String(chars, s, hyphen - s);
    return NameFolder.isArabicArticle(article);
  }


  private static boolean isUpperCase(char c) {
    return (firstFlags(c) & UPPER_CASE) != 0;
  }

  /** Puts {@code value} at {@code list[count]}, in a list twice as long when it is full; returns the list. */
  private static int[] append(int[] list, int count, int value) {
    int[] to = count < list.length ? list : Arrays.copyOf(list, count * 2);
    to[count] = value;
    return to;
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /**
   * Readies the tokens for the lexicons of a language: each token is looked up ({@link #entry})
   * when first asked for, by its lower-case characters and their hash (no string is made, except
   * for a token whose lower case is not made a character at a time: a surrogate pair, a capital
   * sigma or dotted I); the tokens a cue may start at are listed now, most turned away by their
   * hash alone ({@link LanguageRules#startsCue}).
   */
  void lookUp(LanguageRules rules) {
    this.rules = rules;
    cueCandidates = 0;
    Arrays.fill(entry, 0, size, UNKNOWN);
    for (int k = 0; k < size; k++) {
      if (rules.startsCue(this, k)) {
        cueCandidate = append(cueCandidate, cueCandidates++, k);
      }
    }
  }

  /** An entry not yet looked up: {@link #entry} looks a token up the first time it is asked for. */
  private static final int UNKNOWN = WordTable.ABSENT - 1;

  /** How many tokens a cue of the language may start at ({@link LanguageRules#startsCue}), found by {@link #lookUp}. */
  int cueCandidates() {
    return cueCandidates;
  }

  /** How many tokens a quotation may turn at (see {@link #mark}). */
  int marks() {
    return marks;
  }

  /** The {@code i}th token, in text order, that a quotation may turn at. */
  int mark(int i) {
    return mark[i];
  }

  /** How many tokens start with an upper-case letter ({@link #isCapitalized}). */
  int capitals() {
    return capitals;
  }

  /** The {@code i}th token, in text order, that starts with an upper-case letter. */
  int capital(int i) {
    return capital[i];
  }

  /** The {@code i}th token, in text order, that a cue may start at. */
  int cueCandidate(int i) {
    return cueCandidate[i];
  }

  /** The hash of the token's lower-case form, a character at a time (see {@link #lowerCase(char)}). */
  int lowerHash(int k) {
    return hash[k];
  }

  /**
   * {@link Character#toLowerCase(char)}: what {@link String#toLowerCase(Locale)} does to each
   * character of a word without surrogates, capital sigma or dotted capital I.
   */
  static char lowerCase(char c) {
    return c < LATIN1_LOWER.length ? LATIN1_LOWER[c] : Character.toLowerCase(c);
  }

  /**
   * Cuts the tokens into sentences; {@code quotes} (in text order) keep sentences whole across
   * their inner full stops. Only the tokens where a sentence may end or start are looked at: those
   * the tokenizer listed ({@link #boundary}) and the last token of each quotation; the tokens
   * between take the sentence they are in.
   */
  void segment(List<Quote> quotes) {
    if (size == 0) {
      return;
    }
    int nq = quotes.size();
    int[] quoteLast = new int[nq];
    for (int i = 0; i < nq; i++) {
      Quote q = quotes.get(i);
      int k = tokenAt(q.start());
      if (k < size && start[k] == q.start()) {
        flags[k] |= OPENS_QUOTE;
      }
      quoteLast[i] = tokenAt(q.end()) - 1; // the token that may close it
    }
    int q = 0;
    // the first quotation that ends after the current token: read once, not at every token
    Quote quote = nq > 0 ? quotes.get(0) : null;
    startSentence(0);
    int next = 0; // the first token without a sentence yet
    int b = 0;
    int ql = 0;
    while (true) {
      // the next token to look at: the earlier of the next boundary and the next quotation's last token
      while (b < boundaries && boundary[b] < next) {
        b++;
      }
      while (ql < nq && quoteLast[ql] < next) {
        ql++;
      }
      int k = Math.min(b < boundaries ? boundary[b] : size, ql < nq ? quoteLast[ql] : size);
      sentenceUpTo(next, k);
      if (k >= size) {
        return;
      }
      next = k + 1;
      if (k > 0 && paragraph[k] != paragraph[k - 1] && sentenceStart[sentences - 1] != k
          || k - sentenceStart[sentences - 1] >= MAX_SENTENCE_TOKENS) {
        startSentence(k);
      }
      sentence[k] = sentences - 1;
      int s = start[k];
      while (quote != null && quote.end() <= s) {
        quote = ++q < nq ? quotes.get(q) : null;
      }
      boolean open = quote != null && !quote.dash();
      boolean inQuote = open && quote.start() < s && s < quote.contentEnd();
      char c = chars[s];
      if (open && end[k] == quote.end() && k + 1 < size
          && paragraph[k + 1] == paragraph[k] && endsWithStop(quote) && !Character.isLowerCase(chars[start[k + 1]])
          && chars[start[k + 1]] != ',') {
        startSentence(k + 1); // ",,Ik ben blij.'' Koerts lachte.": the quote was a sentence of its own
        continue;
      }
      if (!inQuote && isStop(c) && endsSentence(k)) {
        // closing marks and brackets that follow belong to this sentence
        int j = k + 1;
        while (j < size && paragraph[j] == paragraph[k] && isCloser(chars[start[j]]) && !opensQuote(j)) {
          sentence[j] = sentences - 1;
          j++;
        }
        int last = j - 1;
        if (j < size && paragraph[j] == paragraph[last]) {
          startSentence(j);
        }
        next = last + 1;
      }
    }
  }

  /**
   * Gives tokens {@code [from, to)}, none of which starts a paragraph or ends a sentence, the
   * current sentence, starting a new one every {@value #MAX_SENTENCE_TOKENS} tokens.
   */
  private void sentenceUpTo(int from, int to) {
    int k = from;
    while (k < to) {
      if (k - sentenceStart[sentences - 1] >= MAX_SENTENCE_TOKENS) {
        startSentence(k);
      }
      int until = Math.min(to, sentenceStart[sentences - 1] + MAX_SENTENCE_TOKENS);
      Arrays.fill(sentence, k, until, sentences - 1);
      k = until;
    }
  }

  private boolean endsWithStop(Quote q) {
    int e = q.contentEnd();
    while (e > q.contentStart() && Character.isWhitespace(chars[e - 1])) {
      e--;
    }
    char c = e > q.contentStart() ? chars[e - 1] : ' ';
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

  private boolean endsSentence(int k) {
    if (k + 1 >= size) {
      return true;
    }
    if (start[k + 1] == end[k] && Character.isLetterOrDigit(chars[start[k + 1]])) {
      return false; // "2.5", "e.g" written without space
    }
    if (chars[start[k]] == '.' && k > 0 && end[k - 1] == start[k]) {
      if (end[k - 1] - start[k - 1] == 1 && Character.isUpperCase(chars[start[k - 1]])) {
        return false; // an initial: "J. Stoltenberg"
      }
      if (rules.isAbbreviation(this, k - 1)) {
        return false;
      }
    }
    int j = k + 1;
    while (j < size && isCloser(chars[start[j]])) {
      j++;
    }
    if (j >= size) {
      return true;
    }
    char next = chars[start[j]];
    return !Character.isLowerCase(next);
  }

  /** The article text as characters. */
  public char[] chars() {
    return chars;
  }

  /** The token's entry in its language's lexicon ({@link LanguageRules}), or {@link WordTable#ABSENT}. */
  int entry(int k) {
    int e = entry[k];
    if (e == UNKNOWN) {
      if (rules.acronymsAreNoWords && acronym(k) && !(acronym(k - 1) || acronym(k + 1))) {
        e = rules.acronymEntry(this, k); // "DA hevder": an acronym is no word of the lexicon ("da"), but in an all-caps heading; "US officials": its own
      } else {
        e = irregular(k) ? rules.entry(lower(k)) : rules.entry(chars, start[k], end[k], hash[k]);
      }
      entry[k] = e;
    }
    return e;
  }

  /**
   * Whether token {@code k} is an acronym: two capitals or more and nothing else ("SV", "BBC"; an
   * ampersand between: "PG&E"); false outside the tokens.
   */
  public boolean acronym(int k) {
    if (k < 0 || k >= size || end[k] - start[k] < 2 || (flags[k] & UPPER_CASE) == 0) {
      return false;
    }
    for (int i = start[k]; i < end[k]; i++) {
      if (!Character.isUpperCase(chars[i]) && chars[i] != '&') {
        return false;
      }
    }
    return true;
  }

  /** Whether the token's lower case is not made a character at a time (see {@link #lowerCase(char)}). */
  boolean irregular(int k) {
    return (flags[k] & IRREGULAR) != 0;
  }

  /** The noun classes of the token found so far, as {@link LanguageRules} keeps them. */
  byte nouns(int k) {
    return nouns[k];
  }

  void nouns(int k, byte found) {
    nouns[k] = found;
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

  /** Whether the token's text in lower case is {@code lower}: {@code lower(k).equals(lower)}, without making a string. */
  public boolean lowerEquals(int k, String lower) {
    if (irregular(k)) {
      return lower(k).equals(lower);
    }
    int s = start[k];
    if (end[k] - s != lower.length()) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      if (lowerCase(chars[s + i]) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token's text ends with {@code suffix}. */
  public boolean endsWith(int k, String suffix) {
    int from = end[k] - suffix.length();
    if (from < start[k]) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (chars[from + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The first character of the token. */
  public char first(int k) {
    return chars[start[k]];
  }

  /** Whether the token is a word (starts with a letter or digit). */
  public boolean isWord(int k) {
    return (flags[k] & LETTER_OR_DIGIT) != 0;
  }

  /** Whether a quotation opens at the token (a mark the language's quote rules found to open one). */
  public boolean opensQuote(int k) {
    return (flags[k] & OPENS_QUOTE) != 0;
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean isCapitalized(int k) {
    return (flags[k] & UPPER_CASE) != 0;
  }

  /** Whether the token is the single punctuation character {@code c}. */
  public boolean is(int k, char c) {
    return k >= 0 && k < size && end[k] - start[k] == 1 && chars[start[k]] == c;
  }

  /** The last word token ({@link #isWord}) before token {@code k}, or -1; {@code k} may be {@link #size()}. */
  public int lastWordBefore(int k) {
    knowWords();
    return lastWordBefore[k];
  }

  /** The first word token ({@link #isWord}) at or after token {@code k}, or {@link #size()}; {@code k} may be {@link #size()}. */
  public int nextWordFrom(int k) {
    knowWords();
    return nextWordFrom[k];
  }

  /** Whether a word token ({@link #isWord}) lies in {@code [from, to)}: one step, not a scan. */
  public boolean hasWord(int from, int to) {
    return from < to && from <= size && nextWordFrom(from) < to;
  }

  /** Fills {@link #lastWordBefore} and {@link #nextWordFrom} the first time either is asked for. */
  private void knowWords() {
    if (lastWordsKnown) {
      return;
    }
    lastWordsKnown = true;
    lastWordBefore = atLeast(lastWordBefore, size + 1);
    nextWordFrom = atLeast(nextWordFrom, size + 1);
    int last = -1;
    for (int j = 0; j <= size; j++) {
      lastWordBefore[j] = last;
      if (j < size && isWord(j)) {
        last = j;
      }
    }
    int next = size;
    for (int j = size; j >= 0; j--) {
      if (j < size && isWord(j)) {
        next = j;
      }
      nextWordFrom[j] = next;
    }
  }

  /** The first token that starts at or after offset {@code offset}. */
  public int tokenAt(int offset) {
    return Sorted.firstAtLeast(size, i -> start[i], offset);
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
