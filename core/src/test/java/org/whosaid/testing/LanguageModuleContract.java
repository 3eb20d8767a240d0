package org.whosaid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.whosaid.WhoSaid;
import org.whosaid.spi.LanguageModule;

/** What every language module must do; a module's test extends this and names the module. */
public abstract class LanguageModuleContract {

  /** A new instance of the module under test. */
  protected abstract LanguageModule module();

  @Test
  void isFoundThroughServiceLoader() {
    Class<?> type = module().getClass();
    assertTrue(ServiceLoader.load(LanguageModule.class).stream().anyMatch(p -> p.type() == type),
        "META-INF/services does not list " + type.getName());
    String code = module().language();
    assertTrue(WhoSaid.builder().languages(code).build().languages().contains(code));
  }

  @Test
  void loadsEveryLexicon() {
    LanguageModule m = module();
    assertEquals(2, m.language().length());
    assertFalse(m.quoteRules().pairs().isEmpty());
    assertFalse(m.cues().entries().isEmpty());
    assertFalse(m.titles().isEmpty());
    assertFalse(m.spokespersonTitles().isEmpty());
    assertFalse(m.organisationNouns().isEmpty());
    assertFalse(m.gazetteer().isEmpty());
  }
}
