package org.whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.whosaid.spi.ResourceLanguageModule;

/** Title and organisation nouns are matched inflected and in compounds, exactly as the plain definition says. */
class LanguageRulesNounsTest {

  /** A module with the small lexicons next to this test. */
  static final class Fixture extends ResourceLanguageModule {
    Fixture() {
      super("xx", "Fixture", name -> LanguageRulesNounsTest.class.getResourceAsStream("nouns-fixture/" + name));
    }
  }

  private static final Fixture MODULE = new Fixture();
  private static final LanguageRules RULES = new LanguageRules(MODULE);
  /** The fixture's rules, for the other tests of this package. */
  static final LanguageRules RULES_FOR_TESTS = RULES;
  private static final String[] SUFFIXES = {"ene", "en", "et", "ens", "ets", "s", "’s", "'s", "e", "er"};

  /** The definition: the word, or its stem without an inflection suffix, is a noun or a compound ending in one. */
  static boolean expected(String word, Set<String> nouns) {
    String w = word.toLowerCase(Locale.ROOT);
    int hyphen = w.lastIndexOf('-');
    if (hyphen >= 0 && hyphen < w.length() - 1 && (nouns.contains(w) || expected(w.substring(hyphen + 1), nouns))) {
      return true;
    }
    if (compoundOf(w, nouns)) {
      return true;
    }
    for (String suffix : SUFFIXES) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix) && compoundOf(w.substring(0, w.length() - suffix.length()), nouns)) {
        return true;
      }
    }
    return false;
  }

  private static boolean compoundOf(String w, Set<String> nouns) {
    if (nouns.contains(w)) {
      return true;
    }
    for (int i = 3; i <= w.length() - 4; i++) {
      if (nouns.contains(w.substring(i))) {
        return true;
      }
    }
    return false;
  }

  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("minister", "MINISTER", "woordvoerder", "ceo", "CEO", "dr", "chef", "imam", "İmam", "i̇mam",
            "ministerie", "leger", "bank", "raad", "lag", "politie", "straße", "STRASSE", "talsmann",
            "ene", "en", "et", "ens", "ets", "s", "’s", "'s", "e", "er", "-", "--", "buiten", "landse", "x", "Σ", "ς"),
        Arbitraries.strings().all().ofMaxLength(3));
    return pieces.list().ofMaxSize(5).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void nounsMatchAsDefined(@ForAll("words") String word) {
    assertEquals(expected(word, MODULE.titles()), RULES.isTitle(word), "title " + word);
    assertEquals(expected(word, MODULE.organisationNouns()), RULES.isOrganisation(word), "organisation " + word);
    assertEquals(expected(word, MODULE.spokespersonTitles()), RULES.isSpokesperson(word), "spokesperson " + word);
  }

  @Test
  void matchesInflectedCompoundAndHyphenatedNouns() {
    assertTrue(RULES.isTitle("buitenlandseminister"));
    assertTrue(RULES.isTitle("NAVO-chef"));
    assertTrue(RULES.isTitle("ministers"));
    assertTrue(RULES.isOrganisation("Defensieministerie"));
    assertTrue(RULES.isOrganisation("legeren"));
    assertFalse(RULES.isOrganisation("bankier"));
    assertFalse(RULES.isTitle("xdr"), "a compound needs a noun of four letters or more");
    assertTrue(RULES.isTitle("dr"));
  }

  @Test
  void wordClassesAndFunctionWordsIgnoreCase() {
    assertTrue(RULES.is("De", org.whosaid.spi.WordClass.DETERMINER));
    assertFalse(RULES.is("De", org.whosaid.spi.WordClass.ADVERB));
    assertTrue(RULES.isFunctionWord("Zei"));
    assertFalse(RULES.isFunctionWord("kat"));
  }
}
