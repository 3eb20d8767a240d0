package org.whosaid.lang.no;

import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import java.util.Set;
import org.whosaid.spi.ResourceLanguageModule;

/**
 * Norwegian for whosaid. Its rules are the resource files next to this class: quote marks
 * ({@code quotes.tsv}), speech verbs ({@code cues.tsv}), closed word classes ({@code words.tsv}),
 * titles, organisation nouns, abbreviations, stopwords, name spelling, gazetteer and concepts.
 */
public final class NorwegianLanguageModule extends ResourceLanguageModule {

  public NorwegianLanguageModule() {
    super("no", "Norwegian", name -> NorwegianLanguageModule.class.getResourceAsStream(name));
    relations = readWordList("relations.txt", false);
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
  public boolean closedCompounds() {
    return true;
  }

  @Override
  public boolean genitiveS() {
    return true;
  }

  /** Nouns of a relation to someone ({@code relations.txt}: "moren", "venninnen"), which name another person. */
  private final Set<String> relations;

  /**
   * "teatersjefen", "23-åringen": the definite singular ends in -en (the plural in -ene). A noun of a
   * relation ("…, forklarer moren") is someone else than the person quoted before, and stays out.
   */
  @Override
  public boolean definiteSingularTitle(String lower) {
    if (!lower.endsWith("en") || lower.endsWith("ene")) {
      return false;
    }
    for (String r : relations) {
      if (lower.endsWith(r + "en") || lower.endsWith(r + "n")) {
        return false;
      }
    }
    return true;
  }

  /** "Han mener partiet må …": Norwegian drops "at" after speech and cognition verbs. */
  @Override
  public boolean dropsComplementizer() {
    return true;
  }

  /** "DA hevder at …": Domstoladministrasjonen, not "da". */
  @Override
  public boolean acronymsAreNoWords() {
    return true;
  }
}
