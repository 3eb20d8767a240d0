package org.whosaid.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Actor;
import org.whosaid.model.ActorKey;
import org.whosaid.model.ActorType;
import org.whosaid.testing.FixtureLanguage;

/**
 * {@link ActorLinker}: one actor across articles and spellings, and no false merges: two people
 * who share a surname, a father and a son, a name with another generational suffix.
 */
class ActorLinkerTest {

  private final ActorLinker linker = ActorLinker.create(List.of(FixtureLanguage.MODULE),
      Gazetteer.builder().addAll(FixtureLanguage.MODULE).build());

  /** Adds an article whose text names these persons (each a sentence of its own). */
  private void article(String id, String... persons) {
    List<Actor> actors = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String p : persons) {
      actors.add(Actor.builder(p).type(ActorType.PERSON).key(ActorKey.of("local:" + p)).build());
      text.append(p).append(" spoke. ");
    }
    linker.add(id, "xx", text.toString(), actors, List.of());
  }

  /** The key of the one linked actor with this alias. */
  private ActorKey keyOf(String form) {
    List<CorpusActor> with = linker.link().actors().stream()
        .filter(a -> a.aliases().stream().anyMatch(al -> al.form().equals(form))).toList();
    assertEquals(1, with.size(), form + " in " + linker.link().actors());
    return with.get(0).key();
  }

  @Test
  void oneNameAcrossArticlesAndTransliterationsIsOneActor() {
    article("a", "Juri Koelev");
    article("b", "Juri Kulev", "Kulev");
    article("c", "Kulev");
    assertEquals(keyOf("Juri Kulev"), keyOf("Juri Koelev"));
    assertEquals(keyOf("Juri Kulev"), keyOf("Kulev"));
    assertEquals(3, linker.link().actors().get(0).articles().size());
  }

  @Test
  void twoPeopleSharingASurnameStayApartAndTheSurnameAloneJoinsNeither() {
    article("a", "Anna Berg");
    article("b", "Peter Berg");
    article("c", "Berg");
    article("d", "A. Berg");
    assertNotEquals(keyOf("Anna Berg"), keyOf("Peter Berg"));
    assertNotEquals(keyOf("Berg"), keyOf("Anna Berg"));
    assertNotEquals(keyOf("Berg"), keyOf("Peter Berg"));
    assertEquals(keyOf("Anna Berg"), keyOf("A. Berg"), "an initial that fits one of them only");
  }

  @Test
  void aFatherAndASonStayApart() {
    article("a", "George Bush");
    article("b", "George W. Bush");
    article("c", "George H. W. Bush");
    assertNotEquals(keyOf("George Bush"), keyOf("George W. Bush"));
    assertNotEquals(keyOf("George Bush"), keyOf("George H. W. Bush"));
    assertNotEquals(keyOf("George W. Bush"), keyOf("George H. W. Bush"));
  }

  @Test
  void aNameWithoutTheMiddleInitialStaysApartEvenWhenOnlyTheSonIsNamed() {
    article("a", "George Bush");
    article("b", "George W. Bush");
    assertNotEquals(keyOf("George Bush"), keyOf("George W. Bush"));
  }

  @Test
  void aMiddleNameLeftOutStillJoins() {
    article("a", "Odd Roger Enoksen");
    article("b", "Odd Enoksen");
    assertEquals(keyOf("Odd Roger Enoksen"), keyOf("Odd Enoksen"));
  }

  @Test
  void generationalSuffixesKeepFatherAndSonApart() {
    article("a", "John Smith Jr.");
    article("b", "John Smith");
    assertNotEquals(keyOf("John Smith Jr."), keyOf("John Smith"));
  }

  @Test
  void aSurnameAloneJoinsAcrossArticlesOnlyAPersonSomeArticleCallsByIt() {
    article("a", "Juri Kulev", "Kulev");
    article("b", "Kulev");
    article("c", "Jakarta Post");
    article("d", "Post");
    assertEquals(keyOf("Juri Kulev"), keyOf("Kulev"));
    assertNotEquals(keyOf("Jakarta Post"), keyOf("Post"), "nobody calls the Jakarta Post 'Post' alone");
  }

  @Test
  void aPlaceInFrontIsPartOfTheNameUnlessItIsAGenitive() {
    article("a", "Moscow Post");
    article("b", "Jakarta Post");
    article("c", "Russia's Kulev", "Juri Kulev");
    assertNotEquals(keyOf("Moscow Post"), keyOf("Jakarta Post"));
    assertEquals(keyOf("Juri Kulev"), keyOf("Russia's Kulev"));
  }

  @Test
  void anotherPersonsNameAmongAnActorsFormsIsNoAlias() {
    Actor robert = Actor.builder("Robert Mugabe").key(ActorKey.of("local")).form("Mugabe").form("Grace Mugabe").form("President Mugabe").build();
    linker.add("a", "xx", "Robert Mugabe spoke. Mugabe spoke. Grace Mugabe spoke. President Mugabe spoke.", List.of(robert), List.of());
    CorpusActor actor = linker.link().actors().stream().filter(a -> a.name().equals("Robert Mugabe")).findFirst().orElseThrow();
    List<String> forms = actor.aliases().stream().map(CorpusActor.Alias::form).sorted().toList();
    assertEquals(List.of("Mugabe", "President Mugabe", "Robert Mugabe"), forms, actor.toString());
  }

  @Test
  void inOneArticleTheSurnameJoinsTheOnePersonItFits() {
    article("a", "Anna Berg", "Berg");
    assertEquals(keyOf("Anna Berg"), keyOf("Berg"));
    assertEquals(1, linker.link().actors().size());
  }

  @Test
  void inOneArticleASurnameThatFitsTwoPeopleJoinsNeither() {
    article("b", "Anna Berg", "Peter Berg", "Berg");
    assertEquals(3, linker.link().actors().stream().map(CorpusActor::key).distinct().count(), linker.link().actors().toString());
  }
}
