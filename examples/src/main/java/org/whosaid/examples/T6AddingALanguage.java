package org.whosaid.examples;

import java.io.PrintStream;
import org.whosaid.Extraction;
import org.whosaid.WhoSaid;
import org.whosaid.model.Article;
import org.whosaid.model.Statement;

/**
 * Tutorial 6: adding a language without touching core. {@code GermanLanguageModule} in
 * {@code org.whosaid.examples.german} extends {@code ResourceLanguageModule}; its rules are the
 * files next to it ({@code quotes.tsv}, {@code cues.tsv}, {@code words.tsv}, {@code titles.txt},
 * {@code organisations.txt}, {@code stopwords.txt}); one line in
 * {@code META-INF/services/org.whosaid.spi.LanguageModule} registers it, and {@code WhoSaid}
 * finds it like the bundled languages.
 *
 * <pre>
 * java -cp examples/target/whosaid.jar org.whosaid.examples.T6AddingALanguage
 * </pre>
 */
public final class T6AddingALanguage {
  private T6AddingALanguage() {}

  static final String TEXT = "Bundeskanzler Olaf Scholz traf am Dienstag Präsident Wladimir Putin in Moskau.\n\n"
      + "„Wir sind bereit, über Sicherheit zu sprechen“, sagte Scholz nach dem Treffen. "
      + "»Der Krieg darf nicht zurückkehren«, fügte er hinzu.\n\n"
      + "Der Kreml erklärte, dass die Truppen in ihre Kasernen zurückkehren.";

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    WhoSaid whoSaid = WhoSaid.create();
    out.println("languages: " + whoSaid.languages());
    Extraction e = whoSaid.extract(Article.of("german-example", TEXT));
    out.println("identified as: " + e.language().orElse("?"));
    for (Statement s : e.statements()) {
      out.println(s.type() + " " + s.actor().map(a -> a.name()).orElse("(unknown)")
          + s.cue().map(c -> " [" + c.text() + "]").orElse("") + ": " + s.content());
    }
  }
}
