package org.whosaid.lang.en;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.whosaid.spi.ResourceLanguageModule;

/**
 * English for whosaid. Its rules are the resource files next to this class: quote marks
 * ({@code quotes.tsv}), speech verbs ({@code cues.tsv}), closed word classes ({@code words.tsv}),
 * titles, organisation nouns, abbreviations, stopwords, name spelling, gazetteer and concepts.
 */
public final class EnglishLanguageModule extends ResourceLanguageModule {

  public EnglishLanguageModule() {
    super("en", "English", name -> EnglishLanguageModule.class.getResourceAsStream(name));
  }

  @Override
  protected Analyzer createAnalyzer() {
    return new EnglishAnalyzer();
  }
}
