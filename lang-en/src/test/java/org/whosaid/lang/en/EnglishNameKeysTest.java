package org.whosaid.lang.en;

import java.util.Map;
import org.whosaid.testing.NameKeysContract;

/** English spelling variants meet the common spelling; the gazetteer knows English forms. */
class EnglishNameKeysTest extends NameKeysContract {

  EnglishNameKeysTest() {
    super(new EnglishLanguageModule(), "abcdefghijklmnopqrstuvwxyzéè",
        Map.of("Yulia Tymoshenko", "person:timoshenko:julia",
            "Alexei Navalny", "person:navalni:aleksei",
            "Aleksey Navalniy", "person:navalni:aleksei",
            "Yevgeny Prigozhin", "person:prigoshin:jevgeni",
            "Wagner chief Yevgeny Prigozhin", "person:prigoshin:jevgeni",
            "Mikhail Zakharova", "person:zacharova:michail",
            "Vitali Klitschko", "person:klichko:vitali",
            "Alexander Dugin", "person:dugin:aleksander",
            "Aleksandr Dugin", "person:dugin:aleksander",
            "Abdel Fattah el-Sisi", "person:sisi:abdel-fatah"),
        Map.of("NATO", "Q7184",
            "the Kremlin", "whosaid:kremlin",
            "Russia's defence ministry", "organization:Q159:defence+ministry",
            "the Qatari Ministry of Foreign Affairs", "organization:Q846:foreign+ministry",
            "the Israeli military", "organization:Q801:army",
            "the United States government", "organization:Q30:government",
            "the State Department", "Q789915",
            "the German Foreign Ministry", "organization:Q183:foreign+ministry",
            "the Chinese embassy", "organization:Q148:embassy"));
  }
}
