package org.whosaid.model;

/** How a statement is reported. */
public enum StatementType {
  /** The speaker's words in quote marks (or after a dialogue dash), independent of the reporting verb. */
  DIRECT,
  /** Reported speech that contains quoted words. */
  MIXED,
  /** Reported speech without quote marks. */
  INDIRECT
}
