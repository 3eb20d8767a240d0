package org.whosaid;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.whosaid.link.ActorLinker;
import org.whosaid.link.ClaimClusterer;
import org.whosaid.link.CorpusActor;
import org.whosaid.link.Evidence;
import org.whosaid.link.EvidenceReader;
import org.whosaid.link.Gazetteer;
import org.whosaid.model.ActorKey;
import org.whosaid.model.Article;
import org.whosaid.model.Claim;
import org.whosaid.model.Statement;
import org.whosaid.spi.LanguageModule;

/**
 * Many articles read together: the same actor across articles and languages, and the claims that
 * statements from different articles and languages share.
 *
 * <pre>{@code
 * Corpus corpus = whoSaid.corpus()
 *     .add(Article.of("000.txt", dutchText))
 *     .add(Article.of("004.txt", englishText));
 * corpus.addAll(articles.parallelStream());          // or a stream, from many threads
 * for (CorpusActor a : corpus.actors()) {
 *   System.out.println(a.name() + " " + a.aliases());   // Dmytro Kuleba [Dmitro Koeleba (nl) 2, ...]
 * }
 * for (Claim c : corpus.claims()) {
 *   System.out.println(c.languages() + " " + c.summary());
 * }
 * }</pre>
 *
 * <p>Adding is thread-safe, and the heavy work (extraction, finding mentions, reading evidence) is
 * done outside any lock. A corpus keeps the statements and, per article, its actors' names and
 * counts: never the article text, so memory grows with the statements kept. {@link #actors()} and
 * {@link #claims()} link everything added so far; the claims are grouped without comparing every
 * pair of statements (see {@link ClaimClusterer}). They do not depend on the order the articles
 * were added in, nor on how many threads added them: everything is linked in the order of article
 * id (then of text, for two articles with one id).
 */
public final class Corpus {

  private final WhoSaid whoSaid;
  private final Gazetteer gazetteer;
  private final ClaimClusterer clusterer;
  private final ActorLinker linker;
  private final Map<String, EvidenceReader> readers = new LinkedHashMap<>();
  private final List<Kept> kept = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private int version;
  private Snapshot cache;

  /**
   * A statement kept with what it takes to link it: its article's fingerprint (see
   * {@link ActorLinker#fingerprint}), its speaker's actor record and its evidence.
   */
  private record Kept(Statement statement, long fingerprint, int record, Evidence evidence) {}

  /** Article id, text fingerprint, then place in the article: the order of adding plays no part. */
  private static final Comparator<Kept> CANONICAL = Comparator.comparing((Kept k) -> k.statement.articleId())
      .thenComparingLong(Kept::fingerprint).thenComparing(Kept::statement);

  /**
   * An article that was not added because it could not be processed.
   *
   * @param articleId the article's id
   * @param reason    why
   */
  public record Skipped(String articleId, String reason) {
    public Skipped {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private Corpus(Builder b, Map<String, LanguageModule> modules) {
    this.whoSaid = b.whoSaid;
    this.gazetteer = b.gazetteer != null ? b.gazetteer : Gazetteer.of(modules.values());
    this.clusterer = b.clusterer != null ? b.clusterer : ClaimClusterer.create();
    this.linker = ActorLinker.create(modules.values(), gazetteer);
    modules.forEach((code, m) -> readers.put(code, EvidenceReader.of(m, gazetteer)));
  }

  /** An empty corpus whose articles {@code whoSaid} extracts, with the default gazetteer. */
  public static Corpus of(WhoSaid whoSaid) {
    return builder(whoSaid).build();
  }

  /** Starts configuring a corpus whose articles {@code whoSaid} extracts. */
  public static Builder builder(WhoSaid whoSaid) {
    return new Builder(Objects.requireNonNull(whoSaid, "whoSaid"));
  }

  /** The gazetteer that names known actors. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Extracts an article and adds it; an article that cannot be processed is listed in {@link #skipped()}. */
  public Corpus add(Article article) {
    return add(whoSaid.extract(Objects.requireNonNull(article, "article")));
  }

  /** Adds an article already extracted (by this corpus's {@link WhoSaid} or another). */
  public Corpus add(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    Article article = extraction.article();
    if (!extraction.processed()) {
      synchronized (this) {
        skipped.add(new Skipped(article.id(), extraction.skipReason().orElse("not processed")));
      }
      return this;
    }
    String language = extraction.language().orElseThrow();
    EvidenceReader reader = readers.get(language);
    if (reader == null) {
      throw new IllegalStateException("no language module for '" + language + "' in this corpus; pass it to "
          + "Corpus.builder(whoSaid).modules(...)");
    }
    List<Statement> statements = extraction.statements();
    ActorLinker.ArticleLinks links = linker.add(article.id(), language, article.text(), extraction.actors(), statements);
    List<Kept> mine = new ArrayList<>(statements.size());
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      mine.add(new Kept(s, links.fingerprint(), links.speakerRecords()[i], reader.read(s.content(), links.names())));
    }
    synchronized (this) {
      kept.addAll(mine);
      version++;
    }
    return this;
  }

  /** Extracts and adds every article of the stream; a parallel stream adds from many threads. */
  public Corpus addAll(Stream<Article> articles) {
    Objects.requireNonNull(articles, "articles").forEach(this::add);
    return this;
  }

  /** Extracts and adds every article. */
  public Corpus addAll(Iterable<Article> articles) {
    Objects.requireNonNull(articles, "articles").forEach(this::add);
    return this;
  }

  /** Number of articles added and processed. */
  public int articles() {
    return linker.articles();
  }

  /** Number of statements kept. */
  public synchronized int statements() {
    return kept.size();
  }

  /** The articles that could not be processed, with the reasons, in the order they were added. */
  public synchronized List<Skipped> skipped() {
    return List.copyOf(skipped);
  }

  /** Every actor across the articles added so far: most statements first, then most mentions. */
  public List<CorpusActor> actors() {
    return snapshot().linking.actors();
  }

  /** The corpus actor who made a statement of this corpus, if the statement has a speaker. */
  public Optional<CorpusActor> speaker(Statement statement) {
    Objects.requireNonNull(statement, "statement");
    Snapshot s = snapshot();
    for (Kept k : s.kept) {
      if (k.statement.equals(statement)) {
        return s.linking.actorOf(k.record);
      }
    }
    return Optional.empty();
  }

  /**
   * The claims of the articles added so far, largest first: every statement is in at least one
   * claim (a statement nobody else makes is a claim of its own), and one that holds two
   * propositions may be in two.
   */
  public List<Claim> claims() {
    Snapshot s = snapshot();
    synchronized (s) {
      if (s.claims == null) {
        s.claims = cluster(s);
      }
      return s.claims;
    }
  }

  private List<Claim> cluster(Snapshot s) {
    List<ClaimClusterer.Item> items = new ArrayList<>(s.kept.size());
    List<Optional<ActorKey>> speakers = new ArrayList<>(s.kept.size());
    for (Kept k : s.kept) {
      Optional<ActorKey> key = s.linking.actorOf(k.record).map(CorpusActor::key);
      speakers.add(key);
      items.add(new ClaimClusterer.Item(k.evidence, key.map(ActorKey::value), k.statement.articleId()));
    }
    List<Claim> claims = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    for (ClaimClusterer.Group g : clusterer.clusterItems(items)) {
      List<Integer> all = g.all();
      List<Claim.Member> members = new ArrayList<>(all.size());
      Map<ActorKey, Integer> actors = new LinkedHashMap<>();
      Set<String> languages = new LinkedHashSet<>();
      int summary = g.members().get(0);
      for (int i : all) {
        Statement st = s.kept.get(i).statement;
        members.add(new Claim.Member(st, st.stance()));
        speakers.get(i).ifPresent(a -> actors.merge(a, 1, Integer::sum));
        languages.add(st.language());
      }
      for (int i : g.members()) {
        if (moreComplete(s.kept.get(i), s.kept.get(summary))) {
          summary = i;
        }
      }
      List<ActorKey> byCount = new ArrayList<>(actors.keySet());
      byCount.sort(Comparator.comparingInt((ActorKey a) -> -actors.get(a)));
      Statement sum = s.kept.get(summary).statement;
      claims.add(new Claim(claimId(sum), sum.content(), members, byCount, languages));
      firsts.add(all.get(0));
    }
    Integer[] order = new Integer[claims.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -claims.get(i).statements().size()).thenComparingInt(firsts::get));
    List<Claim> out = new ArrayList<>(claims.size());
    for (int i : order) {
      out.add(claims.get(i));
    }
    return ImmutableList.copyOf(out);
  }

  /** The statement with more evidence, then the longer one, says the proposition most completely. */
  private static boolean moreComplete(Kept a, Kept b) {
    if (a.evidence.size() != b.evidence.size()) {
      return a.evidence.size() > b.evidence.size();
    }
    return a.statement.content().length() > b.statement.content().length();
  }

  private static String claimId(Statement s) {
    return "claim-" + Hashing.murmur3_128().hashString(s.articleId() + "\u0000" + s.span().start() + "\u0000" + s.span().end(),
        StandardCharsets.UTF_8).toString().substring(0, 12);
  }

  /** Everything added so far, linked; recomputed only after something was added. */
  private Snapshot snapshot() {
    List<Kept> copy;
    int v;
    synchronized (this) {
      if (cache != null && cache.version == version) {
        return cache;
      }
      copy = new ArrayList<>(kept);
      v = version;
    }
    copy.sort(CANONICAL);
    Snapshot s = new Snapshot(v, List.copyOf(copy), linker.link());
    synchronized (this) {
      if (cache == null || cache.version < v) {
        cache = s;
      }
    }
    return s;
  }

  private static final class Snapshot {
    final int version;
    final List<Kept> kept;
    final ActorLinker.Linking linking;
    List<Claim> claims;

    Snapshot(int version, List<Kept> kept, ActorLinker.Linking linking) {
      this.version = version;
      this.kept = kept;
      this.linking = linking;
    }
  }

  @Override
  public String toString() {
    return "Corpus[" + articles() + " articles, " + statements() + " statements]";
  }

  /** Configures a {@link Corpus}; {@link #build()} checks that every language has its module. */
  public static final class Builder {
    private final WhoSaid whoSaid;
    private final List<LanguageModule> modules = new ArrayList<>();
    private Gazetteer gazetteer;
    private ClaimClusterer clusterer;

    private Builder(WhoSaid whoSaid) {
      this.whoSaid = whoSaid;
    }

    /**
     * Language modules to use in addition to (and in place of same-language) discovered ones: pass
     * the modules you gave {@link WhoSaid.Builder#modules}.
     */
    public Builder modules(LanguageModule... extra) {
      Objects.requireNonNull(extra, "modules");
      Arrays.stream(extra).map(m -> Objects.requireNonNull(m, "modules contains null")).forEach(modules::add);
      return this;
    }

    /** The gazetteer of known actors, in place of the modules' own (see {@link Gazetteer#toBuilder()}). */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /** How statements are grouped into claims, in place of {@link ClaimClusterer#create()}. */
    public Builder clusterer(ClaimClusterer clusterer) {
      this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
      return this;
    }

    public Corpus build() {
      Map<String, LanguageModule> available = new LinkedHashMap<>(WhoSaid.availableModules());
      for (LanguageModule m : modules) {
        available.put(m.language(), m);
      }
      Map<String, LanguageModule> chosen = new LinkedHashMap<>();
      for (String code : whoSaid.languages()) {
        LanguageModule m = available.get(code);
        if (m == null) {
          throw new IllegalStateException("no language module for '" + code + "' to link its articles: pass it to "
              + "Corpus.builder(whoSaid).modules(...)");
        }
        chosen.put(code, m);
      }
      return new Corpus(this, chosen);
    }
  }
}
