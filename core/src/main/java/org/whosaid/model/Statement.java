package org.whosaid.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing someone said: a quote, a mixed quote or reported speech, with who said it.
 *
 * <p>{@code content} is the text of {@code span} in the article: inside the quote marks for
 * {@link StatementType#DIRECT}, the reported clause for {@link StatementType#MIXED} and
 * {@link StatementType#INDIRECT}.
 *
 * @param articleId   the {@link Article#id()} it comes from
 * @param language    ISO 639-1 code of the article as processed
 * @param type        direct, mixed or indirect
 * @param content     what was said, as written
 * @param span        where {@code content} stands in the article
 * @param speaker     who said it, when the text says
 * @param cue         the speech verb or attribution phrase, if any
 * @param stance      what the statement does with its proposition
 * @param quotedSpans for mixed statements, the quoted words inside the marks
 */
public record Statement(
    String articleId,
    String language,
    StatementType type,
    String content,
    Span span,
    Optional<Speaker> speaker,
    Optional<Cue> cue,
    Stance stance,
    List<Span> quotedSpans) implements Comparable<Statement> {

  public Statement {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(quotedSpans, "quotedSpans");
    if (content.length() != span.length()) {
      throw new IllegalArgumentException("content of length " + content.length() + " does not fit span " + span);
    }
    quotedSpans = ImmutableList.copyOf(quotedSpans);
  }

  /** Statements in article order: by span start, then span end. */
  @Override
  public int compareTo(Statement o) {
    return span.compareTo(o.span);
  }

  /** The speaker's actor, when there is a speaker. */
  public Optional<Actor> actor() {
    return speaker.map(Speaker::actor);
  }
}
