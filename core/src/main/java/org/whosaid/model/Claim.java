package org.whosaid.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The statements, from any article and language, that put forward one proposition.
 *
 * @param id         stable identifier of the claim within one corpus
 * @param summary    the claim's most complete statement, as written
 * @param statements the statements that make it, each with its stance
 * @param actors     keys of the actors who made the statements
 * @param languages  the languages the claim was made in
 */
public record Claim(String id, String summary, List<Member> statements, List<ActorKey> actors, Set<String> languages) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summary, "summary");
    statements = ImmutableList.copyOf(statements);
    actors = ImmutableList.copyOf(actors);
    languages = ImmutableSortedSet.copyOf(languages);
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("claim " + id + " has no statements");
    }
  }

  /**
   * One statement of a claim.
   *
   * @param statement the statement
   * @param stance    its stance toward the claim's proposition
   */
  public record Member(Statement statement, Stance stance) {
    public Member {
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(stance, "stance");
    }
  }
}
