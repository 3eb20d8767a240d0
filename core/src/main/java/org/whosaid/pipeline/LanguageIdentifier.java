package org.whosaid.pipeline;

import java.util.List;
import java.util.Optional;
import org.whosaid.spi.LanguageModule;

/** Picks the language of a text by asking each module how much the text looks like its language. */
public final class LanguageIdentifier {

  /** Below this score no module is confident enough. */
  static final double MIN_SCORE = 0.05;

  private final List<LanguageModule> modules;

  public LanguageIdentifier(List<LanguageModule> modules) {
    this.modules = List.copyOf(modules);
  }

  /** The best-scoring language, if any module scores at least {@link #MIN_SCORE}. */
  public Optional<String> identify(CharSequence text) {
    String best = null;
    double bestScore = MIN_SCORE;
    for (LanguageModule m : modules) {
      double s = m.identify(text);
      if (s > bestScore || (s == bestScore && best != null && m.language().compareTo(best) < 0)) {
        best = m.language();
        bestScore = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
