package org.whosaid.lang.nl;

import org.whosaid.spi.LanguageModule;
import org.whosaid.testing.LanguageModuleContract;

class DutchLanguageModuleTest extends LanguageModuleContract {
  @Override
  protected LanguageModule module() {
    return new DutchLanguageModule();
  }
}
