package org.whosaid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
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
  void tutorial4PrintsEachActorWithItsSpellingsPerLanguage() throws Exception {
    String out = output(o -> T4ActorsAcrossLanguages.run(o, ARTICLES));
    assertTrue(out.startsWith("3 articles, "), out);
    List<String> kuleba = block(out, "Dmytro Kuleba (PERSON");
    assertTrue(kuleba.contains("  nl: Dmitro Koeleba ×2"), out);
    assertTrue(kuleba.stream().anyMatch(l -> l.startsWith("  en: ") && l.contains("Dmytro Kuleba ×1")), out);
    List<String> kremlin = block(out, "Kremlin (ORGANIZATION");
    assertTrue(kremlin.stream().anyMatch(l -> l.startsWith("  no: Kreml ×")), out);
    assertTrue(kremlin.stream().anyMatch(l -> l.startsWith("  nl: Kremlin ×")), out);
    List<String> putin = block(out, "Vladimir Putin (PERSON");
    assertTrue(putin.stream().anyMatch(l -> l.startsWith("  nl: ") && l.contains("Vladimir Poetin")), out);
  }

  @Test
  void tutorial5PrintsClaimsWithTheirStatementsSideBySide() throws Exception {
    String out = output(o -> T5ClaimsAcrossLanguages.run(o, ARTICLES));
    assertTrue(out.matches("(?s)\\d+ statements, \\d+ claims, of which [1-9]\\d* in several languages\n.*"), out);
    // Kuleba's "we believe what we see", in Dutch and in English, is one claim
    boolean kuleba = claims(out).stream().anyMatch(c -> c.stream().anyMatch(l -> l.startsWith("  nl | Dmytro Kuleba | ASSERT | Daarom hebben we de regel"))
        && c.stream().anyMatch(l -> l.startsWith("  en | Dmytro Kuleba | ASSERT | We continuously hear different statements")));
    assertTrue(kuleba, out);
    // each claim lists its statements grouped by language, in language order
    for (List<String> c : claims(out)) {
      List<String> languages = c.stream().skip(1).map(l -> l.substring(2, 4)).collect(Collectors.toList());
      assertEquals(languages.stream().sorted().collect(Collectors.toList()), languages, out);
    }
  }

  /** The lines of the block that opens with a line starting with {@code head}, head included. */
  private static List<String> block(String out, String head) {
    List<String> lines = out.lines().collect(Collectors.toList());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(head)) {
        int end = i + 1;
        while (end < lines.size() && lines.get(end).startsWith("  ")) {
          end++;
        }
        return lines.subList(i, end);
      }
    }
    throw new AssertionError("no block '" + head + "' in\n" + out);
  }

  private static List<List<String>> claims(String out) {
    return out.lines().filter(l -> l.startsWith("CLAIM ")).map(l -> block(out, l)).collect(Collectors.toList());
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
