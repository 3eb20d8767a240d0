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
  void anEnDashBetweenLettersJoinsOneWordButNotADialogueDashOrARange() {
    String text = "African Export–Import Bank president; – Ja, sa han. 1990–2000";
    Tokens t = Tokens.words(text);
    List<String> words = new java.util.ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      words.add(text.substring(t.start(k), t.end(k)));
    }
    assertEquals(List.of("African", "Export–Import", "Bank", "president", ";", "–", "Ja", ",", "sa", "han", ".", "1990", "–", "2000"),
        words);
  }

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
  void aSentenceEndsAtAStopBeforeACapitalButNotInsideAQuoteNorAfterAnInitial() {
    String text = "Hij zei: “Ik kom. Morgen.” Dan gaat J. Peeters weg. Echt!\nNieuwe alinea zonder punt\nEn nog een";
    List<Quote> quotes = new QuoteScanner(new org.whosaid.spi.QuoteRules(
        List.of(new org.whosaid.spi.QuoteRules.QuotePair("“", "”")), false)).scan(text);
    Tokens t = Tokens.of(text, quotes, LanguageRulesNounsTest.RULES_FOR_TESTS);
    List<String> sentences = new java.util.ArrayList<>();
    for (int s = 0; s < t.sentences(); s++) {
      sentences.add(text.substring(t.start(t.sentenceStart(s)), t.end(t.sentenceEnd(s) - 1)));
    }
    // the quote ends as a sentence ends and a capital follows: it was a sentence of its own
    assertEquals(List.of("Hij zei: “Ik kom. Morgen.”", "Dan gaat J. Peeters weg.", "Echt!", "Nieuwe alinea zonder punt",
        "En nog een"), sentences);
  }

  /**
   * Sentences number the tokens in order without gaps, every paragraph starts one, none is longer
   * than the longest length, and one starts inside a paragraph only after a mark that may end a
   * sentence (. ! ? … or a closing mark after one), after a quotation, or at the longest length.
   */
  @Property(tries = 300)
  void sentencesCoverTheTokensInOrderAndStartOnlyWhereTheyMay(@ForAll @IntRange(max = 100_000) int seed) {
    String[] pieces = {"Hij zei ", "dat ", "het ", "Goed ", "ging. ", "Dr. ", "J. ", "“Ja.” ", "“nee” ", "«Ok!» ", "? ",
        "… ", ". ", "\n", "\n\n", "(x.) ", "U.S. ", "1.5 ", "” ", "“", "en ", "zei hij. "};
    java.util.Random random = new java.util.Random(seed);
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(1500);
    for (int i = 0; i < n; i++) {
      b.append(random.nextInt(8) == 0 ? "en " : pieces[random.nextInt(pieces.length)]);
    }
    String text = b.toString();
    List<Quote> quotes = new QuoteScanner(new org.whosaid.spi.QuoteRules(List.of(new org.whosaid.spi.QuoteRules.QuotePair("“", "”"),
        new org.whosaid.spi.QuoteRules.QuotePair("«", "»")), false)).scan(text);
    Tokens t = Tokens.of(text, quotes, LanguageRulesNounsTest.RULES_FOR_TESTS);
    java.util.Set<Integer> quoteLast = new java.util.HashSet<>();
    quotes.forEach(q -> quoteLast.add(t.tokenAt(q.end()) - 1));
    for (int k = 0; k < t.size(); k++) {
      int s = t.sentence(k);
      assertTrue(t.sentenceStart(s) <= k && k < t.sentenceEnd(s), "token " + k + " lies in its sentence");
      assertTrue(t.sentenceEnd(s) - t.sentenceStart(s) <= Tokens.MAX_SENTENCE_TOKENS);
      if (k == 0) {
        assertEquals(0, s);
        continue;
      }
      int step = s - t.sentence(k - 1);
      assertTrue(step == 0 || step == 1, "sentences are numbered in order");
      if (t.paragraph(k) != t.paragraph(k - 1)) {
        assertEquals(1, step, "a paragraph starts a sentence: token " + k);
      } else if (step == 1) {
        char before = t.first(k - 1);
        boolean mayEnd = ".!?…”»)'\"".indexOf(before) >= 0 || quoteLast.contains(k - 1)
            || k - t.sentenceStart(t.sentence(k - 1)) == Tokens.MAX_SENTENCE_TOKENS;
        assertTrue(mayEnd, "a sentence starts at token " + k + " after '" + t.word(k - 1) + "'");
      }
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

  @Test
  void aNameBehindTheArabicArticleIsCapitalised() {
    Tokens t = Tokens.words("Abdel Fattah al-Sisi met as-Sadr and an ex-Minister of al-qaeda.");
    assertTrue(t.isCapitalized(2), "al-Sisi");
    assertTrue(t.isCapitalized(4), "as-Sadr");
    assertFalse(t.isCapitalized(7), "ex-Minister");
    assertFalse(t.isCapitalized(9), "al-qaeda");
  }
}
