package org.whosaid.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link ResourceLanguageModule#identify}: the share of stopwords among the sample's words, however it is computed. */
class ResourceLanguageModuleIdentifyTest {

  /** A module with nothing but the stopwords next to this test. */
  static final class StopwordsOnly extends ResourceLanguageModule {
    StopwordsOnly(String language) {
      super(language, "Test " + language, name -> ResourceLanguageModuleIdentifyTest.class.getResourceAsStream("identify-fixture/" + name));
    }
  }

  private static final ResourceLanguageModule XX = new StopwordsOnly("xx");
  private static final ResourceLanguageModule YY = new StopwordsOnly("yy");

  /** The definition, computed the plain way: runs of letters, lower-cased a character at a time. */
  static double expectedShare(CharSequence sample, Set<String> stopwords) {
    int n = Math.min(sample.length(), ResourceLanguageModule.IDENTIFY_SAMPLE);
    int words = 0;
    int hits = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? sample.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        words++;
        hits += stopwords.contains(word.toString()) ? 1 : 0;
        word.setLength(0);
      }
    }
    return words == 0 ? 0 : (double) hits / words;
  }

  @Provide
  Arbitrary<String> textsWithStopwords() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("de", "De", "HET", "een", "zei", "één", "ÉÉN", "straße", "STRASSE", "deze", "hetzelfde",
            " ", "  ", ",", ".", "\n", "'", "’", "-", "\uD83D\uDE00", "\u202Eשלום", "İ", "ǅ", "\u0000"),
        Arbitraries.strings().all().ofMaxLength(12));
    return pieces.list().ofMaxSize(1500).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void identifyIsTheShareOfStopwordsAmongTheFirstWords(@ForAll("textsWithStopwords") String text) {
    assertEquals(expectedShare(text, XX.stopwords()), XX.identify(text));
    assertEquals(expectedShare(text, YY.stopwords()), YY.identify(text)); // the words found for XX are reused
    assertEquals(XX.identify(text), XX.identify(new StringBuilder(text)));
  }

  @Test
  void aChangedCharSequenceIsScannedAfresh() {
    StringBuilder b = new StringBuilder("de het een");
    assertEquals(1.0, XX.identify(b));
    b.setLength(0);
    b.append("nothing here at all");
    assertEquals(0.0, XX.identify(b));
    String s = "de kat";
    assertEquals(0.5, XX.identify(s));
    assertEquals(0.0, XX.identify("the cat"));
    assertEquals(0.5, XX.identify(s));
  }

  @Test
  void onlyTheFirstCharactersCount() {
    int sample = ResourceLanguageModule.IDENTIFY_SAMPLE;
    String text = "kat ".repeat(sample / 4) + "de ".repeat(sample);
    assertEquals(0.0, XX.identify(text));
    assertEquals(expectedShare(text.substring(0, sample), XX.stopwords()), XX.identify(text.substring(0, sample)));
    assertEquals(1.0, XX.identify("Één"), "Één lower-cases to a stopword");
    assertEquals(0, XX.identify(""));
    assertEquals("xx", XX.language().toLowerCase(Locale.ROOT));
  }
}
