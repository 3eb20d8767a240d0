package org.whosaid;

/** What {@link WhoSaid} does with an article whose language it has no module for. */
public enum UnknownLanguagePolicy {
  /** Return an {@link Extraction} that is not processed and says why (the default). */
  SKIP,
  /** Process it with the fallback language set by {@link WhoSaid.Builder#fallbackLanguage(String)}. */
  FALLBACK,
  /** Throw {@link LanguageNotAvailableException}. */
  FAIL
}
