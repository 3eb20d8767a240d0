package org.whosaid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.whosaid.examples.german.GermanLanguageModule;
import org.whosaid.spi.LanguageModule;

/** Every tutorial runs and prints its essential lines, so that none can rot silently. */
class TutorialsTest {

  private static final Path ARTICLES = Path.of("articles");

  interface Tutorial {
    void run(PrintStream out) throws Exception;
  }

  private static String output(Tutorial t) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      t.run(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tutorial1PrintsWhoSaidWhatWithRoleAndCue() throws Exception {
    String out = output(o -> T1WhoSaidWhat.run(o, ARTICLES.resolve("000_6da45b7e14b91599.txt")));
    assertTrue(out.contains("(nl)"), out);
    assertTrue(out.contains("DIRECT Dmitro Koeleba (minister van Buitenlandse Zaken) [zei]: Rusland legt voortdurend "
        + "verschillende verklaringen af"), out);
    assertTrue(out.contains("INDIRECT Kremlin [ontkend]: daar plannen voor zijn"), out);
  }

  @Test
  void tutorial2IdentifiesRestrictsAndSkipsWithAReason() throws Exception {
    String out = output(T2Languages::run);
    assertTrue(out.contains("identified nl: ,,We geloven"), out);
    assertTrue(out.contains("identified no: «Det er"), out);
    assertTrue(out.contains("identified en: “If we see"), out);
    assertTrue(out.contains("nl-only on English: processed=false, reason: no language module for 'en'"), out);
    assertTrue(out.contains("Finnish: processed=false, reason: the language of the text could not be identified"), out);
    assertTrue(out.contains("with fallback en: processed=true"), out);
    assertTrue(out.contains("strict: no language module for 'fi'"), out);
  }

  @Test
  void tutorial3ListsTheDenialsAndWarnings() throws Exception {
    String out = output(o -> T3ReportedSpeechAndStance.run(o, ARTICLES.resolve("004_001046f2ce72b2e4.txt")));
    assertTrue(out.contains("DENY by Moscow: ever planning to attack Ukraine"), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("INDIRECT: ") && Integer.parseInt(l.substring(10)) >= 8), out);
  }

  @Test
  void tutorial6FindsTheGermanModuleAndItsSpeakers() throws Exception {
    assertTrue(ServiceLoader.load(LanguageModule.class).stream().anyMatch(p -> p.type() == GermanLanguageModule.class));
    String out = output(T6AddingALanguage::run);
    assertTrue(out.contains("identified as: de"), out);
    assertTrue(out.contains("DIRECT Olaf Scholz [sagte]: Wir sind bereit, über Sicherheit zu sprechen"), out);
    assertTrue(out.contains("DIRECT Olaf Scholz [fügte ... hinzu]: Der Krieg darf nicht zurückkehren"), out);
  }

  @Test
  void tutorial7StreamsADirectoryInInputOrder() throws Exception {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    String out = output(o -> T7LargeCollection.run(o, new PrintStream(progress, true, StandardCharsets.UTF_8), ARTICLES, 2));
    String sequential = output(o -> T7LargeCollection.run(o, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), ARTICLES, 1));
    assertEquals(sequential, out);
    assertTrue(out.lines().findFirst().orElseThrow().contains("\"article\":\"000_6da45b7e14b91599.txt\""), out);
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("processed 3 articles"));
  }
}
