package org.whosaid.examples.german;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.whosaid.spi.ResourceLanguageModule;

/**
 * A small German module for tutorial 6, living only in the examples: quote marks „…“ and »…«, a
 * dozen speech verbs, pronouns and articles, all as resource files next to this class. It is
 * registered in {@code META-INF/services/org.whosaid.spi.LanguageModule}; core is untouched.
 */
public final class GermanLanguageModule extends ResourceLanguageModule {

  public GermanLanguageModule() {
    super("de", "German", name -> GermanLanguageModule.class.getResourceAsStream(name));
  }

  @Override
  protected Analyzer createAnalyzer() {
    return new GermanAnalyzer();
  }

  @Override
  public boolean verbSecond() {
    return true;
  }

  /** German writes compounds as one word ("Verteidigungsministerium"), as Dutch and Norwegian do. */
  @Override
  public boolean closedCompounds() {
    return true;
  }
}
