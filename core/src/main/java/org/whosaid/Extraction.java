package org.whosaid;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.whosaid.model.Actor;
import org.whosaid.model.Article;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementType;
import org.whosaid.pipeline.DeferredList;

/**
 * What {@link WhoSaid#extract(Article)} found in one article: its statements in text order and
 * its actors. An article that was not processed (its language has no module) says why in
 * {@link #skipReason()}, so an empty result never hides a skipped article.
 *
 * @param article    the article
 * @param language   the language it was processed as, empty if skipped
 * @param statements the statements, ordered by span
 * @param actors     every actor that speaks or is named, in order of first mention
 * @param skipReason why the article was not processed, if it was not
 */
public record Extraction(
    Article article,
    Optional<String> language,
    List<Statement> statements,
    List<Actor> actors,
    Optional<String> skipReason) {

  public Extraction {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(skipReason, "skipReason");
    statements = ImmutableList.sortedCopyOf(statements);
    actors = actors instanceof DeferredList ? actors : ImmutableList.copyOf(actors); // already immutable
  }

  /** An extraction of an article that was not processed, with the reason. */
  public static Extraction skipped(Article article, String reason) {
    return new Extraction(article, Optional.empty(), List.of(), List.of(), Optional.of(reason));
  }

  /** Whether the article was processed. */
  public boolean processed() {
    return skipReason.isEmpty();
  }

  /** The statements of the given type. */
  public List<Statement> statements(StatementType type) {
    return statements.stream().filter(s -> s.type() == type).collect(ImmutableList.toImmutableList());
  }

  /** The statements with the given stance. */
  public List<Statement> withStance(Stance stance) {
    return statements.stream().filter(s -> s.stance() == stance).collect(ImmutableList.toImmutableList());
  }
}
