package org.whosaid.lang.nl;

import java.util.Map;
import org.whosaid.testing.NameKeysContract;

/** Dutch transliterations meet the common spelling; the gazetteer knows Dutch forms. */
class DutchNameKeysTest extends NameKeysContract {

  DutchNameKeysTest() {
    super(new DutchLanguageModule(), "abcdefghijklmnoprstuvwzéëïöüj",
        Map.of("Joelia Tymosjenko", "person:timoshenko:julia",
            "Aleksej Navalnyj", "person:navalni:aleksei",
            "de Russische oppositieleider Aleksej Navalnyj", "person:navalni:aleksei",
            "Jevgenij Prigozjin", "person:prigozhin:jevgeni",
            "Viktor Tsjernomyrdin", "person:chernomirdin:viktor",
            // a particle after a given name is the surname's, no article that a title stands behind
            "Tessa de Vries", "person:vries:tesa",
            "Ad van de Ven", "person:ven:ad",
            "minister de Vries", "person:vries"),
        Map.of("NAVO", "Q7184",
            "het Kremlin", "whosaid:kremlin",
            "het Russische ministerie van Defensie", "organization:Q159:defence+ministry"));
  }
}
