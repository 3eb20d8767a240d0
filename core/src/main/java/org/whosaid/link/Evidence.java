package org.whosaid.link;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a statement says, as language-independent features with weights: gazetteer entities and
 * actors it names ({@code e:Q159}), concepts ({@code c:troops}), numbers ({@code n:100000}) and
 * cognate stems ({@code w:optim}). Two statements in different languages that put forward the same
 * proposition share many of them.
 *
 * <pre>{@code
 * Evidence e = EvidenceReader.of(dutchModule, gazetteer).read("Als we troepen zien vertrekken, geloven we in de-escalatie.");
 * e.features().keySet();   // [c:believe, c:deescalation, c:see, c:troops, c:withdrawal]
 * }</pre>
 *
 * <p>Immutable and compact: feature names are shared between all evidence, so a corpus of many
 * statements keeps a few hundred bytes for each.
 */
public final class Evidence {

  private static final Interner<String> NAMES = Interners.newWeakInterner();
  private static final Evidence NONE = new Evidence(new String[0], new float[0]);

  private final String[] names;
  private final float[] weights;

  private Evidence(String[] names, float[] weights) {
    this.names = names;
    this.weights = weights;
  }

  /** Evidence with these features and weights (each greater than 0). */
  public static Evidence of(Map<String, ? extends Number> features) {
    Objects.requireNonNull(features, "features");
    TreeMap<String, Float> sorted = new TreeMap<>();
    features.forEach((f, w) -> {
      Objects.requireNonNull(f, "feature");
      double v = Objects.requireNonNull(w, "weight").doubleValue();
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("feature " + f + " has weight " + w + "; weights must be finite and greater than 0");
      }
      sorted.put(f, (float) v);
    });
    String[] n = new String[sorted.size()];
    float[] w = new float[sorted.size()];
    int i = 0;
    for (Map.Entry<String, Float> e : sorted.entrySet()) {
      n[i] = NAMES.intern(e.getKey());
      w[i++] = e.getValue();
    }
    return new Evidence(n, w);
  }

  /** Evidence without features. */
  public static Evidence none() {
    return NONE;
  }

  /** The features and their weights, sorted by feature. */
  public Map<String, Double> features() {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builderWithExpectedSize(names.length);
    for (int i = 0; i < names.length; i++) {
      b.put(names[i], (double) weights[i]);
    }
    return b.build();
  }

  /** Number of features. */
  public int size() {
    return names.length;
  }

  /** Whether there is no evidence at all. */
  public boolean isEmpty() {
    return names.length == 0;
  }

  /** Whether the evidence has this feature. */
  public boolean has(String feature) {
    return Arrays.binarySearch(names, feature) >= 0;
  }

  /** This evidence with one more feature; an existing weight is kept if larger. */
  public Evidence with(String feature, double weight) {
    Map<String, Double> m = new TreeMap<>(features());
    m.merge(feature, weight, Math::max);
    return of(m);
  }

  String name(int i) {
    return names[i];
  }

  float weight(int i) {
    return weights[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence e && Arrays.equals(names, e.names) && Arrays.equals(weights, e.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(names) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return features().toString();
  }
}
