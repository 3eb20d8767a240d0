package org.whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void aRunOnTextIsCutIntoSentencesOfAtMostTheLongestLength() {
    String runOn = "en zei hij ".repeat(Tokens.MAX_SENTENCE_TOKENS); // three tokens a time, no full stop
    Tokens t = Tokens.of(runOn, List.of(), LanguageRulesNounsTest.RULES_FOR_TESTS);
    assertEquals(3, t.sentences());
    for (int s = 0; s < t.sentences(); s++) {
      assertTrue(t.sentenceEnd(s) - t.sentenceStart(s) <= Tokens.MAX_SENTENCE_TOKENS);
    }
  }

  @Test
  void aSentenceOfRealLengthIsNotCut() {
    String sentence = "Hij zei dat " + "het goed ging en ".repeat(40) + "dat was het.";
    Tokens t = Tokens.of(sentence, List.of(), LanguageRulesNounsTest.RULES_FOR_TESTS);
    assertEquals(1, t.sentences());
  }

  @Test
  void findsTheWordsAroundATokenInOneStep() {
    Tokens t = Tokens.words("“” , Koeleba ” “ zei");
    // tokens: “ ” , Koeleba ” “ zei
    assertEquals(3, t.nextWordFrom(0));
    assertEquals(6, t.nextWordFrom(4));
    assertEquals(t.size(), t.nextWordFrom(t.size()));
    assertEquals(3, t.lastWordBefore(6));
    assertFalse(t.hasWord(0, 3));
    assertTrue(t.hasWord(0, 4));
    assertFalse(t.hasWord(4, 6));
    assertFalse(t.hasWord(5, 5));
  }

  @Property
  void theWordIndexesAgreeWithAPlainScan(@ForAll @IntRange(max = 40) int seed) {
    StringBuilder b = new StringBuilder();
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < 60; i++) {
      b.append(random.nextInt(3) == 0 ? "zei " : random.nextBoolean() ? "“ " : ", ");
    }
    Tokens t = Tokens.words(b.toString());
    for (int from = 0; from <= t.size(); from++) {
      int next = from;
      while (next < t.size() && !t.isWord(next)) {
        next++;
      }
      assertEquals(next, t.nextWordFrom(from));
      for (int to = from; to <= t.size(); to++) {
        assertEquals(next < to, t.hasWord(from, to));
      }
    }
  }

  @Test
  void capitalsWithFullStopsAreOneWord() {
    Tokens t = Tokens.words("said U.S. officials and the U.K. (E.U.A.), not A.b.");
    assertEquals("U.S.", t.word(1));
    assertEquals("U.K.", t.word(5));
    assertEquals("E.U.A.", t.word(7));
    assertEquals("A", t.word(11)); // a lower-case letter after the stop: no such word
  }
}
