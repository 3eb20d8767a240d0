package org.whosaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.whosaid.pipeline.LanguageIdentifier;
import org.whosaid.pipeline.Tokens;
import org.whosaid.testing.SharedCorpus;

/**
 * Identifying the language from the words extraction finds anyway gives what asking every module
 * about the text gives: on the corpus, and on text made to make the modules' scores close.
 */
class LanguageIdentificationTest {

  private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(List.copyOf(WhoSaid.availableModules().values()));

  private static void sameFromTokens(String text) {
    Tokens words = Tokens.words(text);
    try {
      assertEquals(IDENTIFIER.identify(text), IDENTIFIER.identify(words), () -> "text: " + text);
    } finally {
      words.release(); // else the thread's token arrays stay lent, and every later test allocates its own
    }
  }

  @Test
  void tokensIdentifyTheCorpusAsTheModulesDo() {
    List<SharedCorpus.Text> texts = SharedCorpus.texts();
    assumeFalse(texts.isEmpty(), "../shared/corpus is absent");
    texts.forEach(t -> sameFromTokens(t.text()));
  }

  @Provide
  Arbitrary<String> mixedText() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("de", "het", "een", "og", "det", "er", "the", "and", "of", "der", "die", "und", "De", "THE", "Og",
            "is", "en", "in", "at", "to", "zei", "sa", "said", "Koeleba", "2024", "NAVO-chef", "regio’s", "it's",
            "x1y", "Σας", "İstanbul", "straße", "\uD83D\uDE00", "é", "e\u0301", "ﬁ"),
        Arbitraries.strings().all().ofMaxLength(3));
    Arbitrary<String> separators = Arbitraries.of(" ", "  ", "\n", ", ", ". ", "-", "’", "«", "1");
    return Arbitraries.oneOf(
        pieces.list().ofMaxSize(40).map(l -> String.join(" ", l)),
        Arbitraries.strings().withChars("ab- ’'1.,".toCharArray()).withCharRange('A', 'C').ofMaxLength(60),
        pieces.list().ofMinSize(1).ofMaxSize(8).flatMap(l -> separators.map(sep -> String.join(sep, l)))
            .map(s -> s.repeat(4100 / (s.length() + 1) + 1)));
  }

  @Property(tries = 1000)
  void tokensIdentifyAnyTextAsTheModulesDo(@ForAll("mixedText") String text) {
    sameFromTokens(text);
  }
}
