package org.whosaid.link;

import com.carrotsearch.hppc.IntDoubleHashMap;
import com.carrotsearch.hppc.cursors.IntDoubleCursor;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.util.LongHeap;

/**
 * Groups statements that put forward the same proposition, from their {@link Evidence}, without
 * comparing every pair.
 *
 * <ol>
 *   <li><b>Weights.</b> A feature's weight is its evidence weight times its rarity,
 *       {@code ln(1 + n / max(df, 5))}: a shared rare number says more than a shared "Russia", and a
 *       word only one statement has does not drown what it shares with others.</li>
 *   <li><b>Blocking.</b> Only statements that share a feature held by at most
 *       {@link Builder#maxBlock(int)} statements are compared, so the work grows with the number of
 *       statements times the block size, not with its square.</li>
 *   <li><b>Similarity.</b> The cosine of the two weighted feature vectors; statements of two
 *       origins (articles) are compared only when the origins are related: the cosine of their
 *       statements' summed vectors is at least {@link Builder#relatedOrigins(double)}.</li>
 *   <li><b>Grouping.</b> Average-link agglomeration over the compared pairs: the two groups whose
 *       statements are most similar on average merge, while that average is at least
 *       {@link Builder#mergeThreshold(double)} (pairs never compared count as 0).</li>
 *   <li><b>Origins.</b> A group whose statements all come from one origin (article) is taken
 *       apart: a claim is what reports in two articles or more put forward.</li>
 *   <li><b>Overlap.</b> A statement that holds two propositions also joins another group when its
 *       average similarity to that group's statements is at least
 *       {@link Builder#joinThreshold(double)}; a statement left alone becomes a member of the group it
 *       is most similar to instead of a claim of its own.</li>
 * </ol>
 *
 * <pre>{@code
 * ClaimClusterer clusterer = ClaimClusterer.builder().build();
 * List<ClaimClusterer.Group> groups = clusterer.cluster(evidenceOfEachStatement);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #cluster} is deterministic for a given input order.
 */
public final class ClaimClusterer {

  /** Features held by at most this many statements count as equally rare. */
  private static final int RARE = 5;

  private final double mergeThreshold;
  private final double joinThreshold;
  private final int maxBlock;
  private final double sameSpeakerBoost;
  private final double relatedOrigins;

  private ClaimClusterer(Builder b) {
    this.mergeThreshold = b.mergeThreshold;
    this.joinThreshold = b.joinThreshold;
    this.maxBlock = b.maxBlock;
    this.sameSpeakerBoost = b.sameSpeakerBoost;
    this.relatedOrigins = b.relatedOrigins;
  }

  /** Starts a clusterer with the default thresholds. */
  public static Builder builder() {
    return new Builder();
  }

  /** A clusterer with the default thresholds. */
  public static ClaimClusterer create() {
    return builder().build();
  }

  /**
   * One group of statements: indices into the input list.
   *
   * @param members the statements grouped by the agglomeration, ascending
   * @param joined  statements of other groups that also hold this group's proposition, ascending
   */
  public record Group(List<Integer> members, List<Integer> joined) {
    public Group {
      members = ImmutableList.copyOf(members);
      joined = ImmutableList.copyOf(joined);
    }

    /** Members and joined statements, ascending. */
    public List<Integer> all() {
      List<Integer> all = new ArrayList<>(members);
      all.addAll(joined);
      all.sort(null);
      return all;
    }
  }

  /**
   * One statement to group: its evidence, who made it (an actor key, if known) and where it comes
   * from (an article id).
   */
  public record Item(Evidence evidence, Optional<String> speaker, String origin) {
    public Item {
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(origin, "origin");
    }

    /** A statement known only by its evidence. */
    public static Item of(Evidence evidence) {
      return new Item(evidence, Optional.empty(), "");
    }
  }

  /** Groups statements known only by their evidence; every statement is a member of exactly one group. */
  public List<Group> cluster(List<Evidence> evidence) {
    return clusterItems(evidence.stream().map(Item::of).toList());
  }

  /**
   * Groups the statements; every statement is a member of exactly one group. Two statements by one
   * speaker in different articles count as more similar ({@link Builder#sameSpeakerBoost(double)}):
   * a speaker repeats a point across reports, while one report gives the points of one speaker
   * one after another.
   */
  public List<Group> clusterItems(List<Item> items) {
    Objects.requireNonNull(items, "items");
    Vectors v = new Vectors(items, sameSpeakerBoost, relatedOrigins);
    Edges edges = v.similarPairs(maxBlock, Math.min(mergeThreshold, joinThreshold));
    int[] groupOf = withoutSingleOriginGroups(agglomerate(items.size(), edges), items);
    return groups(items.size(), groupOf, edges);
  }

  /** The similarity of two statements as {@link #clusterItems} sees it, with rarity from all of {@code items}. */
  public double similarity(List<Item> items, int a, int b) {
    return new Vectors(items, sameSpeakerBoost, relatedOrigins).similarity(a, b);
  }

  /**
   * Average-link agglomeration over the compared pairs. An average never grows when groups merge
   * (it is a weighted mean of the averages it is made of), so each queued average is an upper
   * bound of its groups' current one: the highest is recomputed when taken, merged when still
   * current, queued again with its current average otherwise. The compared pairs are sorted once
   * and only the averages queued again go through a heap (Lucene's {@link LongHeap}); merging moves
   * the smaller neighbour map into the larger one, so the work is O(E log E) for E compared pairs.
   *
   * @return for each statement, the smallest statement of its group
   */
  private int[] agglomerate(int n, Edges edges) {
    int[] size = new int[n];
    Arrays.fill(size, 1);
    int[] parent = new int[n];
    IntDoubleHashMap[] sums = new IntDoubleHashMap[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      sums[i] = new IntDoubleHashMap();
    }
    Edges entries = new Edges();
    long[] initial = new long[edges.size];
    int queued = 0;
    for (int e = 0; e < edges.size; e++) {
      int a = edges.a[e];
      int b = edges.b[e];
      double s = edges.similarity[e];
      sums[a].put(b, s);
      sums[b].put(a, s);
      if (s >= mergeThreshold) {
        initial[queued++] = entry(entries, a, b, s);
      }
    }
    Arrays.sort(initial, 0, queued);
    LongHeap again = new LongHeap(1024);
    int next = 0;
    while (next < queued || again.size() > 0) {
      int top = (int) (again.size() == 0 || (next < queued && initial[next] < again.top()) ? initial[next++] : again.pop());
      int a = find(parent, entries.a[top]);
      int b = find(parent, entries.b[top]);
      if (a == b) {
        continue;
      }
      double avg = sums[a].get(b) / ((double) size[a] * size[b]);
      if ((float) avg < (float) entries.similarity[top]) {
        if (avg >= mergeThreshold) {
          again.push(entry(entries, a, b, avg));
        }
        continue;
      }
      int keep = sums[a].size() >= sums[b].size() ? a : b;
      int gone = keep == a ? b : a;
      parent[gone] = keep;
      size[keep] += size[gone];
      IntDoubleHashMap into = sums[keep];
      into.remove(gone);
      for (IntDoubleCursor from : sums[gone]) {
        int c = from.key;
        if (c != keep) {
          double sum = into.addTo(c, from.value); // sums are the same whatever order the map is walked in
          sums[c].remove(gone);
          sums[c].put(keep, sum);
        }
      }
      sums[gone] = null;
    }
    int[] first = new int[n];
    Arrays.fill(first, -1);
    int[] groupOf = new int[n];
    for (int i = 0; i < n; i++) {
      int r = find(parent, i);
      if (first[r] < 0) {
        first[r] = i;
      }
      groupOf[i] = first[r];
    }
    return groupOf;
  }

  /**
   * The groups with the statements of one known origin only taken apart: a claim is a proposition
   * that reports in two articles or more put forward, and two statements of one article that
   * merely share its subject ("COVID-19", "the primary") are no claim. A statement taken out
   * stands alone, and may still join a group of several origins ({@link #groups}). Statements of
   * an unknown origin ({@link Item#of}) are grouped as before.
   */
  private static int[] withoutSingleOriginGroups(int[] groupOf, List<Item> items) {
    int n = groupOf.length;
    int[] size = new int[n];
    boolean[] severalOrigins = new boolean[n];
    for (int i = 0; i < n; i++) {
      int g = groupOf[i];
      size[g]++;
      String origin = items.get(i).origin();
      severalOrigins[g] |= origin.isEmpty() || !origin.equals(items.get(g).origin());
    }
    int[] out = groupOf.clone();
    for (int i = 0; i < n; i++) {
      if (size[groupOf[i]] > 1 && !severalOrigins[groupOf[i]]) {
        out[i] = i;
      }
    }
    return out;
  }

  /**
   * Queues a pair: its key orders the queue by average, highest first (at float precision), then
   * by the order the pairs were queued in, which the input order decides.
   */
  private static long entry(Edges entries, int a, int b, double average) {
    int id = entries.size;
    entries.add(a, b, average);
    long rank = Integer.MAX_VALUE - Float.floatToIntBits((float) average);
    return rank << 32 | id;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * The groups of the agglomeration, ascending by first member, with the statements of other
   * groups that also join them; a statement left alone moves into the group it joins best.
   */
  private List<Group> groups(int n, int[] groupOf, Edges edges) {
    int[] groupSize = new int[n];
    for (int i = 0; i < n; i++) {
      groupSize[groupOf[i]]++;
    }
    int[][] neighbours = edges.neighbours(n);
    double[][] similarities = edges.neighbourSimilarities(n, neighbours);
    Map<Integer, List<Integer>> joined = new HashMap<>();
    int[] movedTo = new int[n];
    Arrays.fill(movedTo, -1);
    Map<Integer, Double> toGroup = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      toGroup.clear();
      for (int k = 0; k < neighbours[i].length; k++) {
        int g = groupOf[neighbours[i][k]];
        if (g != groupOf[i] && groupSize[g] > 1) {
          toGroup.merge(g, similarities[i][k], Double::sum);
        }
      }
      int best = -1;
      double bestSim = 0;
      for (Map.Entry<Integer, Double> candidate : toGroup.entrySet()) {
        int g = candidate.getKey();
        double sim = candidate.getValue() / groupSize[g];
        if (sim >= joinThreshold) {
          joined.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
          if (sim > bestSim) {
            best = g;
            bestSim = sim;
          }
        }
      }
      if (best >= 0 && groupSize[groupOf[i]] == 1) {
        movedTo[i] = best;
      }
    }
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (movedTo[i] < 0) {
        members.computeIfAbsent(groupOf[i], k -> new ArrayList<>()).add(i);
      }
    }
    List<Group> out = new ArrayList<>(members.size());
    for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
      List<Integer> m = e.getValue();
      List<Integer> j = new ArrayList<>();
      for (int i : joined.getOrDefault(e.getKey(), List.of())) {
        (movedTo[i] == e.getKey() ? m : j).add(i);
      }
      m.sort(null);
      out.add(new Group(m, j));
    }
    return out;
  }

  /** The statements' weighted feature vectors, features interned as ints and sorted. */
  private static final class Vectors {
    final int[][] features;
    final double[][] weights;
    final double[] norms;
    final int[] df;
    final String[] speakers;
    /** Per statement, its origin's number; per origin, its statements' summed weights, as sorted features and a norm. */
    final int[] originOf;
    final int[][] originFeatures;
    final double[][] originWeights;
    final double[] originNorms;
    final Map<Long, Double> originSimilarity = new HashMap<>();
    final String[] origins;
    final double boost;
    final double relatedOrigins;

    Vectors(List<Item> items, double boost, double relatedOrigins) {
      int n = items.size();
      this.boost = boost;
      this.relatedOrigins = relatedOrigins;
      speakers = new String[n];
      origins = new String[n];
      Map<String, Integer> ids = new HashMap<>();
      features = new int[n][];
      double[][] raw = new double[n][];
      List<Integer> dfs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Item item = Objects.requireNonNull(items.get(i), "items contains null");
        Evidence e = item.evidence();
        speakers[i] = item.speaker().orElse(null);
        origins[i] = item.origin();
        TreeMap<Integer, Double> sorted = new TreeMap<>();
        for (int k = 0; k < e.size(); k++) {
          int id = ids.computeIfAbsent(e.name(k), name -> {
            dfs.add(0);
            return dfs.size() - 1;
          });
          sorted.put(id, (double) e.weight(k));
          dfs.set(id, dfs.get(id) + 1);
        }
        features[i] = sorted.keySet().stream().mapToInt(Integer::intValue).toArray();
        raw[i] = sorted.values().stream().mapToDouble(Double::doubleValue).toArray();
      }
      df = dfs.stream().mapToInt(Integer::intValue).toArray();
      weights = new double[n][];
      norms = new double[n];
      for (int i = 0; i < n; i++) {
        weights[i] = new double[features[i].length];
        double sq = 0;
        for (int k = 0; k < features[i].length; k++) {
          double w = raw[i][k] * Math.log1p((double) n / Math.max(RARE, df[features[i][k]]));
          weights[i][k] = w;
          sq += w * w;
        }
        norms[i] = Math.sqrt(sq);
      }
      Map<String, Integer> originIds = new HashMap<>();
      originOf = new int[n];
      List<TreeMap<Integer, Double>> sums = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int o = originIds.computeIfAbsent(origins[i], x -> {
          sums.add(new TreeMap<>());
          return sums.size() - 1;
        });
        originOf[i] = o;
        for (int k = 0; k < features[i].length; k++) {
          sums.get(o).merge(features[i][k], weights[i][k], Double::sum);
        }
      }
      originFeatures = new int[sums.size()][];
      originWeights = new double[sums.size()][];
      originNorms = new double[sums.size()];
      for (int o = 0; o < sums.size(); o++) {
        originFeatures[o] = sums.get(o).keySet().stream().mapToInt(Integer::intValue).toArray();
        originWeights[o] = sums.get(o).values().stream().mapToDouble(Double::doubleValue).toArray();
        double sq = 0;
        for (double w : originWeights[o]) {
          sq += w * w;
        }
        originNorms[o] = Math.sqrt(sq);
      }
    }

    /** The cosine of two origins' summed vectors: how much two articles' statements are about the same things. */
    double originCosine(int oa, int ob) {
      long key = (long) Math.min(oa, ob) << 32 | Math.max(oa, ob);
      Double cached = originSimilarity.get(key);
      if (cached == null) {
        double dot = dot(originFeatures[oa], originWeights[oa], originFeatures[ob], originWeights[ob]);
        cached = originNorms[oa] == 0 || originNorms[ob] == 0 ? 0 : dot / (originNorms[oa] * originNorms[ob]);
        originSimilarity.put(key, cached);
      }
      return cached;
    }

    private static double dot(int[] fa, double[] wa, int[] fb, double[] wb) {
      double dot = 0;
      int i = 0;
      int j = 0;
      while (i < fa.length && j < fb.length) {
        if (fa[i] == fb[j]) {
          dot += wa[i++] * wb[j++];
        } else if (fa[i] < fb[j]) {
          i++;
        } else {
          j++;
        }
      }
      return dot;
    }

    double similarity(int a, int b) {
      double s = cosine(a, b);
      if (originOf[a] != originOf[b] && originCosine(originOf[a], originOf[b]) < relatedOrigins) {
        return 0; // statements of two articles about other things put forward no common claim
      }
      if (speakers[a] != null && speakers[a].equals(speakers[b]) && !origins[a].equals(origins[b])) {
        s = Math.min(1, s * (1 + boost));
      }
      return s;
    }

    double cosine(int a, int b) {
      if (norms[a] == 0 || norms[b] == 0) {
        return 0;
      }
      int[] fa = features[a];
      int[] fb = features[b];
      double dot = 0;
      int i = 0;
      int j = 0;
      while (i < fa.length && j < fb.length) {
        if (fa[i] == fb[j]) {
          dot += weights[a][i++] * weights[b][j++];
        } else if (fa[i] < fb[j]) {
          i++;
        } else {
          j++;
        }
      }
      return dot / (norms[a] * norms[b]);
    }

    /** Pairs a &lt; b sharing a feature of at most maxBlock statements, with similarity at least min. */
    Edges similarPairs(int maxBlock, double min) {
      int n = features.length;
      int[][] postings = new int[df.length][];
      int[] fill = new int[df.length];
      for (int f = 0; f < df.length; f++) {
        postings[f] = df[f] >= 2 && df[f] <= maxBlock ? new int[df[f]] : null;
      }
      for (int i = 0; i < n; i++) {
        for (int f : features[i]) {
          if (postings[f] != null) {
            postings[f][fill[f]++] = i;
          }
        }
      }
      Edges out = new Edges();
      boolean[] seen = new boolean[n];
      int[] touched = new int[n];
      for (int a = 0; a < n; a++) {
        int count = 0;
        for (int f : features[a]) {
          int[] p = postings[f];
          if (p == null) {
            continue;
          }
          for (int k = p.length - 1; k >= 0 && p[k] > a; k--) {
            int b = p[k];
            if (!seen[b]) {
              seen[b] = true;
              touched[count++] = b;
            }
          }
        }
        for (int t = 0; t < count; t++) {
          int b = touched[t];
          seen[b] = false;
          double s = similarity(a, b);
          if (s >= min) {
            out.add(a, b, s);
          }
        }
      }
      return out;
    }
  }

  /** Compared pairs of statements and their similarity, in growable primitive arrays. */
  private static final class Edges {
    int[] a = new int[1024];
    int[] b = new int[1024];
    double[] similarity = new double[1024];
    int size;

    /** For each statement, the statements it was compared with and found similar, ascending. */
    int[][] neighbours(int n) {
      int[] degree = new int[n];
      for (int e = 0; e < size; e++) {
        degree[a[e]]++;
        degree[b[e]]++;
      }
      int[][] out = new int[n][];
      for (int i = 0; i < n; i++) {
        out[i] = new int[degree[i]];
        degree[i] = 0;
      }
      for (int e = 0; e < size; e++) {
        out[a[e]][degree[a[e]]++] = b[e];
        out[b[e]][degree[b[e]]++] = a[e];
      }
      for (int[] row : out) {
        Arrays.sort(row);
      }
      return out;
    }

    /** The similarity of each pair of {@link #neighbours}. */
    double[][] neighbourSimilarities(int n, int[][] neighbours) {
      double[][] out = new double[n][];
      for (int i = 0; i < n; i++) {
        out[i] = new double[neighbours[i].length];
      }
      for (int e = 0; e < size; e++) {
        out[a[e]][Arrays.binarySearch(neighbours[a[e]], b[e])] = similarity[e];
        out[b[e]][Arrays.binarySearch(neighbours[b[e]], a[e])] = similarity[e];
      }
      return out;
    }

    void add(int x, int y, double s) {
      if (size == a.length) {
        int grown = size + (size >> 1);
        a = Arrays.copyOf(a, grown);
        b = Arrays.copyOf(b, grown);
        similarity = Arrays.copyOf(similarity, grown);
      }
      a[size] = x;
      b[size] = y;
      similarity[size++] = s;
    }
  }

  /** Configures a {@link ClaimClusterer}; {@link #build()} checks the thresholds. */
  public static final class Builder {
    private double mergeThreshold = 0.15;
    private double joinThreshold = 0.3;
    private int maxBlock = 256;
    private double sameSpeakerBoost = 1.0;
    private double relatedOrigins = 0.3;

    private Builder() {}

    /** Least average similarity at which two groups merge, in (0, 1]. */
    public Builder mergeThreshold(double t) {
      this.mergeThreshold = t;
      return this;
    }

    /** Least average similarity at which a statement also joins another group, in (0, 1]. */
    public Builder joinThreshold(double t) {
      this.joinThreshold = t;
      return this;
    }

    /** Features held by more statements than this are not used to find candidate pairs (at least 2). */
    public Builder maxBlock(int n) {
      this.maxBlock = n;
      return this;
    }

    /** How much more similar two statements by one speaker in different articles are: 1 doubles it (at least 0). */
    /**
     * How similar two origins (articles) must be, as the cosine of their statements' summed
     * feature vectors, for their statements to be compared at all (default 0.3; 0 compares all):
     * reports of one event share names, numbers and concepts, while two articles about other
     * things share a word or two by chance ("COVID-19", "death"), which makes no common claim.
     */
    public Builder relatedOrigins(double minCosine) {
      this.relatedOrigins = minCosine;
      return this;
    }

    public Builder sameSpeakerBoost(double boost) {
      this.sameSpeakerBoost = boost;
      return this;
    }

    public ClaimClusterer build() {
      if (!(sameSpeakerBoost >= 0) || Double.isInfinite(sameSpeakerBoost)) {
        throw new IllegalStateException("sameSpeakerBoost must be finite and at least 0, not " + sameSpeakerBoost);
      }
      if (!(relatedOrigins >= 0 && relatedOrigins <= 1)) {
        throw new IllegalStateException("relatedOrigins must be in [0, 1], not " + relatedOrigins);
      }
      if (!(mergeThreshold > 0 && mergeThreshold <= 1)) {
        throw new IllegalStateException("mergeThreshold must be in (0, 1], not " + mergeThreshold);
      }
      if (!(joinThreshold > 0 && joinThreshold <= 1)) {
        throw new IllegalStateException("joinThreshold must be in (0, 1], not " + joinThreshold);
      }
      if (maxBlock < 2) {
        throw new IllegalStateException("maxBlock must be at least 2, not " + maxBlock);
      }
      return new ClaimClusterer(this);
    }
  }
}
