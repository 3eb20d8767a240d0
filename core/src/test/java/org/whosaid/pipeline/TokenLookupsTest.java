package org.whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.whosaid.spi.WordClass;

/**
 * Looking a token up by its characters (as the pipeline does, without making a string) answers
 * exactly what looking up its text as a string answers, whatever the case and script.
 */
class TokenLookupsTest {

  private static final LanguageRules RULES = LanguageRulesNounsTest.RULES_FOR_TESTS;

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("De", "DE", "de", "zei", "Zei", "ZEI", "minister", "Ministers", "NAVO-chef", "woordvoerder",
            "İmam", "i̇mam", "Σ", "ΣΑΣ", "ς", "\uD801\uDC00", "\uD83D\uDE00", "straße", "ministerie", "legeren",
            "Koeleba’s", "'s", "-", ".", ",", " ", "\n", "«", "»"),
        Arbitraries.strings().all().ofMaxLength(4));
    return pieces.list().ofMaxSize(30).map(l -> String.join(" ", l));
  }

  @Property(tries = 1000)
  void tokenLookupsAnswerAsStringLookups(@ForAll("texts") String text) {
    Tokens t = Tokens.words(text);
    t.lookUp(RULES);
    for (int k = 0; k < t.size(); k++) {
      String w = t.word(k);
      String where = "token '" + w + "' of '" + text + "'";
      for (WordClass c : WordClass.values()) {
        assertEquals(RULES.is(w, c), RULES.is(t, k, c), c + " of " + where);
      }
      assertEquals(RULES.isFunctionWord(w), RULES.isFunctionWord(t, k), "function word: " + where);
      assertEquals(RULES.isTitle(w), RULES.isTitle(t, k), "title: " + where);
      assertEquals(RULES.isOrganisation(w), RULES.isOrganisation(t, k), "organisation: " + where);
      assertEquals(RULES.isSpokesperson(w), RULES.isSpokesperson(t, k), "spokesperson: " + where);
      assertEquals(RULES.cues(t.chars(), t.start(k), t.end(k)), RULES.cues(t, k), "cues: " + where);
      String lower = w.toLowerCase(Locale.ROOT);
      for (String other : List.of(lower, "de", "zei", "i̇mam", lower + "x")) {
        assertEquals(lower.equals(other), t.lowerEquals(k, other), "lowerEquals " + other + ": " + where);
      }
      assertEquals(w.endsWith("’s") || w.endsWith("'s"), t.endsWith(k, "’s") || t.endsWith(k, "'s"), "genitive: " + where);
    }
  }
}
