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
      s.cue().ifPresent(c -> assertSpan(text, c.span(), c.text(), () -> where.get() + " cue"));
      for (Span q : s.quotedSpans()) {
        assertTrue(q.end() <= text.length(), () -> where.get() + " quoted span " + q + " outside the text");
      }
    }
    if (!e.processed()) {
      assertTrue(e.statements().isEmpty() && !e.skipReason().orElseThrow().isBlank(), () -> what + ": skipped without a reason");
    }
  }

  private static void assertSpan(String text, Span span, String content, Supplier<String> where) {
    assertTrue(span.end() <= text.length(), () -> where.get() + ": span " + span + " outside a text of " + text.length());
    assertEquals(text.substring(span.start(), span.end()), content, where);
  }
}
