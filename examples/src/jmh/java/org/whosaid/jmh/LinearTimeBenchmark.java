package org.whosaid.jmh;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.whosaid.Extraction;
import org.whosaid.WhoSaid;
import org.whosaid.model.Article;
import org.whosaid.testing.SharedCorpus;

/**
 * Time to extract one article of {@value #BASE_CHARS} characters ({@code size} 1) and of the same
 * text ten times over ({@code size} 10), for real news and for texts that stress one stage each: thousands of
 * unmatched quote marks, quoted words one after another in one endless sentence, empty quotes
 * without a word, runs of commas, one endless word without spaces, endless runs of capitalised
 * words, a speech verb in every clause, a source phrase before every quote, and reported clauses
 * joined by "en" into one endless sentence. Linear work means the 10x article takes about
 * ten times as long (the target: at most 11x).
 *
 * <p>Run with {@code mvn -B -Pjmh -DskipTests verify -Djmh.args="LinearTimeBenchmark"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LinearTimeBenchmark {

  static final int BASE_CHARS = 20_000;

  /** A sentence of each language when the shared corpus is absent. */
  private static final String NEWS_FALLBACK = ",,We geloven het als we zien”, zei de Oekraïense minister Dmitro Koeleba "
      + "dinsdag. Het Kremlin ontkende dat er plannen waren, zei woordvoerder Dmitri Peskov.\n";

  @Param({"news", "unmatchedMarks", "quotedRuns", "emptyQuotes", "commas", "noSpaces", "capitalisedRuns", "cues",
      "sourcePhrases", "reportedClauses"})
  public String text;

  @Param({"1", "10"})
  public int size;

  private WhoSaid whoSaid;
  private Article article;

  @Setup
  public void setUp() {
    whoSaid = WhoSaid.create();
    String pattern;
    String language = "nl";
    switch (text) {
      case "news":
        List<SharedCorpus.Text> news = SharedCorpus.texts(Optional.of("nl"));
        pattern = news.isEmpty() ? NEWS_FALLBACK : String.join("\n", news.stream().map(SharedCorpus.Text::text).toList());
        break;
      case "unmatchedMarks":
        pattern = "“ ‘ « ,, „ \" ' ‹ - ” ’ » '' › ";
        break;
      case "quotedRuns":
        pattern = "“a” ";
        break;
      case "emptyQuotes":
        pattern = "“” ";
        break;
      case "sourcePhrases":
        pattern = "volgens het ministerie: “a” ";
        break;
      case "reportedClauses":
        pattern = "De minister zei dat het goed ging en ";
        break;
      case "commas":
        pattern = ",,,,,,";
        break;
      case "noSpaces":
        pattern = "abcdefghijKLMNOPqrstuvwxyz";
        break;
      case "capitalisedRuns":
        pattern = "Jan Peter Kees van Rusland Koeleba Poetin ";
        break;
      case "cues":
        pattern = " zei hij, meldt Interfax, volgens het ministerie, verklaarde zij dat ";
        language = "nl";
        break;
      default:
        throw new IllegalArgumentException("no text " + text);
    }
    // the 1x text is the pattern repeated to BASE_CHARS characters; the 10x text is that text ten times
    String base = pattern.repeat(BASE_CHARS / pattern.length() + 1).substring(0, BASE_CHARS);
    String body = base.repeat(size);
    article = Article.builder().id(text + "-" + size).text(body).language(language).build();
  }

  @Benchmark
  public Extraction extract() {
    return whoSaid.extract(article);
  }
}
