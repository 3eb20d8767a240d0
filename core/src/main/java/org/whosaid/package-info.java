/**
 * whosaid's entry point: {@link org.whosaid.WhoSaid} extracts who said what from an article.
 *
 * <pre>{@code
 * WhoSaid whoSaid = WhoSaid.create();
 * Extraction result = whoSaid.extract(Article.of(text));
 * result.statements().forEach(System.out::println);
 * }</pre>
 */
package org.whosaid;
