/**
 * The immutable values whosaid reads and produces: {@link org.whosaid.model.Article},
 * {@link org.whosaid.model.Statement}, {@link org.whosaid.model.Actor} and
 * {@link org.whosaid.model.Claim}, with their parts. Values are validated when made, and absent
 * things are {@link java.util.Optional}, never {@code null}.
 */
package org.whosaid.model;
