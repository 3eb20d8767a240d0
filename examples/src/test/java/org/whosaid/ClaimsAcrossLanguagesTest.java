package org.whosaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.whosaid.link.ClaimClusterer;
import org.whosaid.link.CorpusActor;
import org.whosaid.link.Evidence;
import org.whosaid.link.EvidenceReader;
import org.whosaid.link.Gazetteer;
import org.whosaid.model.Article;
import org.whosaid.model.Claim;
import org.whosaid.model.Stance;

/** Statements in Dutch, Norwegian and English that put forward one proposition make one claim. */
class ClaimsAcrossLanguagesTest {

  private static final Gazetteer GAZETTEER = Gazetteer.of(WhoSaid.availableModules().values());

  private static Evidence read(String language, String content) {
    return EvidenceReader.of(WhoSaid.availableModules().get(language), GAZETTEER).read(content);
  }

  @Test
  void oneStatementInEachLanguageSharesNumbersActorsAndConcepts() {
    Evidence nl = read("nl", "Rusland trekt 10.000 troepen terug van de grens met Oekraïne");
    Evidence no = read("no", "Russland trekker 10 000 soldater tilbake fra grensen til Ukraina");
    Evidence en = read("en", "Russia is pulling 10,000 troops back from the border with Ukraine");
    for (String feature : List.of("n:10000", "e:Q159", "e:Q212", "c:troops", "c:border")) {
      assertTrue(nl.has(feature) && no.has(feature) && en.has(feature), feature + ": " + nl + " " + no + " " + en);
    }
  }

  @Test
  void statementsGroupByPropositionNotByLanguage() {
    List<Evidence> statements = new ArrayList<>(List.of(
        read("nl", "Rusland trekt 10.000 troepen terug van de grens met Oekraïne"),
        read("no", "Russland trekker 10 000 soldater tilbake fra grensen til Ukraina"),
        read("en", "Russia is pulling 10,000 troops back from the border with Ukraine"),
        read("nl", "De graanprijzen stijgen deze week sterk"),
        read("no", "Prisene på korn stiger kraftig denne uken"),
        read("en", "Grain prices are rising sharply this week"),
        read("nl", "De NAVO-top in juli gaat over nieuwe sancties tegen Iran"),
        read("no", "NATO-toppmøtet i juli skal handle om nye sanksjoner mot Iran"),
        read("en", "The NATO summit in July will discuss new sanctions against Iran")));
    List<List<Integer>> groups = ClaimClusterer.create().cluster(statements).stream().map(ClaimClusterer.Group::all).toList();
    assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 7, 8)), groups);
  }

  @Test
  void aCorpusClaimHoldsTheStatementsOfEveryLanguageWithTheirSpeakerAndStance() {
    Corpus corpus = WhoSaid.create().corpus()
        .add(Article.of("nl.txt", "NAVO-chef Jens Stoltenberg zei dinsdag dat er ‘reden is voor voorzichtig optimisme’ over "
            + "diplomatie met Rusland.\n\nDe graanprijzen stijgen deze week sterk, meldt persbureau Reuters."))
        .add(Article.of("no.txt", "NATO-sjef Jens Stoltenberg sa tirsdag at det er «grunn til forsiktig optimisme» om "
            + "diplomatiet med Russland.\n\nPrisene på korn stiger kraftig denne uken, melder nyhetsbyrået Reuters."))
        .add(Article.of("en.txt", "“There are grounds for cautious optimism about diplomacy with Russia,” NATO Secretary-General "
            + "Jens Stoltenberg told reporters on Tuesday.\n\nGrain prices are rising sharply this week, Reuters reported."));
    CorpusActor stoltenberg = corpus.actors().stream().filter(a -> a.name().equals("Jens Stoltenberg")).findFirst().orElseThrow();
    assertEquals(Set.of("en", "nl", "no"), stoltenberg.languages());
    Claim optimism = corpus.claims().stream().filter(c -> c.actors().contains(stoltenberg.key())).findFirst().orElseThrow();
    assertEquals(Set.of("en", "nl", "no"), optimism.languages(), optimism.toString());
    assertEquals(3, optimism.statements().size(), optimism.toString());
    assertTrue(optimism.statements().stream().allMatch(m -> m.stance() == Stance.ASSERT), optimism.toString());
    assertTrue(corpus.claims().stream().noneMatch(c -> c != optimism && c.actors().contains(stoltenberg.key())),
        corpus.claims().toString());
  }

  @Test
  void aFocusParticleIsAFeatureOfTheClaimThoughAnAdverbOfTheAttributionRules() {
    assertTrue(addsAFeature("en", "Kyiv would believe in de-escalation only after seeing the pullout", "only "));
    assertTrue(addsAFeature("nl", "Kiev gelooft alleen in de-escalatie na de terugtrekking", "alleen "));
    assertTrue(addsAFeature("no", "Russland har trukket nesten alle troppene tilbake fra grensen", "nesten "));
    // an adverb that is no focus particle says nothing of the proposition
    assertTrue(!addsAFeature("en", "Kyiv would then believe in de-escalation after seeing the pullout", "then "));
  }

  /** Whether {@code content} has a feature more than the same content without {@code word}. */
  private static boolean addsAFeature(String language, String content, String word) {
    Set<String> with = read(language, content).features().keySet();
    Set<String> without = read(language, content.replace(word, "")).features().keySet();
    return with.containsAll(without) && with.size() > without.size();
  }
}
