package org.whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MentionsTest {

  @Test
  void aSpeakerResolvedEarlyInALongArticleStaysInItsPlace() {
    Mentions m = new Mentions(60);
    for (int i = 0; i < 500; i++) {
      m.gathered(100 + 10 * i, 105 + 10 * i, i); // names all through the article
    }
    m.resolved(40, 45, 1000); // speakers of the first statements, resolved after all names were gathered
    m.resolved(60, 65, 1001);
    assertEquals(1001, m.findBefore(70, (start, actor) -> true).actor());
    assertEquals(1000, m.findBefore(70, (start, actor) -> actor < 1001).actor());
    assertNull(m.findBefore(40, (start, actor) -> true), "nothing stands before offset 40");
    assertEquals(3, m.findBefore(131, (start, actor) -> true).actor());
  }

  @Test
  void atOneOffsetTheResolvedPhraseComesFirst() {
    Mentions m = new Mentions(60);
    m.gathered(19, 50, 1);
    m.resolved(19, 30, 2);
    assertEquals(2, m.findBefore(100, (start, actor) -> true).actor());
  }

  @Property
  void theMentionFoundIsTheLastOneBeforeTheOffset(@ForAll @IntRange(max = 400) int gatheredCount,
      @ForAll @IntRange(max = 50) int resolvedCount, @ForAll @IntRange(max = 5000) int at) {
    Mentions m = new Mentions(Integer.MAX_VALUE);
    int best = -1;
    int bestActor = -1;
    for (int i = 0; i < gatheredCount; i++) {
      m.gathered(i * 7, i * 7 + 3, i);
      if (i * 7 < at && i * 7 >= best) {
        best = i * 7;
        bestActor = i;
      }
    }
    for (int j = 0; j < resolvedCount; j++) {
      int start = j * 61 % 3000;
      m.resolved(start, start + 2, 10_000 + j);
    }
    Mentions.Mention found = m.findBefore(at, (start, actor) -> actor < 10_000);
    assertEquals(bestActor, found == null ? -1 : found.actor());
  }
}
