package org.whosaid.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whosaid.link.NameKeys;
import org.whosaid.model.ActorType;
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

  @Test
  void regnalNumbersTellPeopleApart() {
    NameKeys keys = NameKeys.of(new EnglishLanguageModule());
    assertNotEquals(keys.key("Albert I", ActorType.PERSON), keys.key("Albert II", ActorType.PERSON));
    assertNotEquals(keys.key("Richard II", ActorType.PERSON), keys.key("Richard III", ActorType.PERSON));
    assertEquals("person:grifei:ken:jr", keys.key("Ken Griffey Jr.", ActorType.PERSON).value());
  }
}
