package org.whosaid.lang.no;

import java.util.Map;
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
}
