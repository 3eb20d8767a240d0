package org.whosaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.whosaid.model.Article;
import org.whosaid.model.Statement;

/** Invariants that hold on any text, in every language. */
class ExtractionPropertiesTest {

  private static final WhoSaid WHO_SAID = WhoSaid.create();

  @Provide
  Arbitrary<String> newsLikeText() {
    Arbitrary<String> pieces = Arbitraries.of(",,", "”", "''", "„", "“", "‘", "’", "\"", "«", "»", "– ", "- ", "\n", "\n\n",
        ", zei hij. ", ", sa han. ", " said Kuleba. ", " zei dat ", " sa at ", " said that ", "Koeleba", "Putin ",
        "de minister ", "talsmannen ", ". ", ": ", "regio’s ", "\uD83D\uDE00", "\u202E", "\u0000", "a", " ");
    return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void spansLieInsideTheTextAndMatchTheContent(@ForAll("newsLikeText") String text, @ForAll("language") String lang) {
    Article article = Article.builder().text(text).language(lang).build();
    Extraction e = WHO_SAID.extract(article);
    int previous = -1;
    for (Statement s : e.statements()) {
      assertTrue(s.span().end() <= text.length());
      assertEquals(text.substring(s.span().start(), s.span().end()), s.content());
      assertTrue(s.span().start() >= previous, "statements out of order");
      previous = s.span().start();
      s.speaker().ifPresent(sp -> assertEquals(text.substring(sp.mentionSpan().start(), sp.mentionSpan().end()), sp.mention()));
    }
  }

  @Property(tries = 200)
  void sameInputGivesSameOutput(@ForAll("newsLikeText") String text, @ForAll("language") String lang) {
    Article article = Article.builder().text(text).language(lang).build();
    assertEquals(WHO_SAID.extract(article), WHO_SAID.extract(article));
  }

  @Property(tries = 300)
  void nothingThrowsOnArbitraryText(@ForAll String text) {
    WHO_SAID.extract(Article.of(text));
    for (String lang : new String[] {"nl", "no", "en"}) {
      WHO_SAID.extract(Article.builder().text(text).language(lang).build());
    }
  }

  @Provide
  Arbitrary<String> language() {
    return Arbitraries.of("nl", "no", "en");
  }
}
