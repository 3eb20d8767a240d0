package org.whosaid.link;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.whosaid.spi.ConceptEntry;
import org.whosaid.spi.LanguageModule;

/**
 * One language's words for language-independent concepts, from the module's {@code concepts.tsv}:
 * "troepen", "tropper" and "troops" are the concept {@code troops}. An entry is a whole word
 * ("grens") or a stem that ends in {@code *} ("terugtrekking*" also matches "terugtrekkingen"; at
 * most five letters may follow a stem). A word whose concept is {@value #NONE} names none: it is
 * left out of organisations' keys and of statements' evidence ("Zaken" of "ministerie van
 * Buitenlandse Zaken", "Affairs" of "Ministry of Foreign Affairs", which the other languages leave
 * unsaid).
 *
 * <p>In a language that writes compounds as one word ({@link LanguageModule#closedCompounds()}),
 * compounds are split from the end: "militærøvelsene" is {@code military} + {@code exercise},
 * "forsvarsdepartementets" is {@code defence} + {@code ministry}; a linking "s" or "e" between
 * the parts is skipped. In English a word is only ever whole: "disease" is no {@code reduce}.
 *
 * <pre>{@code
 * ConceptLexicon no = ConceptLexicon.of(norwegianModule);
 * no.concepts("militærøvelsene");   // [military, exercise]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConceptLexicon {

  /** The concept of a word that names none. */
  public static final String NONE = "-";

  private static final int MIN_PART = 3;
  /** The head of a compound has at least this many letters. */
  private static final int MIN_HEAD = 4;
  /** At most this many letters of inflection may follow a stem ("øvelse*" in "øvelsene"). */
  private static final int MAX_INFLECTION = 5;
  private static final int MAX_WORD = 48;
  private static final ConceptLexicon EMPTY = new ConceptLexicon(List.of(), false);

  private final Map<String, String> words = new HashMap<>();
  private final Map<String, String> stems = new HashMap<>();
  private final int longestStem;
  private final boolean closedCompounds;
  private final LoadingCache<String, List<String>> cache;

  private ConceptLexicon(List<ConceptEntry> entries, boolean closedCompounds) {
    this.closedCompounds = closedCompounds;
    int longest = 0;
    for (ConceptEntry e : entries) {
      String w = e.word().toLowerCase(Locale.ROOT);
      if (w.endsWith("*")) {
        String stem = w.substring(0, w.length() - 1);
        if (!stem.isEmpty()) {
          stems.putIfAbsent(stem, e.concept());
          longest = Math.max(longest, stem.length());
        }
      } else {
        words.putIfAbsent(w, e.concept());
      }
    }
    this.longestStem = longest;
    this.cache = CacheBuilder.newBuilder().maximumSize(100_000)
        .build(CacheLoader.from(w -> ImmutableList.copyOf(split(w, 0))));
  }

  /**
   * The lexicon of the given entries; with {@code closedCompounds}, a word not in it may be a
   * compound of its words.
   */
  public static ConceptLexicon of(List<ConceptEntry> entries, boolean closedCompounds) {
    return new ConceptLexicon(Objects.requireNonNull(entries, "entries"), closedCompounds);
  }

  /** The lexicon of a language module, which splits compounds where the language closes them. */
  public static ConceptLexicon of(LanguageModule module) {
    return of(module.concepts(), module.closedCompounds());
  }

  /** A lexicon without entries. */
  public static ConceptLexicon empty() {
    return EMPTY;
  }

  /** Whether the lexicon has no entries. */
  public boolean isEmpty() {
    return words.isEmpty() && stems.isEmpty();
  }

  /** The concept of a word as a whole (entry or stem), without splitting compounds. */
  public java.util.Optional<String> concept(String word) {
    return java.util.Optional.ofNullable(whole(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * The concepts of a word: its own, or those of the parts of a compound, modifier first; empty
   * when neither the word nor its head is in the lexicon.
   */
  public List<String> concepts(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 2 || w.length() > MAX_WORD || isEmpty()) {
      return List.of();
    }
    return cache.getUnchecked(w);
  }

  private String whole(String w) {
    String c = words.get(w);
    if (c != null) {
      return c;
    }
    for (int n = Math.min(longestStem, w.length()); n >= MIN_PART && w.length() - n <= MAX_INFLECTION; n--) {
      c = stems.get(w.substring(0, n));
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** Concepts of {@code w}, splitting off a known head and then, recursively, the modifier. */
  private List<String> split(String w, int depth) {
    String c = whole(w);
    if (c != null) {
      return List.of(c);
    }
    if (depth > 2 || !closedCompounds) {
      return List.of();
    }
    for (int p = MIN_PART; p <= w.length() - MIN_HEAD; p++) {
      String head = whole(w.substring(p));
      if (head == null) {
        continue;
      }
      List<String> out = new ArrayList<>(3);
      String modifier = w.substring(0, p);
      List<String> m = split(modifier, depth + 1);
      if (m.isEmpty() && modifier.length() > MIN_PART
          && (modifier.endsWith("s") || modifier.endsWith("e") || modifier.endsWith("-"))) {
        m = split(modifier.substring(0, modifier.length() - 1), depth + 1);
      }
      out.addAll(m);
      if (!out.contains(head)) {
        out.add(head);
      }
      return out;
    }
    return List.of();
  }
}
