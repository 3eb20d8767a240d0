package org.whosaid.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.whosaid.WhoSaid;
import org.whosaid.spi.LanguageModule;

class EnglishLanguageModuleTest {

  @Test
  void isFoundThroughServiceLoader() {
    boolean found = ServiceLoader.load(LanguageModule.class).stream()
        .anyMatch(p -> p.type() == EnglishLanguageModule.class);
    assertTrue(found, "ServiceLoader does not list EnglishLanguageModule");
    assertTrue(WhoSaid.builder().languages("en").build().languages().contains("en"));
  }

  @Test
  void loadsEveryLexicon() {
    LanguageModule m = new EnglishLanguageModule();
    assertEquals("en", m.language());
    assertFalse(m.quoteRules().pairs().isEmpty());
    assertFalse(m.cues().entries().isEmpty());
    assertFalse(m.titles().isEmpty());
    assertFalse(m.organisationNouns().isEmpty());
    assertFalse(m.gazetteer().isEmpty());
  }
}
