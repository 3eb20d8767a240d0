package org.whosaid.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whosaid.Extraction;
import org.whosaid.model.Article;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementType;
import org.whosaid.spi.LanguageModule;

/** Runs the pipeline stages over one article of one language. Immutable and thread-safe. */
public final class Extractor {

  private final LanguageRules rules;
  private final QuoteScanner quotes;

  public Extractor(LanguageModule module) {
    this.rules = new LanguageRules(module);
    this.quotes = new QuoteScanner(module.quoteRules());
  }

  /** The language this extractor processes. */
  public String language() {
    return rules.language;
  }

  public Extraction extract(Article article) {
    String text = article.text();
    List<Quote> found = quotes.scan(text);
    List<Statement> statements = new ArrayList<>();
    for (Quote q : found) {
      int s = q.contentStart();
      int e = q.contentEnd();
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        statements.add(new Statement(article.id(), rules.language, StatementType.DIRECT, text.substring(s, e),
            Span.of(s, e), Optional.empty(), Optional.empty(), Stance.ASSERT, List.of()));
      }
    }
    return new Extraction(article, Optional.of(rules.language), statements, List.of(), Optional.empty());
  }
}
