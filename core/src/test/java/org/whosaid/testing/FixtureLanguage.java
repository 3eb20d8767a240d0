package org.whosaid.testing;

import org.whosaid.WhoSaid;
import org.whosaid.model.Article;
import org.whosaid.spi.ResourceLanguageModule;

/**
 * A small English-like language module, {@code xx}, whose lists are the files in
 * {@code fixture-language}: enough cues, quote marks, titles, gazetteer entries and concepts to
 * test linking in core, without a language module or shared data.
 *
 * <pre>{@code
 * Corpus c = FixtureLanguage.corpus();
 * c.add(FixtureLanguage.article("a.txt", "“Troops will leave,” said Anna Berg."));
 * }</pre>
 */
public final class FixtureLanguage extends ResourceLanguageModule {

  /** The module. */
  public static final FixtureLanguage MODULE = new FixtureLanguage();
  /** A {@link WhoSaid} of just this module. */
  public static final WhoSaid WHO_SAID = WhoSaid.builder().modules(MODULE).languages("xx").build();

  private FixtureLanguage() {
    super("xx", "Fixture", name -> FixtureLanguage.class.getResourceAsStream("fixture-language/" + name));
  }

  /** An article in this language. */
  public static Article article(String id, String text) {
    return Article.of(id, text).withLanguage("xx");
  }

  /** An empty corpus of this language. */
  public static org.whosaid.Corpus corpus() {
    return org.whosaid.Corpus.builder(WHO_SAID).modules(MODULE).build();
  }
}
