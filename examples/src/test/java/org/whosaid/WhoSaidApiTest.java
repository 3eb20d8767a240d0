package org.whosaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.model.Statement;

class WhoSaidApiTest {

  @Test
  void readmeExampleRuns() {
    String text = ",,We geloven het als we zien”, zei de Oekraïense minister Dmitro Koeleba.";
    WhoSaid whoSaid = WhoSaid.builder().languages("nl", "en").build();
    Extraction result = whoSaid.extract(Article.of(text));
    StringBuilder printed = new StringBuilder();
    for (Statement s : result.statements()) {
      String who = s.speaker().map(sp -> sp.actor().name()).orElse("(unknown)");
      printed.append(s.type() + " " + who + ": " + s.content()).append('\n');
    }
    assertTrue(printed.toString().contains("We geloven het als we zien"), printed.toString());
    assertEquals(List.of("nl"), result.language().stream().toList());
  }

  @Test
  void everyBundledLanguageIsDiscovered() {
    assertTrue(WhoSaid.create().languages().containsAll(List.of("nl", "no", "en")));
  }

  @Test
  void missingLanguageFailsAtBuildNamingItAndTheAvailableOnes() {
    LanguageNotAvailableException e = assertThrows(LanguageNotAvailableException.class,
        () -> WhoSaid.builder().languages("xx").build());
    assertEquals("xx", e.language());
    assertTrue(e.getMessage().contains("'xx'") && e.getMessage().contains("en, nl, no"), e.getMessage());
  }

  @Test
  void identifiesTheLanguageOfEachSample() {
    WhoSaid w = WhoSaid.create();
    assertEquals("nl", w.identifyLanguage("Het Kremlin heeft meermaals ontkend dat daar plannen voor zijn.").orElseThrow());
    assertEquals("no", w.identifyLanguage("Kreml bekreftet også utviklingen, men understreket at de vil fortsette.").orElseThrow());
    assertEquals("en", w.identifyLanguage("Moscow has denied ever planning to attack Ukraine, the Kremlin said.").orElseThrow());
  }

  @Test
  void unknownLanguageIsSkippedWithAReason() {
    Extraction e = WhoSaid.builder().languages("nl").build()
        .extract(Article.builder().text("Hallo").language("de").build());
    assertFalse(e.processed());
    assertTrue(e.skipReason().orElseThrow().contains("'de'"));
  }

  @Test
  void nullArgumentsFailFastNamingTheParameter() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Article.class, Article.of("text"))
        .setDefault(String.class, "en");
    WhoSaid whoSaid = WhoSaid.create();
    t.testAllPublicStaticMethods(WhoSaid.class);
    t.testAllPublicInstanceMethods(whoSaid);
    t.testAllPublicInstanceMethods(WhoSaid.builder());
    t.testAllPublicInstanceMethods(whoSaid.corpus());
    t.testAllPublicStaticMethods(Corpus.class);
    NullPointerException e = assertThrows(NullPointerException.class, () -> whoSaid.extract((Article) null));
    assertEquals("article", e.getMessage());
  }

  @Test
  void invalidBuilderArgumentsNameWhatIsWrong() {
    LanguageNotAvailableException e = assertThrows(LanguageNotAvailableException.class,
        () -> WhoSaid.builder().languages("dutch").build());
    assertTrue(e.getMessage().contains("'dutch'") && e.getMessage().contains("en, nl, no"), e.getMessage());
    IllegalStateException noFallback = assertThrows(IllegalStateException.class,
        () -> WhoSaid.builder().onUnknownLanguage(UnknownLanguagePolicy.FALLBACK).build());
    assertTrue(noFallback.getMessage().contains("fallbackLanguage"), noFallback.getMessage());
    LanguageNotAvailableException fallback = assertThrows(LanguageNotAvailableException.class,
        () -> WhoSaid.builder().languages("nl").fallbackLanguage("fi").build());
    assertTrue(fallback.getMessage().contains("'fi'"), fallback.getMessage());
  }
}
