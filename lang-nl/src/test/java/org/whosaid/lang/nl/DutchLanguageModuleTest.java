package org.whosaid.lang.nl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.whosaid.WhoSaid;
import org.whosaid.spi.LanguageModule;

class DutchLanguageModuleTest {

  @Test
  void isFoundThroughServiceLoader() {
    boolean found = ServiceLoader.load(LanguageModule.class).stream()
        .anyMatch(p -> p.type() == DutchLanguageModule.class);
    assertTrue(found, "ServiceLoader does not list DutchLanguageModule");
    assertTrue(WhoSaid.builder().languages("nl").build().languages().contains("nl"));
  }

  @Test
  void loadsEveryLexicon() {
    LanguageModule m = new DutchLanguageModule();
    assertEquals("nl", m.language());
    assertFalse(m.quoteRules().pairs().isEmpty());
    assertFalse(m.cues().entries().isEmpty());
    assertFalse(m.titles().isEmpty());
    assertFalse(m.organisationNouns().isEmpty());
    assertFalse(m.gazetteer().isEmpty());
  }
}
