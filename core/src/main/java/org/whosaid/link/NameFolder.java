package org.whosaid.link;

import com.google.common.collect.ImmutableList;
import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.whosaid.spi.LanguageModule;
import org.whosaid.spi.SpellingRule;

/**
 * Folds names so that the spellings of one name in different scripts and languages meet.
 *
 * <p>Three steps, each usable on its own:
 * <ol>
 *   <li>{@link #fold(CharSequence)}: any script to lower-case ASCII (ICU4J {@code Russian-Latin/BGN;
 *       Any-Latin; Latin-ASCII}), every run of other characters one space: "Oekraïne" → "oekraine",
 *       "Куле́ба" → "kuleba";</li>
 *   <li>{@link #respell(String)}: one language's transliteration conventions rewritten to the common
 *       spelling, from the module's {@code name-spelling.tsv} (Dutch "oe" → "u", "sj" → "sh"):
 *       "koeleba" → "kuleba";</li>
 *   <li>{@link #skeleton(String)}: spelling differences no convention settles, in any language:
 *       vowel "y"/"j"/"ij" to "i", "w" to "v", "x" to "ks", "ph" to "f", "kh" to "ch" (Russian х:
 *       English "Mikhail", "Khodorkovsky", Dutch and German "Michail", "Chodorkovski"; at the start
 *       "Khan" meets "Chan", whose given names still tell them apart), "ou" to "u" (Russian оу:
 *       English "Belousov", Dutch "Beloesov"), "zh" to "sh" inside a word (Russian ж: English "Zaluzhny",
 *       Dutch "Zaloezjny", Norwegian "Zalusjnyj"; not at the start, where pinyin's "Zhang" and "Shang"
 *       differ), doubled letters once: "dmytro" and "dmitro"
 *       → "dmitro", "zelenskyy" and "zelenskij" → "zelenski".</li>
 * </ol>
 *
 * <pre>{@code
 * NameFolder dutch = NameFolder.of(dutchModule);
 * dutch.key("Dmitro Koeleba");                    // "dmitro kuleba"
 * NameFolder.of(englishModule).key("Dmytro Kuleba"); // "dmitro kuleba"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NameFolder {

  private static final String TRANSLITERATION = "Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower";
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance(TRANSLITERATION));
  /** Lower-case ASCII for each character below {@link #TABLE_END}, computed once with ICU4J. */
  private static final int TABLE_END = 0x250;
  private static final String[] TABLE = buildTable();
  private static final NameFolder PLAIN = new NameFolder(List.of());

  private final List<SpellingRule> rules;

  private NameFolder(List<SpellingRule> rules) {
    this.rules = ImmutableList.copyOf(rules);
  }

  /** A folder with the given spelling rules, applied in order. */
  public static NameFolder of(List<SpellingRule> rules) {
    return new NameFolder(Objects.requireNonNull(rules, "rules"));
  }

  /** A folder with the spelling rules of a language module. */
  public static NameFolder of(LanguageModule module) {
    return of(module.nameSpelling());
  }

  /** A folder without language spelling rules. */
  public static NameFolder plain() {
    return PLAIN;
  }

  /** The spelling rules this folder applies. */
  public List<SpellingRule> rules() {
    return rules;
  }

  /**
   * Lower-case ASCII with every run of characters that are neither letters nor digits one space,
   * trimmed; apostrophes vanish ("O'Brien" → "obrien", "Zelens'kiy" → "zelenskiy").
   */
  public static String fold(CharSequence s) {
    Objects.requireNonNull(s, "s");
    CharSequence ascii = toAscii(s);
    StringBuilder b = new StringBuilder(ascii.length());
    boolean space = true;
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
        space = false;
      } else if (c >= 'A' && c <= 'Z') {
        b.append((char) (c + ('a' - 'A')));
        space = false;
      } else if (!space && c != '\'' && c != '\u2019' && c != '`') {
        b.append(' ');
        space = true;
      }
    }
    int n = b.length();
    return n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString();
  }

  /** The folded words of {@code s}. */
  public static List<String> words(CharSequence s) {
    String f = fold(s);
    return f.isEmpty() ? List.of() : List.of(f.split(" "));
  }

  /** One folded word rewritten by this folder's spelling rules, in order. */
  public String respell(String foldedWord) {
    String w = foldedWord;
    for (SpellingRule r : rules) {
      if (r.wordFinal()) {
        if (w.endsWith(r.from()) && w.length() > r.from().length()) {
          w = w.substring(0, w.length() - r.from().length()) + r.to();
        }
      } else if (w.contains(r.from())) {
        w = w.replace(r.from(), r.to());
      }
    }
    return w;
  }

  /**
   * The language-independent spelling skeleton of one folded word: "y" and "j" are "i" unless they
   * stand before a vowel at the start of the word or between vowels ("Yevgeny" and "Jevgeni" both
   * begin with "j"), "w" is "v", "x" is "ks", "ph" is "f", "kh" is "ch", "ou" is "u", "zh" inside
   * the word is "sh", "q" and "gh" are "k" (Arabic and Persian ق and غ: "Qassem" / "Kassem",
   * "Araghchi" / "Araqchi"), a final "ieh" is "ia" ("Haniyeh" / "Haniya"), and a doubled letter is
   * written once. Idempotent.
   */
  public static String skeleton(String foldedWord) {
    StringBuilder b = new StringBuilder(foldedWord.length() + 2);
    int n = foldedWord.length();
    for (int i = 0; i < n; i++) {
      char c = foldedWord.charAt(i);
      char next = i + 1 < n ? foldedWord.charAt(i + 1) : ' ';
      switch (c) {
        case 'y':
        case 'j': {
          char prev = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
          boolean consonantal = isVowel(next) && (prev == ' ' || isVowel(prev)) && prev != 'i';
          append(b, consonantal ? 'j' : 'i');
          break;
        }
        case 'w':
          append(b, 'v');
          break;
        case 'x':
          append(b, 'k');
          append(b, 's');
          break;
        case 'q':
        case 'g':
          if (c == 'q' || next == 'h') {
            append(b, 'k');
            i += c == 'g' ? 1 : 0;
            while (i + 1 < n && foldedWord.charAt(i + 1) == 'h') {
              i++; // "qh", "qhh", "ghh": no "kh" is left to read as "ch" a second time
            }
          } else {
            append(b, c);
          }
          break;
        case 'p':
          if (next == 'h') {
            append(b, 'f');
            i++;
          } else {
            append(b, c);
          }
          break;
        case 'k':
        case 'z':
          if (next == 'h' && (i > 0 || c == 'k')) {
            // Russian х and ж: "kh" is "ch" ("Khodorkovsky", Dutch "Chodorkovski"), "zh" inside a word is "sh"
            append(b, c == 'k' ? 'c' : 's');
            append(b, 'h');
            i++;
          } else {
            append(b, c);
          }
          break;
        case 'o': {
          int u = i;
          while (u < n && foldedWord.charAt(u) == 'o') {
            u++; // a doubled "o" before "u" is one "o" too
          }
          if (u < n && foldedWord.charAt(u) == 'u') {
            append(b, 'u'); // Russian оу, English "Belousov", Dutch "Beloesov" (after "oe" → "u")
            i = u;
          } else {
            append(b, c);
          }
          break;
        }
        default:
          append(b, c);
      }
    }
    int m = b.length();
    if (m > 4 && b.charAt(m - 3) == 'i' && b.charAt(m - 2) == 'e' && b.charAt(m - 1) == 'h') {
      b.setLength(m - 1);
      b.setCharAt(m - 2, 'a'); // the Persian and Arabic final "-iyeh" is "-iya"
    }
    return b.toString();
  }

  /** The folded, respelled skeleton of each word of a name, joined by single spaces. */
  public String key(CharSequence name) {
    StringBuilder b = new StringBuilder();
    for (String w : words(name)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(keyWord(w));
    }
    return b.toString();
  }

  /** The most times a word's key is made again from itself: enough for any chain of rules the lexicons hold. */
  private static final int MAX_PASSES = 4;

  /**
   * The respelled skeleton of one folded word, made again from itself until it stays the same (at
   * most {@value #MAX_PASSES} times): a rule or the skeleton may make what an earlier rule rewrites
   * (Norwegian "tstsj" → "tsch", "tskh" → "tsch", which "tsch" → "tsj" → "ch" rewrites), and a key
   * folded again must stay the key.
   */
  private String keyWord(String foldedWord) {
    String k = skeleton(respell(foldedWord));
    for (int pass = 1; pass < MAX_PASSES; pass++) {
      String next = skeleton(respell(k));
      if (next.equals(k)) {
        break;
      }
      k = next;
    }
    return k;
  }

  /** Like {@link #key(CharSequence)} but without this language's spelling rules. */
  public static String plainKey(CharSequence name) {
    return PLAIN.key(name);
  }

  /** Whether this folder's spelling rules change the name: it is not in the common spelling. */
  public boolean respells(CharSequence name) {
    for (String w : words(name)) {
      if (!respell(w).equals(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a lower-case word is the Arabic article as Latin script writes it before a name, the
   * article assimilated to the name's first consonant included: "al", "el", "as", "ash", "ad", …
   * ("al-Sisi", "el-Sisi", "ash-Shaibani").
   */
  public static boolean isArabicArticle(String lowerWord) {
    return ARABIC_ARTICLES.contains(lowerWord);
  }

  private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh");

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static void append(StringBuilder b, char c) {
    int n = b.length();
    if (n == 0 || b.charAt(n - 1) != c || Character.isDigit(c)) {
      b.append(c);
    }
  }

  private static CharSequence toAscii(CharSequence s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (b != null) {
          b.append(c);
        }
      } else if (asciiOf(c) != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        b.append(asciiOf(c));
      } else {
        return TO_ASCII.get().transliterate(s.toString());
      }
    }
    return b == null ? s : b;
  }

  /**
   * What {@link #fold} makes of character {@code c} before it lower-cases and splits the words:
   * the character itself below U+0080, else its ASCII letters, an apostrophe or a space; null when
   * only the transliterator knows (a script other than Latin), which then folds the whole text.
   */
  static String asciiOf(char c) {
    if (c < 0x80) {
      return null;
    }
    if (c < TABLE_END && TABLE[c] != null) {
      return TABLE[c];
    }
    return isPunctuation(c) ? (c == '\u2019' || c == '\u02BC' ? "'" : " ") : null;
  }

  /** General punctuation (dashes, quote marks) that folds without the transliterator. */
  private static boolean isPunctuation(char c) {
    return (c >= 0x2010 && c <= 0x205E) || c == 0x02BC;
  }

  private static String[] buildTable() {
    Transliterator t = Transliterator.getInstance("Latin-ASCII; Lower");
    String[] table = new String[TABLE_END];
    for (char c = 0x80; c < TABLE_END; c++) {
      if (!Character.isLetter(c)) {
        table[c] = " ";
      } else {
        String a = t.transliterate(String.valueOf(c));
        table[c] = a.chars().allMatch(ch -> ch < 0x80) ? a : null;
      }
    }
    return table;
  }
}
