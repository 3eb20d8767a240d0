package org.whosaid.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementType;

/** A statement being built: its span, how it is attributed, and the quotes it takes in. */
final class Draft {
  StatementType type;
  int start;
  int end;
  CueFinder.Hit cue;
  NounPhrase speaker;
  /** Takes the speaker of the statement before it (a quote that continues). */
  boolean continues;
  Stance stance = Stance.ASSERT;
  final List<Quote> quotes = new ArrayList<>();
  ArticleActors.Pending resolved;
  /** Reported only if it takes in a quote (a verb with a noun-phrase object: "kalte forslaget «interessant»"). */
  boolean needsQuote;
  /** A free-standing first-person quote: its speaker is the person the text was just about. */
  boolean topic;
  /** For a {@link #topic} quote, the paragraph where the person it is about was named: its own, or the one before when it opens a paragraph. */
  int topicParagraph;
  /** A topic quote that answers an interviewer's question (a dash paragraph after a question). */
  boolean answer;
  /** The sentence of a reported statement's cue, or -1: a missing subject is the previous statement's in it. */
  int sentence = -1;
  /**
   * The cue's verb is coordinated with an earlier one ("… og sa: «…»", "approached a director and
   * said"): its subject is the previous statement's in {@link #sentence}, or else {@link #speaker}.
   */
  boolean coordinated;
  /** Relays a statement inside it that names its own speaker ("Kuleba said …, Interfax reported"): dropped. */
  boolean relay;

  Draft(StatementType type, int start, int end) {
    this.type = type;
    this.start = start;
    this.end = end;
  }
}
