package org.whosaid.model;

import java.util.Objects;

/**
 * Who made a statement: the actor, and the words at the statement that name it (a name, a title
 * or a pronoun).
 *
 * @param actor       the actor, with the fullest name the article gives
 * @param mention     the words that name the speaker at this statement
 * @param mentionSpan where {@code mention} stands in the article
 */
public record Speaker(Actor actor, String mention, Span mentionSpan) {

  public Speaker {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(mentionSpan, "mentionSpan");
    if (mention.length() != mentionSpan.length()) {
      throw new IllegalArgumentException("mention '" + mention + "' does not fit its span " + mentionSpan);
    }
  }
}
