package org.whosaid.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.whosaid.spi.LanguageModule;
import org.whosaid.spi.WordClass;
import org.whosaid.testing.LanguageModuleContract;

class EnglishLanguageModuleTest extends LanguageModuleContract {
  @Override
  protected LanguageModule module() {
    return new EnglishLanguageModule();
  }

  @Test
  void anAcronymHasAnEntryApartFromTheWordItSpells() {
    LanguageModule en = module();
    assertTrue(en.acronymsAreNoWords());
    assertEquals(Set.of(WordClass.NATIONALITY), en.words().ofAcronym("US"));
    assertTrue(en.words().is("us", WordClass.PRONOUN_FIRST));
    assertTrue(en.words().is("US", WordClass.PRONOUN_FIRST), "is() asks the lower-case word");
    assertEquals(Set.of(), en.words().ofAcronym("us"));
  }
}
