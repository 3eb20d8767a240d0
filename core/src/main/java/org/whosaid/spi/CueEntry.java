package org.whosaid.spi;

import java.util.Objects;
import java.util.Optional;
import org.whosaid.model.Stance;

/**
 * One inflected form of a cue.
 *
 * @param form     the form as written, lower case; several words are separated by one space
 * @param lemma    the dictionary form
 * @param kind     how it reports
 * @param stance   the stance it gives a statement
 * @param particle the separable particle that completes it ("op" in "riep ... op", "til" in
 *                 "la ... til"), if it needs one
 */
public record CueEntry(String form, String lemma, CueKind kind, Stance stance, Optional<String> particle) {
  public CueEntry {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(particle, "particle");
    if (form.isBlank()) {
      throw new IllegalArgumentException("a cue form must not be blank");
    }
  }
}
