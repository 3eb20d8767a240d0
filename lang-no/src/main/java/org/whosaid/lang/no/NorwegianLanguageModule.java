package org.whosaid.lang.no;

import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.whosaid.spi.ResourceLanguageModule;

/**
 * Norwegian for whosaid. Its rules are the resource files next to this class: quote marks
 * ({@code quotes.tsv}), speech verbs ({@code cues.tsv}), closed word classes ({@code words.tsv}),
 * titles, organisation nouns, abbreviations, stopwords, name spelling, gazetteer and concepts.
 */
public final class NorwegianLanguageModule extends ResourceLanguageModule {

  public NorwegianLanguageModule() {
    super("no", "Norwegian", name -> NorwegianLanguageModule.class.getResourceAsStream(name));
  }

  @Override
  protected Analyzer createAnalyzer() {
    return new NorwegianAnalyzer();
  }

  @Override
  public boolean verbSecond() {
    return true;
  }

  @Override
  public boolean genitiveS() {
    return true;
  }

  /** "teatersjefen", "23-åringen": the definite singular ends in -en (the plural in -ene). */
  @Override
  public boolean definiteSingularTitle(String lower) {
    return lower.endsWith("en") && !lower.endsWith("ene");
  }

  /** "Han mener partiet må …": Norwegian drops "at" after speech and cognition verbs. */
  @Override
  public boolean dropsComplementizer() {
    return true;
  }
}
