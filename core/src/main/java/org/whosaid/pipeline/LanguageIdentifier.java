package org.whosaid.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.whosaid.spi.LanguageModule;
import org.whosaid.spi.ResourceLanguageModule;

/**
 * Picks the language of a text by asking each module how much the text looks like its language.
 *
 * <p>Modules that identify as {@link ResourceLanguageModule} does by default (the share of the
 * words among the first {@value ResourceLanguageModule#IDENTIFY_SAMPLE} characters that are its stopwords) are answered together
 * from the text's {@link Tokens}, which extraction needs anyway: one lookup per word in a table of
 * every such module's stopwords, instead of a pass over the text per module. The scores are
 * exactly those the modules' own {@code identify} gives.
 */
public final class LanguageIdentifier {

  /** Below this score no module is confident enough. */
  static final double MIN_SCORE = 0.05;

  private final List<LanguageModule> modules;
  /** Per module, its bit in {@link #stopwordModules} if it identifies by stopwords as by default, else 0. */
  private final int[] bits;
  /** The stopwords of the modules that identify by default. */
  private final WordTable stopwords;
  /** Per stopword, the bits of the modules that list it. */
  private final int[] stopwordModules;

  public LanguageIdentifier(List<LanguageModule> modules) {
    this.modules = List.copyOf(modules);
    this.bits = new int[this.modules.size()];
    Set<String> all = new LinkedHashSet<>();
    int bit = 1;
    for (int i = 0; i < bits.length && bit != 0; i++) {
      if (identifiesByDefault(this.modules.get(i))) {
        bits[i] = bit;
        bit <<= 1;
        all.addAll(((ResourceLanguageModule) this.modules.get(i)).stopwords());
      }
    }
    List<String> words = new ArrayList<>(all);
    this.stopwords = new WordTable(words);
    this.stopwordModules = new int[words.size()];
    for (int i = 0; i < bits.length; i++) {
      if (bits[i] != 0) {
        for (String w : ((ResourceLanguageModule) this.modules.get(i)).stopwords()) {
          stopwordModules[stopwords.find(w)] |= bits[i];
        }
      }
    }
  }

  /** Whether the module identifies as {@link ResourceLanguageModule#identify} does, by its {@code stopwords()}. */
  private static boolean identifiesByDefault(LanguageModule m) {
    if (!(m instanceof ResourceLanguageModule)) {
      return false;
    }
    try {
      return m.getClass().getMethod("identify", CharSequence.class).getDeclaringClass() == ResourceLanguageModule.class
          && m.getClass().getMethod("stopwords").getDeclaringClass() == ResourceLanguageModule.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The best-scoring language, if any module scores at least {@link #MIN_SCORE}. */
  public Optional<String> identify(CharSequence text) {
    double[] scores = new double[modules.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = modules.get(i).identify(text);
    }
    return best(scores);
  }

  /** {@link #identify(CharSequence)} of the text of {@code t}, the default modules answered from its tokens. */
  public Optional<String> identify(Tokens t) {
    int[] hits = new int[Integer.SIZE];
    int words = 0;
    char[] text = t.chars();
    int limit = Math.min(text.length, ResourceLanguageModule.IDENTIFY_SAMPLE);
    for (int k = 0; k < t.size() && t.start(k) < limit; k++) {
      int s = t.start(k);
      int e = Math.min(t.end(k), limit);
      int i = s;
      while (i < e && isLetter(text[i])) {
        i++;
      }
      if (i == e && e == t.end(k)) {
        words++; // a word of letters only: its hash is the token's
        count(stopwords.find(text, s, e, t.lowerHash(k)), hits);
        continue;
      }
      // letters among digits, marks, joiners or the sample's end: each run of letters is a word
      for (i = s; i < e; i++) {
        if (isLetter(text[i])) {
          int from = i;
          int h = 0;
          while (i < e && isLetter(text[i])) {
            h = 31 * h + Tokens.lowerCase(text[i]);
            i++;
          }
          words++;
          count(stopwords.find(text, from, i, h), hits);
        }
      }
    }
    double[] scores = new double[modules.size()];
    for (int m = 0; m < scores.length; m++) {
      if (bits[m] == 0) {
        scores[m] = modules.get(m).identify(t.text());
      } else {
        scores[m] = words == 0 ? 0 : (double) hits[Integer.numberOfTrailingZeros(bits[m])] / words;
      }
    }
    return best(scores);
  }

  private void count(int stopword, int[] hits) {
    if (stopword != WordTable.ABSENT) {
      for (int b = stopwordModules[stopword]; b != 0; b &= b - 1) {
        hits[Integer.numberOfTrailingZeros(b)]++;
      }
    }
  }

  /** {@link Character#isLetter(char)}, as the default identification reads words. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      int l = c | 0x20;
      return l >= 'a' && l <= 'z';
    }
    return Character.isLetter(c);
  }

  private Optional<String> best(double[] scores) {
    String best = null;
    double bestScore = MIN_SCORE;
    for (int i = 0; i < scores.length; i++) {
      LanguageModule m = modules.get(i);
      double s = scores[i];
      if (s > bestScore || (s == bestScore && best != null && m.language().compareTo(best) < 0)) {
        best = m.language();
        bestScore = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
