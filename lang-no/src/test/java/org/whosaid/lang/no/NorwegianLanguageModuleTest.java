package org.whosaid.lang.no;

import org.whosaid.spi.LanguageModule;
import org.whosaid.testing.LanguageModuleContract;

class NorwegianLanguageModuleTest extends LanguageModuleContract {
  @Override
  protected LanguageModule module() {
    return new NorwegianLanguageModule();
  }
}
