package org.whosaid.lang.en;

import org.whosaid.spi.LanguageModule;
import org.whosaid.testing.LanguageModuleContract;

class EnglishLanguageModuleTest extends LanguageModuleContract {
  @Override
  protected LanguageModule module() {
    return new EnglishLanguageModule();
  }
}
