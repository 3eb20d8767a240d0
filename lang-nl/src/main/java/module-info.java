/** Dutch for whosaid. */
module org.whosaid.lang.nl {
  requires org.whosaid.core;
  requires org.apache.lucene.analysis.common;

  provides org.whosaid.spi.LanguageModule with org.whosaid.lang.nl.DutchLanguageModule;
}
