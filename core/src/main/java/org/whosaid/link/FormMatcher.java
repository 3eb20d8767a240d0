package org.whosaid.link;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.whosaid.model.Span;

/**
 * Finds the surface forms of names in a text, word by word, the longest form first (leftmost
 * longest, no overlaps), in one pass linear in the text.
 *
 * <p>Words are runs of letters, digits and combining marks; everything else separates them, so
 * "NATO-sjef" holds the form "NATO" and "U.S." is the words "U" "S". A word matches a form's word
 * when it is written the same, or when it begins with a capital and differs only in case ("NATO" in
 * a form matches "Nato", "Westen" matches the form "westen"), except that short all-capital words
 * ("US", "AP", "EU") must be written exactly. A form's last word also matches with a genitive
 * {@code s} ("Russlands", "Tokyos", "Raus").
 *
 * <pre>{@code
 * FormMatcher<String> m = FormMatcher.<String>builder().add("Dmitro Koeleba", "kuleba").add("NAVO", "nato").build();
 * m.find("NAVO-chef Stoltenberg en Dmitro Koeleba");  // NAVO [0, 4), Dmitro Koeleba [26, 40)
 * }</pre>
 *
 * @param <T> what a form stands for
 */
public final class FormMatcher<T> {

  /** Short all-capital words that must match exactly: "US" is not "us". */
  private static final int EXACT_CAPS_MAX = 3;

  private final Node<T> root;
  private final int size;

  private FormMatcher(Node<T> root, int size) {
    this.root = root;
    this.size = size;
  }

  /** Starts an empty matcher. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Number of forms. */
  public int size() {
    return size;
  }

  /**
   * One match: where it stands, the words as written there, what the form stands for, and whether
   * the last word carried a genitive {@code s}.
   */
  public record Match<T>(Span span, String written, String form, T value, boolean genitive) {
    public Match {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(written, "written");
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Every match in the text, in text order. */
  public List<Match<T>> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<int[]> words = words(text);
    List<String> lower = new ArrayList<>(words.size());
    for (int[] w : words) {
      lower.add(text.subSequence(w[0], w[1]).toString().toLowerCase(Locale.ROOT));
    }
    List<Match<T>> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Match<T> best = null;
      int bestEnd = i;
      Node<T> node = root;
      for (int j = i; j < words.size() && node != null; j++) {
        if (j > i && !joinable(text, words.get(j - 1)[1], words.get(j)[0])) {
          break;
        }
        String w = lower.get(j);
        Node<T> next = node.children.get(w);
        Match<T> m = next == null ? null : accept(next, text, words, i, j, false);
        if (m == null && w.length() > 2 && w.charAt(w.length() - 1) == 's') {
          Node<T> gen = node.children.get(w.substring(0, w.length() - 1));
          m = gen == null ? null : accept(gen, text, words, i, j, true);
        }
        if (m != null) {
          best = m;
          bestEnd = j + 1;
        }
        node = next;
      }
      if (best != null) {
        out.add(best);
        i = bestEnd;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The first value of a form that ends at {@code node} and whose words' case fits the text. */
  private Match<T> accept(Node<T> node, CharSequence text, List<int[]> words, int from, int to, boolean genitive) {
    for (Entry<T> e : node.ends) {
      boolean ok = true;
      for (int k = 0; k < e.words.size() && ok; k++) {
        int[] w = words.get(from + k);
        String written = text.subSequence(w[0], w[1]).toString();
        if (genitive && k == e.words.size() - 1) {
          written = written.substring(0, written.length() - 1);
        }
        ok = caseFits(e.words.get(k), written);
      }
      if (ok) {
        int start = words.get(from)[0];
        int end = words.get(to)[1];
        if (e.form.endsWith(".") && end < text.length() && text.charAt(end) == '.') {
          end++;
        }
        return new Match<>(Span.of(start, end), text.subSequence(start, end).toString(), e.form, e.value, genitive);
      }
    }
    return null;
  }

  private static boolean caseFits(String formWord, String written) {
    if (formWord.equals(written)) {
      return true;
    }
    if (formWord.length() <= EXACT_CAPS_MAX && formWord.chars().noneMatch(Character::isLowerCase)) {
      return false;
    }
    return !written.isEmpty() && Character.isUpperCase(written.charAt(0));
  }

  /** Two words of one name are separated by spaces, a hyphen, a full stop or an apostrophe only. */
  private static boolean joinable(CharSequence text, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (!Character.isWhitespace(c) && c != '-' && c != '.' && c != '\'' && c != '\u2019' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /** The words of a text as {start, end} offsets. */
  static List<int[]> words(CharSequence text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isWordChar(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i > s) {
        out.add(new int[] {s, i});
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  /** The words of a form as written. */
  static List<String> formWords(String form) {
    List<String> out = new ArrayList<>();
    for (int[] w : words(form)) {
      out.add(form.substring(w[0], w[1]));
    }
    return out;
  }

  private static final class Node<T> {
    final Map<String, Node<T>> children = new HashMap<>(4);
    final List<Entry<T>> ends = new ArrayList<>(1);
  }

  private record Entry<T>(String form, List<String> words, T value) {}

  /** Collects forms; the first value added for a form is the one matched. Builds once. */
  public static final class Builder<T> {
    private Node<T> root = new Node<>();
    private int size;

    private Builder() {}

    /** Adds a form; a form without letters or digits is ignored. */
    public Builder<T> add(String form, T value) {
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(value, "value");
      if (root == null) {
        throw new IllegalStateException("this builder has already built its matcher");
      }
      List<String> ws = formWords(form);
      if (ws.isEmpty()) {
        return this;
      }
      Node<T> node = root;
      for (String w : ws) {
        node = node.children.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new Node<>());
      }
      for (Entry<T> e : node.ends) {
        if (e.words.equals(ws)) {
          return this;
        }
      }
      node.ends.add(new Entry<>(form, ImmutableList.copyOf(ws), value));
      size++;
      return this;
    }

    public FormMatcher<T> build() {
      if (root == null) {
        throw new IllegalStateException("this builder has already built its matcher");
      }
      FormMatcher<T> m = new FormMatcher<>(root, size);
      root = null;
      return m;
    }
  }
}
