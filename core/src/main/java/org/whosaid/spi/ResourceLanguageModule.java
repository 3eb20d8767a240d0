package org.whosaid.spi;

import com.google.common.base.Splitter;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.whosaid.model.ActorType;
import org.whosaid.model.Stance;

/**
 * A {@link LanguageModule} whose lists are UTF-8 resource files next to the subclass. Each file
 * has one entry a line; {@code #} starts a comment; columns are separated by tabs.
 *
 * <table>
 *   <caption>Resource files</caption>
 *   <tr><th>file</th><th>columns</th></tr>
 *   <tr><td>{@code quotes.tsv}</td><td>open, close, optional {@code speech} (the mark quotes only speech); or the line {@code dialogue-dash}</td></tr>
 *   <tr><td>{@code cues.tsv}</td><td>form, lemma, {@link CueKind}, {@link Stance}, optional particle</td></tr>
 *   <tr><td>{@code words.tsv}</td><td>word, {@link WordClass}es separated by commas (a word in capitals is an
 *       acronym's entry, see {@link WordClasses})</td></tr>
 *   <tr><td>{@code titles.txt}, {@code spokespersons.txt}, {@code organisations.txt}, {@code documents.txt},
 *       {@code measurements.txt}, {@code abbreviations.txt},
 *       {@code stopwords.txt}</td><td>one word</td></tr>
 *   <tr><td>{@code manner.txt}</td><td>one phrase, its words separated by single spaces ({@link LanguageModule#mannerPhrases})</td></tr>
 *   <tr><td>{@code name-spelling.tsv}</td><td>from, to, optional {@code final}</td></tr>
 *   <tr><td>{@code gazetteer.tsv}</td><td>form, id, canonical name, {@link ActorType}</td></tr>
 *   <tr><td>{@code concepts.tsv}</td><td>word, concept</td></tr>
 * </table>
 *
 * <p>{@code quotes.tsv}, {@code cues.tsv}, {@code words.tsv} and {@code stopwords.txt} are required;
 * the others may be absent. Files are read once, on first use; a malformed line fails with the
 * file, line number and what is wrong.
 */
public abstract class ResourceLanguageModule implements LanguageModule {

  private static final Splitter TAB = Splitter.on('\t').trimResults();
  /** How many characters at the start of a text {@link #identify} reads. */
  public static final int IDENTIFY_SAMPLE = 1000;

  private final String language;
  private final String displayName;
  private final Function<String, InputStream> resources;

  private final Supplier<QuoteRules> quoteRules = Suppliers.memoize(this::readQuoteRules);
  private final Supplier<CueLexicon> cues = Suppliers.memoize(this::readCues);
  private final Supplier<WordClasses> words = Suppliers.memoize(this::readWords);
  private final Supplier<Set<String>> titles = Suppliers.memoize(() -> readWordList("titles.txt", false));
  private final Supplier<Set<String>> spokespersons = Suppliers.memoize(() -> readWordList("spokespersons.txt", false));
  private final Supplier<Set<String>> organisations = Suppliers.memoize(() -> readWordList("organisations.txt", false));
  private final Supplier<Set<String>> documents = Suppliers.memoize(() -> readWordList("documents.txt", false));
  private final Supplier<Set<String>> mannerPhrases = Suppliers.memoize(() -> readWordList("manner.txt", false));
  private final Supplier<Set<String>> measurements = Suppliers.memoize(() -> readWordList("measurements.txt", false));
  private final Supplier<Set<String>> abbreviations = Suppliers.memoize(() -> readWordList("abbreviations.txt", false));
  private final Supplier<Set<String>> stopwords = Suppliers.memoize(() -> readWordList("stopwords.txt", true));
  private final Supplier<StopwordTable> stopwordTable = Suppliers.memoize(() -> new StopwordTable(stopwords.get()));
  private final Supplier<List<SpellingRule>> spelling = Suppliers.memoize(this::readSpelling);
  private final Supplier<List<GazetteerEntry>> gazetteer = Suppliers.memoize(this::readGazetteer);
  private final Supplier<List<ConceptEntry>> concepts = Suppliers.memoize(this::readConcepts);
  private final Supplier<Analyzer> analyzer = Suppliers.memoize(this::createAnalyzer);

  /**
   * @param language    ISO 639-1 code
   * @param displayName English name of the language
   * @param resources   opens a resource next to the subclass by file name, or returns null when
   *                    there is none; pass {@code name -> MyModule.class.getResourceAsStream(name)}
   *                    so that it works on the module path too
   */
  protected ResourceLanguageModule(String language, String displayName, Function<String, InputStream> resources) {
    this.language = Objects.requireNonNull(language, "language");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  /** The Lucene analyzer for {@link #analyzer()}; by default a standard analyzer without stopwords. */
  protected Analyzer createAnalyzer() {
    return new StandardAnalyzer(CharArraySet.EMPTY_SET);
  }

  @Override
  public final String language() {
    return language;
  }

  @Override
  public final String displayName() {
    return displayName;
  }

  /**
   * The share of the sample's first words that are this language's stopwords. A word is a run of
   * letters ({@link Character#isLetter(char)}) among the first {@value #IDENTIFY_SAMPLE}
   * characters, compared in lower case. The words are found once per text and shared by all
   * modules asked about it on the same thread; no string is made per word.
   */
  @Override
  public double identify(CharSequence sample) {
    SampleWords words = SampleWords.of(sample, IDENTIFY_SAMPLE);
    StopwordTable stop = stopwordTable.get();
    int hits = 0;
    for (int k = 0; k < words.count(); k++) {
      if (words.in(stop, k)) {
        hits++;
      }
    }
    return words.count() == 0 ? 0 : (double) hits / words.count();
  }

  @Override
  public QuoteRules quoteRules() {
    return quoteRules.get();
  }

  @Override
  public CueLexicon cues() {
    return cues.get();
  }

  @Override
  public WordClasses words() {
    return words.get();
  }

  @Override
  public Set<String> titles() {
    return titles.get();
  }

  @Override
  public Set<String> spokespersonTitles() {
    return spokespersons.get();
  }

  @Override
  public Set<String> organisationNouns() {
    return organisations.get();
  }

  @Override
  public Set<String> documentNouns() {
    return documents.get();
  }

  @Override
  public Set<String> measurementNouns() {
    return measurements.get();
  }

  @Override
  public Set<String> mannerPhrases() {
    return mannerPhrases.get();
  }

  @Override
  public Set<String> abbreviations() {
    return abbreviations.get();
  }

  /** The stopwords the default {@link #identify} counts. */
  public Set<String> stopwords() {
    return stopwords.get();
  }

  @Override
  public List<SpellingRule> nameSpelling() {
    return spelling.get();
  }

  @Override
  public List<GazetteerEntry> gazetteer() {
    return gazetteer.get();
  }

  @Override
  public List<ConceptEntry> concepts() {
    return concepts.get();
  }

  @Override
  public Analyzer analyzer() {
    return analyzer.get();
  }

  @Override
  public String toString() {
    return displayName + " (" + language + ")";
  }

  private QuoteRules readQuoteRules() {
    List<QuoteRules.QuotePair> pairs = new ArrayList<>();
    boolean[] dash = {false};
    read("quotes.tsv", true, (line, cols) -> {
      if (cols.size() == 1 && cols.get(0).equals("dialogue-dash")) {
        dash[0] = true;
      } else {
        need(cols, 2, line);
        if (cols.size() > 2 && !cols.get(2).equals("speech")) {
          throw new IllegalArgumentException("the third column may only be 'speech', not '" + cols.get(2) + "'");
        }
        pairs.add(new QuoteRules.QuotePair(cols.get(0), cols.get(1), cols.size() > 2));
      }
    });
    return new QuoteRules(pairs, dash[0]);
  }

  private CueLexicon readCues() {
    List<CueEntry> entries = new ArrayList<>();
    read("cues.tsv", true, (line, cols) -> {
      need(cols, 4, line);
      Optional<String> particle = cols.size() > 4 && !cols.get(4).isEmpty()
          ? Optional.of(cols.get(4).toLowerCase(Locale.ROOT)) : Optional.empty();
      entries.add(new CueEntry(cols.get(0).toLowerCase(Locale.ROOT), cols.get(1),
          enumValue(CueKind.class, cols.get(2), line), enumValue(Stance.class, cols.get(3), line), particle));
    });
    return new CueLexicon(entries);
  }

  private WordClasses readWords() {
    ImmutableSetMultimap.Builder<String, WordClass> map = ImmutableSetMultimap.builder();
    read("words.tsv", true, (line, cols) -> {
      need(cols, 2, line);
      for (String c : Splitter.on(',').trimResults().omitEmptyStrings().split(cols.get(1))) {
        String w = cols.get(0);
        map.put(WordClasses.isAcronym(w) ? w : w.toLowerCase(Locale.ROOT), enumValue(WordClass.class, c, line));
      }
    });
    return new WordClasses(map.build());
  }

  /** The words of a word list next to the module (one a line, {@code #} comments), in lower case; empty if the file is absent and not required. */
  protected final Set<String> readWordList(String file, boolean required) {
    ImmutableSet.Builder<String> set = ImmutableSet.builder();
    read(file, required, (line, cols) -> set.add(cols.get(0).toLowerCase(Locale.ROOT)));
    return set.build();
  }

  private List<SpellingRule> readSpelling() {
    ImmutableList.Builder<SpellingRule> rules = ImmutableList.builder();
    read("name-spelling.tsv", false, (line, cols) -> {
      need(cols, 2, line);
      rules.add(new SpellingRule(cols.get(0), cols.get(1), cols.size() > 2 && cols.get(2).equals("final")));
    });
    return rules.build();
  }

  private List<GazetteerEntry> readGazetteer() {
    ImmutableList.Builder<GazetteerEntry> entries = ImmutableList.builder();
    read("gazetteer.tsv", false, (line, cols) -> {
      need(cols, 4, line);
      entries.add(new GazetteerEntry(cols.get(0), cols.get(1), cols.get(2), enumValue(ActorType.class, cols.get(3), line)));
    });
    return entries.build();
  }

  private List<ConceptEntry> readConcepts() {
    ImmutableList.Builder<ConceptEntry> entries = ImmutableList.builder();
    read("concepts.tsv", false, (line, cols) -> {
      need(cols, 2, line);
      entries.add(new ConceptEntry(cols.get(0).toLowerCase(Locale.ROOT), cols.get(1).toLowerCase(Locale.ROOT)));
    });
    return entries.build();
  }

  private interface LineHandler {
    void accept(String where, List<String> columns);
  }

  private void read(String file, boolean required, LineHandler handler) {
    InputStream in = resources.apply(file);
    if (in == null) {
      if (required) {
        throw new IllegalStateException("language module " + this + " has no resource " + file);
      }
      return;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        int hash = line.indexOf('#');
        String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (n == 1 && !body.isEmpty() && body.charAt(0) == '\uFEFF') {
          body = body.substring(1);
        }
        if (body.isEmpty()) {
          continue;
        }
        String where = language + "/" + file + ":" + n;
        try {
          handler.accept(where, TAB.splitToList(body));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + language + "/" + file, e);
    }
  }

  private static void need(List<String> cols, int n, String where) {
    if (cols.size() < n) {
      throw new IllegalArgumentException("expected " + n + " tab-separated columns, found " + cols.size());
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String where) {
    try {
      return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + name + "' is not a " + type.getSimpleName());
    }
  }
}
