package org.whosaid.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.whosaid.spi.GazetteerEntry;
import org.whosaid.spi.LanguageModule;
import org.whosaid.spi.ResourceLanguageModule;
import org.whosaid.spi.WordClass;
import org.whosaid.spi.WordClasses;

/**
 * Reads the {@link Evidence} of a statement written in one language:
 *
 * <ul>
 *   <li>gazetteer entities and named actors ({@code e:<id or key>}), from the {@link Gazetteer} and
 *       the article's own actors;</li>
 *   <li>numbers, with thousands separators of every language read alike ({@code n:100000} for
 *       "100.000", "100 000" and "100,000"; {@code n:1.5} for "1,5" and "1.5");</li>
 *   <li>concepts from the language's {@link ConceptLexicon}, compounds split ({@code c:exercise});</li>
 *   <li>for other words, cognate stems: the module's Lucene analyzer drops stopwords and stems,
 *       then the stem is folded to its {@link NameFolder#skeleton} and cut to five letters, so
 *       "optimisme", "optimism" and "optimismen" meet at {@code w:optim}.</li>
 * </ul>
 *
 * <pre>{@code
 * EvidenceReader nl = EvidenceReader.of(dutchModule, gazetteer);
 * Evidence e = nl.read("Rusland heeft meer dan 100.000 troepen verzameld");   // e:Q159, n:100000, c:troops, w:verza
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class EvidenceReader {

  /** Letters a cognate stem is cut to. */
  public static final int COGNATE_LENGTH = 5;
  /** Stems shorter than this give no cognate feature. */
  private static final int MIN_COGNATE = 4;

  /** Feature weights by kind: what a shared feature of each kind is worth before rarity. */
  static final double ENTITY = 0.5;
  static final double NUMBER = 1.2;
  static final double CONCEPT = 1.0;
  static final double COGNATE = 0.8;

  private final String language;
  private final Gazetteer gazetteer;
  private final ConceptLexicon concepts;
  private final Analyzer analyzer;
  private final WordClasses words;
  private final Set<String> stopwords;

  private EvidenceReader(LanguageModule module, Gazetteer gazetteer) {
    this.language = module.language();
    this.gazetteer = gazetteer;
    this.concepts = ConceptLexicon.of(module);
    this.analyzer = module.analyzer();
    this.words = module.words();
    this.stopwords = module instanceof ResourceLanguageModule r ? r.stopwords() : Set.of();
  }

  /**
   * The classes that open words (an interrogative, "what", "how"; a verb that issues a document,
   * "released"; a compass word, "north") are given only for the attribution rules: such a word stays
   * a feature, as it was before it had a class. So does a {@link WordClass#FOCUS} particle, whatever
   * its other classes.
   */
  private static final Set<WordClass> OPEN_CLASSES =
      Set.of(WordClass.INTERROGATIVE, WordClass.ISSUING_VERB, WordClass.PLACE_NAME_OPENER);

  /** A closed-class word (article, pronoun, auxiliary, preposition, …) or stopword says nothing of the proposition. */
  private boolean closedClass(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (stopwords.contains(w)) {
      return true;
    }
    Set<WordClass> classes = words.of(w);
    return !classes.isEmpty() && !OPEN_CLASSES.containsAll(classes) && !classes.contains(WordClass.FOCUS);
  }

  /** A reader for statements in the module's language. */
  public static EvidenceReader of(LanguageModule module, Gazetteer gazetteer) {
    return new EvidenceReader(Objects.requireNonNull(module, "module"), Objects.requireNonNull(gazetteer, "gazetteer"));
  }

  /** The language read. */
  public String language() {
    return language;
  }

  /** The evidence of a statement's content. */
  public Evidence read(String content) {
    return read(content, null);
  }

  /**
   * The evidence of a statement's content, also finding the article's own actors by their forms
   * ({@code names} maps a form to the actor's key; null for none).
   */
  public Evidence read(String content, FormMatcher<String> names) {
    Objects.requireNonNull(content, "content");
    Map<String, Double> f = new HashMap<>();
    boolean[] named = new boolean[content.length()];
    if (names != null) {
      for (FormMatcher.Match<String> m : names.find(content)) {
        mark(named, m);
        f.merge("e:" + m.value(), ENTITY, Math::max);
      }
    }
    for (FormMatcher.Match<GazetteerEntry> m : gazetteer.find(content, language)) {
      if (!named[m.span().start()]) {
        mark(named, m);
        f.merge("e:" + m.value().id(), ENTITY, Math::max);
      }
    }
    numbers(content, named, f);
    TreeMap<Integer, Token> stems = stems(content);
    for (int[] w : hyphenatedWords(content)) {
      if (named[w[0]]) {
        continue;
      }
      String word = content.substring(w[0], w[1]);
      List<String> cs = concepts.concepts(word.replace("-", ""));
      if (cs.isEmpty() && word.indexOf('-') >= 0) {
        cs = concepts.concepts(word);
      }
      if (!cs.isEmpty()) {
        for (String c : cs) {
          conceptFeature(c, f);
        }
        continue;
      }
      for (Token t : stems.subMap(w[0], w[1]).values()) {
        if (closedClass(content.substring(t.start(), t.end()))) {
          continue;
        }
        List<String> pc = word.indexOf('-') >= 0 ? concepts.concepts(content.substring(t.start(), t.end())) : List.of();
        if (!pc.isEmpty()) {
          pc.forEach(c -> conceptFeature(c, f));
        } else {
          cognate(t.stem(), f);
        }
      }
    }
    return Evidence.of(f);
  }

  /** A concept that names a gazetteer actor (a demonym, "Russian" → "russia") is that actor. */
  private void conceptFeature(String concept, Map<String, Double> f) {
    if (concept.equals(ConceptLexicon.NONE)) {
      return;
    }
    String id = gazetteer.byCanonical(concept).map(GazetteerEntry::id).orElse(null);
    if (id != null) {
      f.merge("e:" + id, ENTITY, Math::max);
    } else {
      f.merge("c:" + concept, CONCEPT, Math::max);
    }
  }

  private static void cognate(String stem, Map<String, Double> f) {
    if (stem.length() < MIN_COGNATE || !Character.isLetter(stem.charAt(0))) {
      return;
    }
    String s = NameFolder.fold(stem).replace(" ", "");
    s = NameFolder.skeleton(s.replace('c', 'k'));
    if (s.length() >= MIN_COGNATE) {
      f.merge("w:" + s.substring(0, Math.min(COGNATE_LENGTH, s.length())), COGNATE, Math::max);
    }
  }

  private static void mark(boolean[] named, FormMatcher.Match<?> m) {
    for (int i = m.span().start(); i < m.span().end(); i++) {
      named[i] = true;
    }
  }

  /** One token the analyzer keeps: where it stands and its stem. */
  private record Token(int start, int end, String stem) {}

  /** Tokens the analyzer keeps, by start offset. */
  private TreeMap<Integer, Token> stems(String content) {
    TreeMap<Integer, Token> out = new TreeMap<>();
    try (TokenStream ts = analyzer.tokenStream("content", content)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.put(offset.startOffset(), new Token(offset.startOffset(), offset.endOffset(), term.toString()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Words of letters joined by single hyphens ("de-escalatie", "NAVO-chef"), as {start, end}. */
  private static List<int[]> hyphenatedWords(String s) {
    List<int[]> out = new java.util.ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetter(s.charAt(i))
          || (s.charAt(i) == '-' && i + 1 < n && Character.isLetter(s.charAt(i + 1)) && i > start))) {
        i++;
      }
      if (i > start) {
        out.add(new int[] {start, i});
      }
    }
    return out;
  }

  /** Numbers, thousands separators of any language removed, decimal comma read as a point. */
  private static void numbers(String s, boolean[] named, Map<String, Double> f) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!Character.isDigit(c) || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) || named[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Character.isDigit(s.charAt(j))) {
        j++;
      }
      StringBuilder digits = new StringBuilder(s.substring(i, j));
      String decimal = null;
      char separator = 0;
      while (j < n && isGroupSeparator(s.charAt(j)) && (separator == 0 ? j - i <= 3 : s.charAt(j) == separator)
          && threeDigits(s, j + 1)) {
        separator = s.charAt(j);
        digits.append(s, j + 1, j + 4);
        j += 4;
      }
      if (j + 1 < n && (s.charAt(j) == ',' || s.charAt(j) == '.') && Character.isDigit(s.charAt(j + 1))) {
        int k = j + 1;
        while (k < n && Character.isDigit(s.charAt(k))) {
          k++;
        }
        decimal = s.substring(j + 1, k);
        j = k;
      }
      String value = digits.toString().replaceFirst("^0+(?=\\d)", "");
      f.merge("n:" + (decimal == null ? value : value + "." + decimal), NUMBER, Math::max);
      i = j;
    }
  }

  private static boolean isGroupSeparator(char c) {
    return c == '.' || c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F';
  }

  /** Exactly three digits at {@code at}, not followed by another digit. */
  private static boolean threeDigits(String s, int at) {
    int n = s.length();
    return at + 3 <= n && Character.isDigit(s.charAt(at)) && Character.isDigit(s.charAt(at + 1))
        && Character.isDigit(s.charAt(at + 2)) && (at + 3 == n || !Character.isDigit(s.charAt(at + 3)));
  }
}
