/**
 * The extraction pipeline, one small stage a class: {@link org.whosaid.pipeline.LanguageIdentifier},
 * {@link org.whosaid.pipeline.Tokens} (words and sentences),
 * {@link org.whosaid.pipeline.QuoteScanner} (quotations), {@link org.whosaid.pipeline.CueFinder}
 * (speech verbs), {@link org.whosaid.pipeline.SpeakerResolver} (who speaks),
 * {@link org.whosaid.pipeline.QuoteAttributor} (direct and mixed quotes),
 * {@link org.whosaid.pipeline.ReportedSpeechFinder} (indirect speech) and
 * {@link org.whosaid.pipeline.ArticleActors} (the actors of an article), run in order by
 * {@link org.whosaid.pipeline.Extractor}. Not part of the public API.
 */
package org.whosaid.pipeline;
