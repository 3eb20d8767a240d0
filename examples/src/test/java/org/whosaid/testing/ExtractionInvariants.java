package org.whosaid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.whosaid.Extraction;
import org.whosaid.model.Span;
import org.whosaid.model.Statement;

/**
 * What must hold for the extraction of any text at all: every span lies in the text and is the text
 * it claims (statement content, speaker mention, cue), quoted spans lie inside the text, and
 * statements come in text order.
 */
public final class ExtractionInvariants {

  private ExtractionInvariants() {}

  /** Fails, naming {@code what} (e.g. the input's name), when an invariant does not hold. */
  public static void check(Extraction e, String what) {
    String text = e.article().text();
    Span previous = null;
    for (Statement s : e.statements()) {
      Supplier<String> where = () -> what + ": statement " + s.span() + " '" + s.content() + "'";
      assertSpan(text, s.span(), s.content(), where);
      if (previous != null) {
        Span before = previous;
        assertTrue(before.compareTo(s.span()) <= 0, () -> where.get() + " comes after " + before);
      }
      previous = s.span();
      s.speaker().ifPresent(sp -> assertSpan(text, sp.mentionSpan(), sp.mention(), () -> where.get() + " speaker mention"));
      s.cue().ifPresent(c -> assertCue(text, c.span(), c.text(), () -> where.get() + " cue"));
      for (Span q : s.quotedSpans()) {
        assertTrue(q.end() <= text.length(), () -> where.get() + " quoted span " + q + " outside the text");
      }
    }
    if (!e.processed()) {
      assertTrue(e.statements().isEmpty() && !e.skipReason().orElseThrow().isBlank(), () -> what + ": skipped without a reason");
    }
  }

  /**
   * A cue is its span's text, or, for a discontinuous verb ({@code riep ... op}), its parts in order
   * with the span running from the first part's start to the last part's end.
   */
  private static void assertCue(String text, Span span, String cue, Supplier<String> where) {
    String[] parts = cue.split(" \\.\\.\\. ", -1);
    if (parts.length == 1) {
      assertSpan(text, span, cue, where);
      return;
    }
    assertTrue(span.end() <= text.length(), () -> where.get() + ": span " + span + " outside a text of " + text.length());
    String covered = text.substring(span.start(), span.end());
    assertTrue(covered.startsWith(parts[0]) && covered.endsWith(parts[parts.length - 1]),
        () -> where.get() + ": '" + cue + "' does not open and close '" + covered + "'");
    int from = 0;
    for (String part : parts) {
      int at = covered.indexOf(part, from);
      assertTrue(at >= 0, () -> where.get() + ": part '" + part + "' not in order in '" + covered + "'");
      from = at + part.length();
    }
  }

  private static void assertSpan(String text, Span span, String content, Supplier<String> where) {
    assertTrue(span.end() <= text.length(), () -> where.get() + ": span " + span + " outside a text of " + text.length());
    assertEquals(text.substring(span.start(), span.end()), content, where);
  }
}
