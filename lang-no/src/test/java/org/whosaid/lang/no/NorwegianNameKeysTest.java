package org.whosaid.lang.no;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whosaid.link.NameFolder;
import org.whosaid.testing.NameKeysContract;

/** Norwegian transliterations meet the common spelling; the gazetteer knows Norwegian forms. */
class NorwegianNameKeysTest extends NameKeysContract {

  NorwegianNameKeysTest() {
    super(new NorwegianLanguageModule(), "abcdefghijklmnoprstuvyzæøåéj",
        Map.of("Julija Tymosjenko", "person:timoshenko:julia",
            "Aleksej Navalnyj", "person:navalni:aleksei",
            "Jevgenij Prigozjin", "person:prigoshin:jevgeni",
            "Wagner-sjef Jevgenij Prigozjin", "person:prigoshin:jevgeni",
            "Mikhail Zakharova", "person:zacharova:michail",
            "Vitalij Klitsjko", "person:klichko:vitali",
            "Vitalij Klitschko", "person:klichko:vitali",
            "Mikhail Gorbatsjov", "person:gorbachev:michail",
            "Aleksandr Dugin", "person:dugin:aleksander"),
        Map.of("Kreml", "whosaid:kremlin",
            "Russlands", "Q159",
            "det russiske forsvarsdepartementet", "organization:Q159:defence+ministry"));
  }

  @Test
  void aSpellingThatOneRuleMakesForAnEarlierOneIsFoldedToTheEnd() {
    // "tsj" → "ch" makes "tsch" of "tstsj", and the skeleton's "kh" → "ch" of "tskh", which "tsch" → "tsj" → "ch" rewrites in turn
    NameFolder folder = NameFolder.of(new NorwegianLanguageModule());
    assertEquals("iafchf", folder.key("Iaftstsjf"));
    assertEquals("iafchf", folder.key("Iaftskhf"));
    assertEquals("dsipilbsbl iafchf iae", folder.key("dsipilbsbl iaftschf iae"));
  }
}
