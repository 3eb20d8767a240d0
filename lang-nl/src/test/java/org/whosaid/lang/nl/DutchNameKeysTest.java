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
            Map.entry("Jevgenij Prigozjin", "person:prigozhin:jevgeni"),
            Map.entry("Viktor Tsjernomyrdin", "person:chernomirdin:viktor"),
            // a particle after a given name is the surname's, no article that a title stands behind
            Map.entry("Tessa de Vries", "person:vries:tesa"),
            Map.entry("Ad van de Ven", "person:ven:ad"),
            Map.entry("minister de Vries", "person:vries"),
            // the Dutch "ch" of Russian х is the common "kh"; German "tsch" is Dutch "tsj"
            Map.entry("Michail Zacharova", "person:zakharova:mikhail"),
            Map.entry("Vitali Klitsjko", "person:klichko:vitali"),
            Map.entry("Vitali Klitschko", "person:klichko:vitali")),
        Map.of("NAVO", "Q7184",
            "het Kremlin", "whosaid:kremlin",
            "het Russische ministerie van Defensie", "organization:Q159:defence+ministry"));
  }
}
