package org.whosaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.whosaid.link.CorpusActor;
import org.whosaid.model.Article;
import org.whosaid.testing.FixtureLanguage;

/**
 * A {@link Corpus} links the same actors and claims, in the same order, whatever the order its
 * articles were added in. Uses {@link FixtureLanguage}, so it needs no language module and no
 * shared data.
 */
class CorpusOrderTest {

  /** Six articles: one person under two spellings, two people sharing her surname, two articles sharing an id. */
  static final List<Article> ARTICLES = List.of(
      article("a.txt", "“Our troops will leave the border this week,” said minister Anna Berg.\n\n"
          + "Berg added: “The withdrawal of the troops starts this week.”\n\nNATO said it had not seen any withdrawal."),
      article("b.txt", "“The soldiers will leave the border this week,” Anna Berg said.\n\n"
          + "“We have not seen any withdrawal of Russian troops,” NATO said."),
      article("c.txt", "“Grain prices will rise,” said Peter Berg, a trader.\n\n“Prices of grain rise in Moscow,” Berg added."),
      article("d.txt", "“The troops stay at the border,” said spokesman Joeri Koelev.\n\nKoelev said the troops stay."),
      article("dup.txt", "“Russian troops will leave the border,” said Juri Kulev."),
      article("dup.txt", "“Grain prices in Russia will rise this week,” said Anna Berg."));

  private static Article article(String id, String text) {
    return FixtureLanguage.article(id, text);
  }

  private static Corpus corpusOf(List<Article> articles) {
    Corpus c = FixtureLanguage.corpus();
    articles.forEach(c::add);
    return c;
  }

  /** The actors and claims, everything each says, in the corpus's order. */
  private static List<String> describe(Corpus c) {
    List<String> out = c.actors().stream().map(CorpusActor::toString).collect(Collectors.toList());
    c.claims().forEach(cl -> out.add(cl.toString()));
    return out;
  }

  @Provide
  Arbitrary<List<Article>> orders() {
    return Arbitraries.shuffle(ARTICLES);
  }

  @Property(tries = 30)
  void articlesInAnyOrderGiveTheActorsAndClaimsOfTheSortedOrder(@ForAll("orders") List<Article> order) {
    assertEquals(describe(corpusOf(ARTICLES)), describe(corpusOf(order)));
  }

  @Test
  void reversedOrderGivesEqualActorsAndClaims() {
    List<Article> reversed = new java.util.ArrayList<>(ARTICLES);
    java.util.Collections.reverse(reversed);
    Corpus forward = corpusOf(ARTICLES);
    Corpus backward = corpusOf(reversed);
    assertEquals(forward.actors(), backward.actors());
    assertEquals(forward.claims(), backward.claims());
    assertEquals(ARTICLES.size(), forward.articles());
    assertTrue(forward.claims().size() >= 2, forward.claims().toString());
  }

  @Test
  void onePersonAcrossArticlesAndSpellingsTwoPeopleWithOneSurnameApart() {
    List<CorpusActor> actors = corpusOf(ARTICLES).actors();
    CorpusActor anna = only(actors, "Anna Berg");
    CorpusActor peter = only(actors, "Peter Berg");
    assertNotEquals(anna.key(), peter.key());
    assertEquals(List.of("a.txt", "b.txt", "dup.txt"), anna.articles());
    assertEquals(List.of("c.txt"), peter.articles());
    CorpusActor kulev = only(actors, "Juri Kulev");
    assertTrue(kulev.aliases().stream().anyMatch(a -> a.form().equals("Joeri Koelev")), kulev.toString());
  }

  private static CorpusActor only(List<CorpusActor> actors, String form) {
    List<CorpusActor> with = actors.stream().filter(a -> a.aliases().stream().anyMatch(al -> al.form().equals(form))).toList();
    assertEquals(1, with.size(), form + " in " + actors);
    return with.get(0);
  }
}
