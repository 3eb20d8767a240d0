package org.whosaid.model;

/** What a statement does with its proposition. */
public enum Stance {
  /** Puts the proposition forward. */
  ASSERT,
  /** Denies or rejects a claim. */
  DENY,
  /** Asks, or doubts the claim. */
  QUESTION,
  /** Warns, fears, or predicts harm. */
  WARN,
  /** Directives, requests, advice, demands. */
  OTHER
}
