package org.whosaid.jmh;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.whosaid.WhoSaid;
import org.whosaid.link.ClaimClusterer;
import org.whosaid.link.EvidenceReader;
import org.whosaid.link.Gazetteer;
import org.whosaid.spi.ConceptEntry;
import org.whosaid.spi.GazetteerEntry;
import org.whosaid.spi.LanguageModule;

/**
 * Claim clustering ({@link ClaimClusterer#clusterItems}) of many statements: one operation groups
 * them all. The statements are synthetic but read like news: each puts forward one of
 * {@code statements / 4} propositions (two to five concepts, one or two gazetteer actors, sometimes
 * a number), written in Dutch, Norwegian or English with the languages' own words for the concepts
 * and the actors, among one to four other concept words and one to six words of a long tail of
 * twenty thousand (about the make-up of the evidence of real statements); four statements make
 * an article in one language, and each statement has one of {@code statements / 20} speakers, most
 * often its proposition's. Their evidence is read by the real {@link EvidenceReader}s before the
 * measurement. Frequency follows Zipf's law everywhere, so a few actors (Russia, the US) and
 * concepts are in very many statements, as in real news.
 *
 * <p>Run with {@code mvn -B -Pjmh -DskipTests verify -Djmh.args="ClaimClusteringBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ClaimClusteringBenchmark {

  private static final List<String> LANGUAGES = List.of("nl", "no", "en");
  private static final int PER_ARTICLE = 4;
  private static final int TAIL_WORDS = 20_000;

  @Param({"10000", "100000"})
  public int statements;

  private List<ClaimClusterer.Item> items;
  private final ClaimClusterer clusterer = ClaimClusterer.create();

  /** One language's words: for each shared concept its words, for each shared actor its forms, and filler. */
  private record Words(Map<String, List<String>> concepts, Map<String, List<String>> actors, List<String> filler, Zipf fillerRank,
      List<String> tail, Zipf tailRank) {}

  /** What a statement puts forward: concepts, actors, perhaps a number, and who mostly says it. */
  private record Proposition(List<String> concepts, List<String> actors, Optional<String> number, String speaker) {}

  @Setup
  public void setUp() {
    Random random = new Random(20_260_215L);
    Map<String, LanguageModule> modules = WhoSaid.availableModules();
    Gazetteer gazetteer = Gazetteer.of(modules.values());
    Map<String, Words> words = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      words.put(language, words(modules.get(language), random));
    }
    List<String> concepts = shared(words, Words::concepts);
    List<String> actors = shared(words, Words::actors);
    Collections.shuffle(concepts, random);
    Collections.shuffle(actors, random);
    Zipf conceptRank = new Zipf(concepts.size(), random);
    Zipf actorRank = new Zipf(actors.size(), random);
    int speakers = Math.max(1, statements / 20);
    Zipf speakerRank = new Zipf(speakers, random);

    List<Proposition> propositions = new ArrayList<>();
    for (int p = 0; p < Math.max(1, statements / 4); p++) {
      List<String> cs = new ArrayList<>();
      for (int k = 2 + random.nextInt(4); k > 0; k--) {
        cs.add(concepts.get(conceptRank.next()));
      }
      List<String> as = new ArrayList<>();
      for (int k = 1 + random.nextInt(2); k > 0; k--) {
        as.add(actors.get(actorRank.next()));
      }
      Optional<String> number = random.nextInt(4) == 0 ? Optional.of(Integer.toString(1 + random.nextInt(100_000))) : Optional.empty();
      propositions.add(new Proposition(cs, as, number, "speaker-" + speakerRank.next()));
    }
    Zipf propositionRank = new Zipf(propositions.size(), random);

    Map<String, EvidenceReader> readers = new TreeMap<>();
    LANGUAGES.forEach(l -> readers.put(l, EvidenceReader.of(modules.get(l), gazetteer)));
    items = new ArrayList<>(statements);
    String language = LANGUAGES.get(0);
    for (int i = 0; i < statements; i++) {
      if (i % PER_ARTICLE == 0) {
        language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
      }
      Proposition p = propositions.get(random.nextInt(4) == 0 ? random.nextInt(propositions.size()) : propositionRank.next());
      String text = statement(p, words.get(language), random);
      String speaker = random.nextInt(10) < 7 ? p.speaker() : "speaker-" + speakerRank.next();
      items.add(new ClaimClusterer.Item(readers.get(language).read(text), Optional.of(speaker), "article-" + i / PER_ARTICLE));
    }
  }

  @Benchmark
  public List<ClaimClusterer.Group> cluster() {
    return clusterer.clusterItems(items);
  }

  /** A statement of the proposition: most of its concepts and actors in this language, filler around them. */
  private static String statement(Proposition p, Words w, Random random) {
    List<String> parts = new ArrayList<>();
    for (String c : p.concepts()) {
      if (random.nextInt(5) > 0) {
        parts.add(pick(w.concepts().get(c), random));
      }
    }
    for (String a : p.actors()) {
      parts.add(pick(w.actors().get(a), random));
    }
    p.number().ifPresent(parts::add);
    for (int k = 1 + random.nextInt(4); k > 0; k--) {
      parts.add(w.filler().get(w.fillerRank().next()));
    }
    for (int k = 1 + random.nextInt(6); k > 0; k--) {
      parts.add(w.tail().get(w.tailRank().next()));
    }
    Collections.shuffle(parts, random);
    return String.join(" ", parts) + ".";
  }

  private static String pick(List<String> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }

  private static Words words(LanguageModule m, Random random) {
    Map<String, List<String>> concepts = new TreeMap<>();
    List<String> filler = new ArrayList<>();
    for (ConceptEntry e : m.concepts()) {
      String word = e.word().endsWith("*") ? e.word().substring(0, e.word().length() - 1) : e.word();
      concepts.computeIfAbsent(e.concept(), k -> new ArrayList<>()).add(word);
      filler.add(word);
    }
    Map<String, List<String>> actors = new TreeMap<>();
    for (GazetteerEntry e : m.gazetteer()) {
      actors.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e.form());
    }
    List<String> tail = new ArrayList<>(TAIL_WORDS);
    for (int i = 0; i < TAIL_WORDS; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 5 + random.nextInt(5); k > 0; k--) {
        b.append((char) ('a' + random.nextInt(26)));
      }
      tail.add(b.toString());
    }
    Collections.shuffle(filler, random);
    return new Words(concepts, actors, filler, new Zipf(filler.size(), random), tail, new Zipf(tail.size(), random));
  }

  /** The keys every language has words for. */
  private static List<String> shared(Map<String, Words> words, java.util.function.Function<Words, Map<String, List<String>>> of) {
    List<String> out = new ArrayList<>();
    Words first = words.values().iterator().next();
    for (String k : of.apply(first).keySet()) {
      if (words.values().stream().allMatch(w -> of.apply(w).containsKey(k))) {
        out.add(k);
      }
    }
    return out;
  }

  /** Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1). */
  private static final class Zipf {
    private final double[] cumulative;
    private final Random random;

    Zipf(int n, Random random) {
      this.random = random;
      cumulative = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += 1.0 / (i + 1);
        cumulative[i] = sum;
      }
    }

    int next() {
      double x = random.nextDouble() * cumulative[cumulative.length - 1];
      int i = java.util.Arrays.binarySearch(cumulative, x);
      return i >= 0 ? i : Math.min(cumulative.length - 1, -i - 1);
    }
  }
}
