package org.whosaid.pipeline;

/**
 * A phrase that names a speaker, as token ranges: the whole phrase {@code [start, end)}, the name
 * inside it {@code [nameStart, nameEnd)} (empty when it has none), and its title words.
 */
record NounPhrase(int start, int end, int nameStart, int nameEnd, int titleStart, int titleEnd, Kind kind) {

  enum Kind { NAME, TITLE, ORGANISATION, DESCRIPTION, PRONOUN }

  boolean hasName() {
    return nameEnd > nameStart;
  }

  boolean hasTitle() {
    return titleEnd > titleStart;
  }

  /** The tokens that are the mention: the name if any, else the whole phrase. */
  int mentionStart() {
    return hasName() ? nameStart : start;
  }

  int mentionEnd() {
    return hasName() ? nameEnd : end;
  }
}
