/**
 * whosaid core: the domain model, the extraction pipeline, the fluent API and the language SPI.
 * Language modules provide {@link org.whosaid.spi.LanguageModule}.
 */
module org.whosaid.core {
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires com.google.common;
  requires com.ibm.icu;
  requires com.carrotsearch.hppc;

  exports org.whosaid;
  exports org.whosaid.model;
  exports org.whosaid.link;
  exports org.whosaid.spi;

  uses org.whosaid.spi.LanguageModule;
}
