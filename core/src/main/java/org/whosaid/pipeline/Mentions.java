package org.whosaid.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an article's actors are mentioned, searchable backwards from an offset: the names gathered
 * in one pass over the text (in text order), and the speaker phrases added as statements are
 * resolved (nearly in text order: an attribution may follow its quote). Kept apart, each list
 * stays sorted, so "the most recent mention before" is two binary searches and a merge, and
 * adding costs no shifting of the long list.
 */
final class Mentions {

  /** A mention: the text span {@code [start, end)} naming actor {@code actor}. */
  record Mention(int start, int end, int actor) {}

  /** What a backward walk looks for. */
  interface Wanted {
    boolean test(Mention m);
  }

  private final List<Mention> gathered = new ArrayList<>();
  private final List<Mention> resolved = new ArrayList<>();
  private final int window;

  /** Mentions whose backward walks look at most {@code window} mentions back. */
  Mentions(int window) {
    this.window = window;
  }

  /** Adds a gathered name: gathered names come in text order. */
  void gathered(int start, int end, int actor) {
    gathered.add(new Mention(start, end, actor));
  }

  /** Adds a resolved speaker phrase, in its place among the resolved ones near the end. */
  void resolved(int start, int end, int actor) {
    int i = resolved.size();
    while (i > 0 && resolved.get(i - 1).start() > start && resolved.size() - i < window) {
      i--;
    }
    resolved.add(i, new Mention(start, end, actor));
  }

  /** The most recent mention before offset {@code at} that is wanted, within the window; null when none. */
  Mention findBefore(int at, Wanted wanted) {
    int i = lastBefore(gathered, at);
    int j = lastBefore(resolved, at);
    for (int n = 0; n < window && (i >= 0 || j >= 0); n++) {
      // at one offset the resolved phrase comes first: its analysis is the finer one
      Mention m = j < 0 || i >= 0 && gathered.get(i).start() > resolved.get(j).start() ? gathered.get(i--) : resolved.get(j--);
      if (wanted.test(m)) {
        return m;
      }
    }
    return null;
  }

  private static int lastBefore(List<Mention> list, int at) {
    return Sorted.firstAtLeast(list.size(), i -> list.get(i).start(), at) - 1;
  }
}
