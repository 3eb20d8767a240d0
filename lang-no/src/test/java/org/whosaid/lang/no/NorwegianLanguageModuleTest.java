package org.whosaid.lang.no;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.whosaid.WhoSaid;
import org.whosaid.spi.LanguageModule;

class NorwegianLanguageModuleTest {

  @Test
  void isFoundThroughServiceLoader() {
    boolean found = ServiceLoader.load(LanguageModule.class).stream()
        .anyMatch(p -> p.type() == NorwegianLanguageModule.class);
    assertTrue(found, "ServiceLoader does not list NorwegianLanguageModule");
    assertTrue(WhoSaid.builder().languages("no").build().languages().contains("no"));
  }

  @Test
  void loadsEveryLexicon() {
    LanguageModule m = new NorwegianLanguageModule();
    assertEquals("no", m.language());
    assertFalse(m.quoteRules().pairs().isEmpty());
    assertFalse(m.cues().entries().isEmpty());
    assertFalse(m.titles().isEmpty());
    assertFalse(m.organisationNouns().isEmpty());
    assertFalse(m.gazetteer().isEmpty());
  }
}
