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

  /**
   * A regular past tense in -ed of four letters or more ("noticed", "died"); not the nouns in -eed
   * (speed, breed), "shed", "hundred", nor "aged" before an age ("a man aged 41").
   */
  @Override
  public boolean pastTense(String lower) {
    return lower.length() >= 4 && lower.endsWith("ed") && !lower.endsWith("eed")
        && !lower.equals("shed") && !lower.equals("aged") && !lower.equals("hundred");
  }

  /** A word in capitals is an acronym ("The US said …", "WHO warned …"), not the pronoun or question word. */
  @Override
  public boolean acronymsAreNoWords() {
    return true;
  }

  @Override
  protected Analyzer createAnalyzer() {
    return new EnglishAnalyzer();
  }
}
