package org.whosaid.lang.nl;

import java.util.Map;
import org.whosaid.testing.NameKeysContract;

/** Dutch transliterations meet the common spelling; the gazetteer knows Dutch forms. */
class DutchNameKeysTest extends NameKeysContract {

  DutchNameKeysTest() {
    super(new DutchLanguageModule(), "abcdefghijklmnoprstuvwzéëïöüj",
        Map.ofEntries(Map.entry("Joelia Tymosjenko", "person:timoshenko:julia"),
            Map.entry("Aleksej Navalnyj", "person:navalni:aleksei"),
            Map.entry("de Russische oppositieleider Aleksej Navalnyj", "person:navalni:aleksei"),
            Map.entry("Jevgenij Prigozjin", "person:prigoshin:jevgeni"),
            Map.entry("Viktor Tsjernomyrdin", "person:chernomirdin:viktor"),
            // a particle after a given name is the surname's, no article that a title stands behind
            Map.entry("Tessa de Vries", "person:vries:tesa"),
            Map.entry("Ad van de Ven", "person:ven:ad"),
            Map.entry("minister de Vries", "person:vries"),
            // Russian х is "kh" in English and "ch" in Dutch; German "tsch" is Dutch "tsj"
            Map.entry("Michail Zacharova", "person:zacharova:michail"),
            Map.entry("Vitali Klitsjko", "person:klichko:vitali"),
            Map.entry("Vitali Klitschko", "person:klichko:vitali"),
            // the ё after ч that Dutch writes "o" and the common spelling "e"; Aleksandr is Alexander
            Map.entry("Michail Gorbatsjov", "person:gorbachev:michail"),
            Map.entry("Nikita Chroesjtsjov", "person:chrushchev:nikita"),
            Map.entry("Aleksandr Doegin", "person:dugin:aleksander")),
        Map.of("NAVO", "Q7184",
            "het Kremlin", "whosaid:kremlin",
            "het Russische ministerie van Defensie", "organization:Q159:defence+ministry",
            "het Qatarese ministerie van Buitenlandse Zaken", "organization:Q846:foreign+ministry"));
  }
}
