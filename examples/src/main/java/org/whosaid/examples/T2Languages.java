package org.whosaid.examples;

import java.io.PrintStream;
import org.whosaid.Extraction;
import org.whosaid.LanguageNotAvailableException;
import org.whosaid.UnknownLanguagePolicy;
import org.whosaid.WhoSaid;
import org.whosaid.model.Article;

/**
 * Tutorial 2: languages. An article that does not say its language is identified from its text;
 * a {@code WhoSaid} can be restricted to some languages; and an article in a language without a
 * module is never silently empty: by default it comes back skipped with a reason, or the builder
 * can ask for a fallback language or an exception.
 *
 * <pre>
 * java -cp examples/target/whosaid.jar org.whosaid.examples.T2Languages
 * </pre>
 */
public final class T2Languages {
  private T2Languages() {}

  static final String DUTCH = ",,We geloven het als we het zien”, zei minister Dmitro Koeleba.";
  static final String NORWEGIAN = "«Det er en vanlig prosess,» sa talsmannen til journalister.";
  static final String ENGLISH = "“If we see the pullout we will believe in de-escalation,” the report quoted Kuleba as saying.";
  static final String FINNISH = "Ulkoministeri sanoi, että joukot palaavat tukikohtiinsa.";

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    WhoSaid all = WhoSaid.create();
    out.println("available: " + all.languages());
    for (String text : new String[] {DUTCH, NORWEGIAN, ENGLISH}) {
      out.println("identified " + all.identifyLanguage(text).orElse("?") + ": " + text);
    }

    WhoSaid dutchOnly = WhoSaid.builder().languages("nl").build();
    Extraction skipped = dutchOnly.extract(Article.builder().text(ENGLISH).language("en").build());
    out.println("nl-only on English: processed=" + skipped.processed() + ", reason: " + skipped.skipReason().orElse(""));

    Extraction unknown = all.extract(Article.of(FINNISH));
    out.println("Finnish: processed=" + unknown.processed() + ", reason: " + unknown.skipReason().orElse(""));

    WhoSaid fallback = WhoSaid.builder().fallbackLanguage("en").build();
    out.println("with fallback en: processed=" + fallback.extract(Article.of(FINNISH)).processed());

    try {
      WhoSaid.builder().languages("de", "nl").build();
    } catch (LanguageNotAvailableException e) {
      out.println("asking for a missing module: " + e.getMessage());
    }
    WhoSaid strict = WhoSaid.builder().onUnknownLanguage(UnknownLanguagePolicy.FAIL).languages("nl").build();
    try {
      strict.extract(Article.builder().text(FINNISH).language("fi").build());
    } catch (LanguageNotAvailableException e) {
      out.println("strict: " + e.getMessage());
    }
  }
}
