/** English for whosaid. */
module org.whosaid.lang.en {
  requires org.whosaid.core;
  requires org.apache.lucene.analysis.common;

  provides org.whosaid.spi.LanguageModule with org.whosaid.lang.en.EnglishLanguageModule;
}
