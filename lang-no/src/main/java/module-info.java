/** Norwegian for whosaid. */
module org.whosaid.lang.no {
  requires org.whosaid.core;
  requires org.apache.lucene.analysis.common;

  provides org.whosaid.spi.LanguageModule with org.whosaid.lang.no.NorwegianLanguageModule;
}
