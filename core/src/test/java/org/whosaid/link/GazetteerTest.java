package org.whosaid.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.whosaid.Corpus;
import org.whosaid.model.ActorType;
import org.whosaid.spi.GazetteerEntry;
import org.whosaid.testing.FixtureLanguage;

/** {@link Gazetteer}: forms of known actors per language, and how users extend or replace it. */
class GazetteerTest {

  private static final GazetteerEntry NAVO = new GazetteerEntry("NAVO", "Q7184", "NATO", ActorType.ORGANIZATION);
  private static final GazetteerEntry NATO = new GazetteerEntry("NATO", "Q7184", "NATO", ActorType.ORGANIZATION);
  private static final GazetteerEntry RUSLAND = new GazetteerEntry("Rusland", "Q159", "Russia", ActorType.ORGANIZATION);
  private static final GazetteerEntry RUSSLAND = new GazetteerEntry("Russland", "Q159", "Russia", ActorType.ORGANIZATION);

  private final Gazetteer gazetteer = Gazetteer.builder()
      .add("nl", NAVO).add("nl", RUSLAND).add("no", RUSSLAND).add(NATO).build();

  @Test
  void formsInEveryLanguageMeetAtOneIdentifier() {
    assertEquals("Q7184", gazetteer.lookup("NAVO", "nl").orElseThrow().id());
    assertEquals("Q7184", gazetteer.lookup("Nato", "no").orElseThrow().id(), "an entry for every language, case aside");
    assertEquals("Q159", gazetteer.lookup("Russlands", "no").orElseThrow().id(), "a genitive is its base form");
    assertEquals("Q159", gazetteer.lookup("rusland", "en").orElseThrow().id(), "another language's form when all agree");
    assertEquals(Optional.empty(), gazetteer.lookup("Oekraïne", "nl"));
    assertEquals("NATO", gazetteer.byId("Q7184").orElseThrow().canonical());
    assertEquals("Q159", gazetteer.byCanonical("russia").orElseThrow().id());
  }

  @Test
  void findsTheFormsOfALanguageInText() {
    List<FormMatcher.Match<GazetteerEntry>> found = gazetteer.find("De NAVO zegt dat Rusland troepen terugtrekt.", "nl");
    assertEquals(List.of("Q7184", "Q159"), found.stream().map(m -> m.value().id()).toList());
    assertTrue(gazetteer.find("De NAVO zegt dat Rusland troepen terugtrekt.", "no").stream()
        .noneMatch(m -> m.value().id().equals("Q159")), "Rusland is a Dutch form, not a Norwegian one");
  }

  @Test
  void usersExtendAndPruneItThroughTheBuilder() {
    Gazetteer mine = gazetteer.toBuilder()
        .add("nl", new GazetteerEntry("Tweede Kamer", "Q233262", "House of Representatives", ActorType.ORGANIZATION))
        .add("ACME", "acme", "ACME Corporation", ActorType.ORGANIZATION)
        .remove(e -> e.id().equals("Q159"))
        .build();
    assertEquals("Q233262", mine.lookup("tweede kamer", "nl").orElseThrow().id());
    assertEquals("acme", mine.lookup("ACME", "no").orElseThrow().id());
    assertEquals(Optional.empty(), mine.lookup("Rusland", "nl"));
    assertEquals("Q159", gazetteer.lookup("Rusland", "nl").orElseThrow().id(), "the original is unchanged");
  }

  @Test
  void theFirstEntryOfAFormWinsAndBadEntriesAreRefused() {
    Gazetteer g = Gazetteer.builder().add("en", NATO)
        .add("en", new GazetteerEntry("NATO", "other", "Other", ActorType.ORGANIZATION)).build();
    assertEquals("Q7184", g.lookup("NATO", "en").orElseThrow().id());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.builder().add(new GazetteerEntry(" ", "x", "X", ActorType.GROUP)));
    assertTrue(e.getMessage().contains("needs a form"), e.getMessage());
  }

  @Test
  void aCorpusLinksWithTheGazetteerItIsGiven() {
    String text = "“We see no withdrawal,” said NATO.\n\n“ACME will not leave,” said ACME.";
    Corpus standard = FixtureLanguage.corpus().add(FixtureLanguage.article("a.txt", text));
    assertTrue(standard.actors().stream().anyMatch(a -> a.key().value().equals("Q7184")), standard.actors().toString());
    assertFalse(standard.actors().stream().anyMatch(a -> a.key().value().equals("acme")));

    Gazetteer extended = standard.gazetteer().toBuilder().add("ACME", "acme", "ACME Corporation", ActorType.ORGANIZATION).build();
    Corpus mine = Corpus.builder(FixtureLanguage.WHO_SAID).modules(FixtureLanguage.MODULE).gazetteer(extended).build()
        .add(FixtureLanguage.article("a.txt", text));
    assertTrue(mine.actors().stream().anyMatch(a -> a.key().value().equals("acme") && a.name().equals("ACME Corporation")),
        mine.actors().toString());

    Corpus none = Corpus.builder(FixtureLanguage.WHO_SAID).modules(FixtureLanguage.MODULE).gazetteer(Gazetteer.empty()).build()
        .add(FixtureLanguage.article("a.txt", text));
    assertFalse(none.actors().stream().anyMatch(a -> a.key().value().equals("Q7184")), none.actors().toString());
  }
}
