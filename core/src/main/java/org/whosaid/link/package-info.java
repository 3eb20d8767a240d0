/**
 * Linking across articles and languages: one actor under all its spellings, and the claims that
 * statements in different articles and languages share.
 *
 * <ul>
 *   <li>{@link org.whosaid.link.NameFolder} folds names to a script-, case- and diacritic-free form
 *       and to a spelling skeleton on which transliterations meet (Koeleba, Kuleba, Куле́ба);</li>
 *   <li>{@link org.whosaid.link.Gazetteer} maps surface forms of well-known actors and places to
 *       shared identifiers and finds them in text; users extend or replace it;</li>
 *   <li>{@link org.whosaid.link.NameKeys} makes the {@link org.whosaid.model.ActorKey} of a name;</li>
 *   <li>{@link org.whosaid.link.ConceptLexicon} and {@link org.whosaid.link.StatementEvidence} turn a
 *       statement into language-independent evidence;</li>
 *   <li>{@link org.whosaid.link.ClaimClusterer} groups statements into claims without comparing
 *       every pair.</li>
 * </ul>
 *
 * <p>Most users never touch this package directly: {@link org.whosaid.Corpus} puts it together.
 */
package org.whosaid.link;
