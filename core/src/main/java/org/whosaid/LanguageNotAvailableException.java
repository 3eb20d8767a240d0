package org.whosaid;

import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/** A language was asked for that no module on the class or module path provides. */
public final class LanguageNotAvailableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String language;

  LanguageNotAvailableException(String language, Collection<String> available) {
    super("no language module for '" + language + "'; available: "
        + (available.isEmpty() ? "none (add a whosaid-lang-* module)" : String.join(", ", new TreeSet<>(available))));
    this.language = Objects.requireNonNull(language);
  }

  /** The language that was asked for. */
  public String language() {
    return language;
  }
}
