package org.whosaid.lang.nl;

import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.whosaid.spi.ResourceLanguageModule;

/**
 * Dutch for whosaid. Its rules are the resource files next to this class: quote marks
 * ({@code quotes.tsv}), speech verbs ({@code cues.tsv}), closed word classes ({@code words.tsv}),
 * titles, organisation nouns, abbreviations, stopwords, name spelling, gazetteer and concepts.
 */
public final class DutchLanguageModule extends ResourceLanguageModule {

  public DutchLanguageModule() {
    super("nl", "Dutch", name -> DutchLanguageModule.class.getResourceAsStream(name));
  }

  @Override
  protected Analyzer createAnalyzer() {
    return new DutchAnalyzer();
  }

  @Override
  public boolean verbSecond() {
    return true;
  }

  @Override
  public boolean closedCompounds() {
    return true;
  }

  @Override
  public boolean genitiveS() {
    return true;
  }
}
