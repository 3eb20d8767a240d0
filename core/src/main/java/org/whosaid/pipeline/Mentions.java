package org.whosaid.pipeline;

import java.util.Arrays;

/**
 * Where an article's actors are mentioned, searchable backwards from an offset: the names gathered
 * in one pass over the text (in text order), and the speaker phrases added as statements are
 * resolved (nearly in text order: an attribution may follow its quote). Kept apart, each list
 * stays sorted, so "the most recent mention before" is two searches and a merge, and adding costs
 * no shifting of the long list. The lists are columns of ints, walked without touching an object
 * per mention, and each search starts where the one before ended: resolution goes through the text
 * nearly in order.
 */
final class Mentions {

  /** A mention: the text span {@code [start, end)} naming actor {@code actor}. */
  record Mention(int start, int end, int actor) {}

  /** What a backward walk looks for. */
  interface Wanted {
    boolean test(int start, int actor);
  }

  private final Column gathered = new Column();
  private final Column resolved = new Column();
  private final int window;

  /** Mentions whose backward walks look at most {@code window} mentions back. */
  Mentions(int window) {
    this.window = window;
  }

  /** Adds a gathered name: gathered names come in text order. */
  void gathered(int start, int end, int actor) {
    gathered.insert(gathered.size, start, end, actor);
  }

  /** Adds a resolved speaker phrase, in its place among the resolved ones near the end. */
  void resolved(int start, int end, int actor) {
    int i = resolved.size;
    while (i > 0 && resolved.starts[i - 1] > start && resolved.size - i < window) {
      i--;
    }
    resolved.insert(i, start, end, actor);
  }

  /** The most recent mention before offset {@code at} that is wanted, within the window; null when none. */
  Mention findBefore(int at, Wanted wanted) {
    int i = gathered.lastBefore(at);
    int j = resolved.lastBefore(at);
    for (int n = 0; n < window && (i >= 0 || j >= 0); n++) {
      // at one offset the resolved phrase comes first: its analysis is the finer one
      Column c = j < 0 || i >= 0 && gathered.starts[i] > resolved.starts[j] ? gathered : resolved;
      int k = c == gathered ? i-- : j--;
      if (wanted.test(c.starts[k], c.actors[k])) {
        return new Mention(c.starts[k], c.ends[k], c.actors[k]);
      }
    }
    return null;
  }

  /** Mentions sorted by start, as parallel arrays. */
  private static final class Column {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int[] actors = new int[16];
    int size;
    /** Where the last search ended. */
    private int hint;

    void insert(int at, int start, int end, int actor) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        actors = Arrays.copyOf(actors, size * 2);
      }
      System.arraycopy(starts, at, starts, at + 1, size - at);
      System.arraycopy(ends, at, ends, at + 1, size - at);
      System.arraycopy(actors, at, actors, at + 1, size - at);
      starts[at] = start;
      ends[at] = end;
      actors[at] = actor;
      size++;
    }

    /** The index of the last mention starting before {@code at}, or -1. */
    int lastBefore(int at) {
      hint = Sorted.firstAtLeast(size, i -> starts[i], at, hint);
      return hint - 1;
    }
  }
}
