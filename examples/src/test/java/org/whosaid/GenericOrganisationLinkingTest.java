package org.whosaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.whosaid.link.CorpusActor;
import org.whosaid.model.Article;

/**
 * An organisation named by generic nouns alone ("the government", "the police") names a different
 * body in every country: across articles it joins a stated body only where its article names that
 * state, and never bridges two states' bodies.
 */
class GenericOrganisationLinkingTest {

  private static final WhoSaid WHO_SAID = WhoSaid.builder().languages("en").build();

  private static List<CorpusActor> actors(String... texts) {
    Corpus corpus = WHO_SAID.corpus();
    for (int i = 0; i < texts.length; i++) {
      corpus.add(Article.builder().id("article-" + i).language("en").text(texts[i]).build());
    }
    return corpus.actors();
  }

  /** The actors with an alias of this form. */
  private static List<CorpusActor> withForm(List<CorpusActor> actors, String form) {
    return actors.stream().filter(a -> a.aliases().stream().anyMatch(al -> al.form().equals(form))).toList();
  }

  private static Set<String> forms(CorpusActor a) {
    return a.aliases().stream().map(CorpusActor.Alias::form).collect(Collectors.toSet());
  }

  @Test
  void theGovernmentsOfTwoStatesStayApartThoughOtherArticlesSayTheGovernmentOfEach() {
    List<CorpusActor> actors = actors(
        "The government of Iraq said on Monday that the talks had failed.",
        "The government of China said on Friday that exports had risen.",
        "The government said on Tuesday that new talks would start soon. Iraq wants a deal before the summer.",
        "The government said on Sunday that the figures were final. China expects growth next year.");
    List<CorpusActor> iraq = withForm(actors, "government of Iraq");
    List<CorpusActor> china = withForm(actors, "government of China");
    assertEquals(1, iraq.size(), actors.toString());
    assertEquals(1, china.size(), actors.toString());
    assertNotEquals(iraq.get(0).key(), china.get(0).key());
    assertEquals(Set.of("government of Iraq", "government"), forms(iraq.get(0)), iraq.toString());
    assertEquals(Set.of("government of China", "government"), forms(china.get(0)), china.toString());
  }

  @Test
  void aBareGenericNameJoinsNoBodyOfAStateItsArticleNeverNames() {
    List<CorpusActor> actors = actors(
        "The police in Paris said on Monday that the suspect had fled. France has raised its alert level.",
        "The police said that the road would stay closed until Friday.");
    for (CorpusActor a : withForm(actors, "police")) {
      assertEquals(Set.of("police"), forms(a), "the bare police of the second article: " + a);
    }
  }

  @Test
  void aGenericNameJoinsTheBodyOfTheStateItsArticleNames() {
    List<CorpusActor> actors = actors(
        "The government of Iraq said on Monday that the talks had failed.",
        "The government said on Tuesday that new talks would start soon. Iraq wants a deal before the summer.");
    List<CorpusActor> iraq = withForm(actors, "government of Iraq");
    assertEquals(1, iraq.size(), actors.toString());
    assertEquals(Set.of("government of Iraq", "government"), forms(iraq.get(0)), iraq.toString());
  }
}
