package org.whosaid.jmh;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.whosaid.WhoSaid;
import org.whosaid.model.ActorType;
import org.whosaid.model.Article;
import org.whosaid.pipeline.ActorKeys;
import org.whosaid.pipeline.LanguageRules;
import org.whosaid.pipeline.Quote;
import org.whosaid.pipeline.QuoteScanner;
import org.whosaid.pipeline.Tokens;
import org.whosaid.spi.GazetteerEntry;
import org.whosaid.spi.LanguageModule;
import org.whosaid.testing.SharedCorpus;

/**
 * The pipeline stages, one benchmark each, over every text of one language of
 * {@code ../shared/corpus} (or, without it, the bundled sample articles): one operation is one
 * pass over all the texts of the language, so {@code chars per op / time per op} is the stage's
 * throughput. {@link #luceneStandardTokenizer} is the yardstick {@code bench} compares with.
 *
 * <p>Run with {@code mvn -B -Pjmh -DskipTests verify} (options: {@code -Djmh.args="..."}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineStagesBenchmark {

  private static final int MAX_NAMES = 2000;

  @Param({"nl", "no", "en"})
  public String language;

  private WhoSaid whoSaid;
  private List<String> texts;
  private List<Article> labelled;
  private List<Article> unlabelled;
  private QuoteScanner scanner;
  private List<List<Quote>> quotes;
  /** Each text's words, as the quote scanner reads them. */
  private List<Tokens> words;
  private LanguageRules rules;
  private ActorKeys actorKeys;
  private List<String> names;
  private final StandardTokenizer tokenizer = new StandardTokenizer();

  @Setup
  public void setUp() {
    whoSaid = WhoSaid.create();
    LanguageModule module = WhoSaid.availableModules().get(language);
    texts = SharedCorpus.texts(Optional.of(language)).stream().map(SharedCorpus.Text::text).toList();
    if (texts.isEmpty()) {
      texts = sampleArticles(language);
    }
    labelled = new ArrayList<>();
    unlabelled = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      labelled.add(Article.builder().id("a" + i).text(texts.get(i)).language(language).build());
      unlabelled.add(Article.builder().id("a" + i).text(texts.get(i)).build());
    }
    scanner = new QuoteScanner(module.quoteRules());
    words = texts.stream().map(Tokens::words).toList();
    quotes = words.stream().map(scanner::scan).toList();
    rules = new LanguageRules(module);
    actorKeys = new ActorKeys(module);
    names = names(module, texts);
    long chars = texts.stream().mapToLong(String::length).sum();
    System.err.printf("%n[%s] %d texts, %d chars per op, %d names for actorKeys%n", language, texts.size(), chars, names.size());
  }

  @Benchmark
  public void luceneStandardTokenizer(Blackhole bh) throws IOException {
    for (String text : texts) {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        bh.consume(1);
      }
      tokenizer.end();
      tokenizer.close();
    }
  }

  @Benchmark
  public void languageIdentification(Blackhole bh) {
    for (String text : texts) {
      bh.consume(whoSaid.identifyLanguage(text));
    }
  }

  @Benchmark
  public void quoteScanning(Blackhole bh) {
    for (Tokens t : words) {
      bh.consume(scanner.scan(t));
    }
  }

  @Benchmark
  public void tokensAndSentences(Blackhole bh) {
    for (int i = 0; i < texts.size(); i++) {
      bh.consume(Tokens.of(texts.get(i), quotes.get(i), rules));
    }
  }

  /** Attribution, reported speech and actors: the whole extraction of an article of known language. */
  @Benchmark
  public void extraction(Blackhole bh) {
    for (Article a : labelled) {
      bh.consume(whoSaid.extract(a));
    }
  }

  /** What {@code extract} and {@code bench} do: identify the language, then extract. */
  @Benchmark
  public void extractionIdentifyingLanguage(Blackhole bh) {
    for (Article a : unlabelled) {
      bh.consume(whoSaid.extract(a));
    }
  }

  @Benchmark
  public void actorKeys(Blackhole bh) {
    for (String name : names) {
      bh.consume(actorKeys.key(name, ActorType.PERSON));
    }
  }

  /** Gazetteer forms and runs of two or three capitalised words of the texts, as actor names. */
  private static List<String> names(LanguageModule module, List<String> texts) {
    Set<String> names = new LinkedHashSet<>();
    module.gazetteer().stream().map(GazetteerEntry::form).forEach(names::add);
    for (String text : texts) {
      String[] words = text.split("[\\s\\p{Punct}«»“”„]+");
      for (int i = 1; i + 1 < words.length && names.size() < MAX_NAMES; i++) {
        if (capitalised(words[i]) && capitalised(words[i + 1])) {
          names.add(i + 2 < words.length && capitalised(words[i + 2])
              ? words[i] + " " + words[i + 1] + " " + words[i + 2] : words[i] + " " + words[i + 1]);
        }
      }
    }
    return List.copyOf(names);
  }

  private static boolean capitalised(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1));
  }

  /** The bundled sample articles in this language, when the shared corpus is absent. */
  private List<String> sampleArticles(String lang) {
    Path dir = Path.of("articles");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("examples", "articles");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> found = new ArrayList<>();
      for (Path f : files.sorted().toList()) {
        String text = Files.readString(f);
        if (whoSaid.identifyLanguage(text).filter(lang::equals).isPresent()) {
          found.add(text);
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("no ../shared/corpus and no sample articles in " + dir.toAbsolutePath(), e);
    }
  }
}
