package org.whosaid.spi;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * All cue forms of a language.
 *
 * @param entries every inflected form; a form may appear more than once with different particles
 */
public record CueLexicon(List<CueEntry> entries) {
  public CueLexicon {
    entries = ImmutableList.copyOf(entries);
  }
}
