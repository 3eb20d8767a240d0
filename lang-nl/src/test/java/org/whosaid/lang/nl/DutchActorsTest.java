package org.whosaid.lang.nl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.whosaid.testing.ExtractionAssert.assertStatement;

import org.junit.jupiter.api.Test;
import org.whosaid.Extraction;
import org.whosaid.model.Actor;
import org.whosaid.model.ActorType;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementType;
import org.whosaid.testing.ExtractionAssert;

class DutchActorsTest {

  private static Extraction extract(String text) {
    return ExtractionAssert.extract("nl", text);
  }

  @Test
  void anInitialBeforeANameParticleIsPartOfTheName() {
    Extraction e = extract("Er komt een staking, aldus boerenvoorman K. van der Wal uit Ede gisteren.");
    assertEquals("K. van der Wal", ExtractionAssert.speaker(e, "Er komt een staking").name());
  }

  @Test
  void vanAfterANameWithItsParticlesIsTheBodyItSpeaksFor() {
    Extraction e = extract("B. van den Heuvel van FNV-Bondgenoten zei dat de treinen weer rijden.");
    assertEquals("B. van den Heuvel", ExtractionAssert.speaker(e, "de treinen weer rijden").name());
    e = extract("Lotte van der Meer van de ANWB zei dat de wegen vol staan.");
    assertEquals("Lotte van der Meer", ExtractionAssert.speaker(e, "de wegen vol staan").name());
  }

  @Test
  void vanAfterAGivenNameIsTheSurnamesParticle() {
    Extraction e = extract("Pieter van Rijswijk zei dat de wegen vol staan.");
    assertEquals("Pieter van Rijswijk", ExtractionAssert.speaker(e, "de wegen vol staan").name());
  }

  @Test
  void thePortfolioAfterTheNameBelongsToTheRole() {
    Extraction e = extract("De Franse minister Jean Dupont van Defensie zei dat de troepen in Mali blijven.");
    Actor dupont = ExtractionAssert.speaker(e, "de troepen in Mali blijven");
    assertEquals("Jean Dupont", dupont.name());
    assertEquals("minister van Defensie", dupont.role().orElseThrow());
    assertEquals("Franse", dupont.affiliation().orElseThrow());
  }

  @Test
  void theFieldAfterATitleEndsWhereAGivenNameOpensTheName() {
    Extraction e = extract("\"Dit is een belangrijk moment,\" zegt hoogleraar Internationale Betrekkingen Anna de Vries van de "
        + "Universiteit Leiden.");
    Actor vries = ExtractionAssert.speaker(e, "Dit is een belangrijk moment,");
    assertEquals("Anna de Vries", vries.name());
    assertEquals("hoogleraar Internationale Betrekkingen", vries.role().orElseThrow());
    assertEquals("Anna de Vries", ExtractionAssert.statement(e, "Dit is een belangrijk moment,").speaker().orElseThrow().mention());
  }

  @Test
  void aSpokespersonOfTheMinistersMinistryIsThatMinistry() {
    Extraction e = extract("De Franse minister Jean Dupont van Defensie zei dat de troepen in Mali blijven.\n\n"
        + "Een woordvoerder van zijn ministerie heeft verklaard dat er geen nieuwe plannen zijn.");
    Actor ministry = ExtractionAssert.speaker(e, "er geen nieuwe plannen zijn");
    assertEquals("ministerie van Defensie", ministry.name());
    assertEquals(ActorType.ORGANIZATION, ministry.type());
    assertEquals("organization:Q142:defence+ministry", ministry.key().value());
  }

  @Test
  void aPlaceAfterTheNameIsNoPortfolio() {
    Extraction e = extract("Minister Sameh Shoukry van Egypte zei dat de grens open blijft.");
    Actor shoukry = ExtractionAssert.speaker(e, "de grens open blijft");
    assertEquals("Minister", shoukry.role().orElseThrow());
  }

  @Test
  void aSingleNameAfterATitleIsAPerson() {
    Extraction e = extract("De Israëlische defensieminister Ben-Eliezer rekent daar nu ook op. ,, God zij dank zijn we "
        + "omgeven door landen die geen oorlog willen. ''");
    Actor a = ExtractionAssert.speaker(e, "God zij dank zijn we omgeven door landen die geen oorlog willen.");
    assertEquals("Ben-Eliezer", a.name());
    assertEquals("defensieminister", a.role().orElseThrow());
  }

  @Test
  void aNameAfterAPrepositionOfPlaceIsNoPerson() {
    Extraction e = ExtractionAssert.extract("nl", "De 24-jarige Guillermo Canas kent een succesvol jaar. "
        + "De rechtshander uit Buenos Aires klom naar de 49ste plaats.\n\n,,Ik weet dat ik van iedereen kan winnen.''");
    assertStatement(e, "Ik weet dat ik van iedereen kan winnen.", StatementType.DIRECT, "Guillermo Canas", Stance.ASSERT);
  }

  @Test
  void aRelationNounThatOpensTheSentenceIsNoPartOfTheName() {
    Extraction e = extract("Moeder Anna de Vries zei dat haar dochter goed had gereden.");
    assertStatement(e, "haar dochter goed had gereden", StatementType.INDIRECT, "Anna de Vries", Stance.ASSERT);
  }

  @Test
  void aRomanNumeralBeforeANameIsNoPartOfIt() {
    Extraction e = extract("Ministers waren Piet Smit - kabinet-Kok I Karel Bakker - kabinet-Kok II. Bakker zei dat de lonen stijgen.");
    assertEquals("Karel Bakker", ExtractionAssert.speaker(e, "de lonen stijgen").name());
    e = extract("Ivo Bakker zei dat de lonen stijgen.");
    assertEquals("Ivo Bakker", ExtractionAssert.speaker(e, "de lonen stijgen").name());
  }

  @Test
  void aRomanNumeralInsideACapitalisedRunEndsTheWordsBeforeIt() {
    Extraction e = extract("Ministers waren Piet Smit - kabinet-Van Dam III Karel Bakker - kabinet-Kok II. Bakker zei dat de lonen stijgen.");
    assertEquals("Karel Bakker", ExtractionAssert.speaker(e, "de lonen stijgen").name());
    e = extract("Koning Willem II zei dat de lonen stijgen.");
    assertEquals("Willem II", ExtractionAssert.speaker(e, "de lonen stijgen").name());
  }

  @Test
  void aCompoundNounOnANameIsNoOnesName() {
    Extraction e = extract("Voor zijn eigen Karel de Boer-tribune reed hij een rondje. ,,Dat ik zo populair ben, vind ik mooi'', lachte hij.");
    assertEquals(java.util.Optional.empty(), ExtractionAssert.statement(e, "Dat ik zo populair ben, vind ik mooi").actor());
    e = extract("Karel de Boer-Smit zei dat de lonen stijgen.");
    assertEquals("Karel de Boer-Smit", ExtractionAssert.speaker(e, "de lonen stijgen").name());    // the syllables of a name after a hyphen are short, a compound's noun is a word
    e = extract("Kim Jong-un zei dat de raketten klaarstaan.");
    assertEquals("Kim Jong-un", ExtractionAssert.speaker(e, "de raketten klaarstaan").name());
    e = extract("Chiang Kai-sjek zei dat het leger standhoudt.");
    assertEquals("Chiang Kai-sjek", ExtractionAssert.speaker(e, "het leger standhoudt").name());
  }

  @Test
  void aPlaceAfterInAndAnArticleIsNoOneAPronounMeans() {
    Extraction e = extract("Kunstenaar Erwin de Vries heeft het ontwerp gemaakt. Het beeld komt te staan in het Utrechtse Wilhelminapark.\n\n"
        + "Het werk is zijn mooiste, zegt hij.");
    assertEquals("Erwin de Vries", ExtractionAssert.speaker(e, "Het werk is zijn mooiste").name());
  }

  @Test
  void aNewspaperIsAnOrganisationNotAPerson() {
    Actor paper = ExtractionAssert.statement(extract("Volgens De Telegraaf is het kabinet verdeeld."), "is het kabinet verdeeld")
        .actor().orElseThrow();
    assertEquals("De Telegraaf", paper.name());
    assertEquals(ActorType.ORGANIZATION, paper.type());
  }
  /** The name of the actor who says {@code content} in {@code text}. */
  private static String speakerOf(String text, String content) {
    return ExtractionAssert.statement(extract(text), content).actor().orElseThrow().name();
  }

  @Test
  void aNameAfterAnArticleIsNoOneAPronounMeans() {
    assertEquals("Kees Mulder", speakerOf("Trainer Kees Mulder zag zijn ploeg winnen. Na afloop van de Gouden Beker zei hij "
        + "dat het seizoen geslaagd is.", "het seizoen geslaagd is"));
    assertEquals("Anna Brouwer", speakerOf("Anna Brouwer had lang getraind. Toch miste ze een Elfstedentocht Special. "
        + "Ze zei dat ze volgend jaar terugkomt.", "ze volgend jaar terugkomt"));
  }

  @Test
  void anArticleThatIsAParticleOfTheFullNameKeepsThePerson() {
    assertEquals("Theo de Rooij", speakerOf("Wielrenner Theo de Rooij reed voorop. Later haalde de Rooij de kopgroep in. "
        + "Hij zei dat het zwaar was.", "het zwaar was"));
  }

  @Test
  void aPronounAfterALetterIsNoPartOfAName() {
    assertEquals("Karel Smit", speakerOf("Hoogleraar Karel Smit schreef een boek over logica. Daarin geldt A = B. "
        + "Hij zei dat die regel altijd klopt.", "die regel altijd klopt"));
  }

  @Test
  void vanAndAPlaceTheArticleNamesAsAPlaceIsNoPartOfTheName() {
    Extraction e = extract("Het festival in Zwolle trok veel bezoekers. Burgemeester Hendriks van Zwolle zei dat het volgend jaar terugkomt.");
    assertEquals("Hendriks", ExtractionAssert.speaker(e, "het volgend jaar terugkomt").name());
    e = extract("Het festival in Zwolle trok veel bezoekers. Pieter van Rijswijk zei dat het volgend jaar terugkomt.");
    assertEquals("Pieter van Rijswijk", ExtractionAssert.speaker(e, "het volgend jaar terugkomt").name());
  }

  @Test
  void anArabicNameRunsOverItsParticle() {
    Extraction e = extract("Kroonprins Mohammed bin Salman zei dat het land meer olie gaat produceren.");
    assertEquals("Mohammed bin Salman", ExtractionAssert.speaker(e, "het land meer olie gaat produceren").name());
  }

  @Test
  void aRomanceNameRunsOverItsParticle() {
    Extraction e = extract(",,Wij accepteren dit niet”, zei Luiz Inácio Lula da Silva maandag. "
        + "Regisseur Guillermo del Toro zei dat de film in maart uitkomt.");
    assertEquals("Luiz Inácio Lula da Silva", ExtractionAssert.speaker(e, "Wij accepteren dit niet").name());
    assertEquals("Guillermo del Toro", ExtractionAssert.speaker(e, "de film in maart uitkomt").name());
  }

  @Test
  void anUnnamedSpokespersonIsWhoThePhraseSaysTheySpeakFor() {
    Extraction e = extract("Een Kremlin-woordvoerder zei dat de gesprekken een provocatie waren. "
        + "Een woordvoerder van Hamas zei dat het aanbod is afgewezen.");
    assertEquals("whosaid:kremlin", ExtractionAssert.speaker(e, "de gesprekken een provocatie waren").key().value());
    assertEquals("Een Kremlin-woordvoerder",
        ExtractionAssert.statement(e, "de gesprekken een provocatie waren").speaker().orElseThrow().mention());
    assertEquals("whosaid:hamas", ExtractionAssert.speaker(e, "het aanbod is afgewezen").key().value());
    Extraction army = extract("Een woordvoerder van het Israëlische leger zei dat de aanvallen doorgaan. "
        + "De woordvoerster van het Russische ministerie van Buitenlandse Zaken zei dat de gesprekken zijn mislukt.");
    assertEquals("organization:Q801:army", ExtractionAssert.speaker(army, "de aanvallen doorgaan").key().value());
    assertEquals("organization:Q159:foreign+ministry", ExtractionAssert.speaker(army, "de gesprekken zijn mislukt").key().value());
    Extraction state = extract("Een Duitse woordvoerder zei dat de handel groeit.");
    assertEquals("Duitsland", ExtractionAssert.speaker(state, "de handel groeit").name());
    Extraction official = extract("Volgens een hoge Amerikaanse functionaris heeft Rusland zich niet teruggetrokken.");
    assertEquals("Verenigde Staten", ExtractionAssert.speaker(official, "heeft Rusland zich niet teruggetrokken").name());
  }

  @Test
  void aKnownNameWrittenWithApostropheSIsNoGenitive() {
    Extraction e = extract("De Houthi's zeiden dat de schepen doelwit blijven. Anna's moeder zei dat het goed ging.");
    assertEquals("whosaid:houthis", ExtractionAssert.speaker(e, "de schepen doelwit blijven").key().value());
    assertEquals("Anna's moeder", ExtractionAssert.speaker(e, "het goed ging").name());
  }

  @Test
  void aNationalityGivesAnOrganisationItsState() {
    Extraction e = extract("Het Israëlische leger zei dat het doelen in Gaza had aangevallen. "
        + "De Turkse regering zei dat de gesprekken volgende week worden hervat.");
    assertEquals("organization:Q801:army", ExtractionAssert.speaker(e, "het doelen in Gaza had aangevallen").key().value());
    assertEquals("organization:Q43:government",
        ExtractionAssert.speaker(e, "de gesprekken volgende week worden hervat").key().value());
  }

  @Test
  void stateMediaSpeak() {
    Extraction e = extract("Volgens de Iraanse staatsmedia zijn de gesprekken mislukt.");
    Actor media = ExtractionAssert.speaker(e, "zijn de gesprekken mislukt");
    assertEquals("Iraanse staatsmedia", media.name());
    assertEquals(ActorType.ORGANIZATION, media.type());
  }

  @Test
  void aKnownNameWithAPrepositionInItSpeaks() {
    Extraction e = extract("Artsen zonder Grenzen zei maandag dat het ziekenhuis zonder brandstof zit.");
    assertEquals("whosaid:msf", ExtractionAssert.speaker(e, "het ziekenhuis zonder brandstof zit").key().value());
  }

  @Test
  void aPlayersRoleOrAPrizeThatOpensTheSentenceIsNoPartOfTheName() {
    Extraction e = extract("Doelman Sander Visser zei dat de ploeg te laat begon.");
    assertEquals("Sander Visser", ExtractionAssert.speaker(e, "de ploeg te laat begon").name());
    e = extract("Volgens de Noorse Nobelprijswinnaar Kari Berg komt er een akkoord.");
    assertEquals("Kari Berg", ExtractionAssert.speaker(e, "komt er een akkoord").name());
    e = extract("In totaal twintig medezusters hebben gezegd dezelfde straf te willen krijgen.");
    assertEquals("twintig medezusters", statementSpeakerMention(e, "dezelfde straf te willen krijgen"));
    e = extract("Sander Visser zei dat de ploeg te laat begon.");
    assertEquals("Sander Visser", ExtractionAssert.speaker(e, "de ploeg te laat begon").name());
  }

  @Test
  void aGenderedPronounSkipsAPersonWhoseGivenNameIsOfTheOtherGender() {
    Extraction e = extract("Premier Willem Kok sprak gisteren met minister Tineke Bos. Zij zei dat de treinen vaker moeten rijden.");
    assertEquals("Tineke Bos", ExtractionAssert.speaker(e, "de treinen vaker moeten rijden").name());
    e = extract("Minister Tineke Bos sprak gisteren met premier Willem Kok. Hij zei dat de treinen vaker moeten rijden.");
    assertEquals("Willem Kok", ExtractionAssert.speaker(e, "de treinen vaker moeten rijden").name());
    e = extract("Premier Robin Kok sprak gisteren met minister Tineke Bos. Zij zei dat de treinen vaker moeten rijden.");
    assertEquals("Robin Kok", ExtractionAssert.speaker(e, "de treinen vaker moeten rijden").name());
  }

  private static String statementSpeakerMention(Extraction e, String content) {
    return ExtractionAssert.statement(e, content).speaker().orElseThrow().mention();
  }

  @Test
  void aGivenNameStartsAPersonsNameAfterABodysNameOrAPreposition() {
    Extraction e = extract("Oprichter was de verslaggever van het Utrechts Nieuwsblad Karel van Dalen, die voorzitter werd. "
        + "Volgens Van Dalen is de partij op de goede weg.\n\nKritiek van Karel van Dalen\n\n"
        + "Volgens Van Dalen heeft de partij haar koers verloren.");
    assertEquals("Karel van Dalen", ExtractionAssert.speaker(e, "is de partij op de goede weg").name());
    assertEquals("Karel van Dalen", ExtractionAssert.speaker(e, "heeft de partij haar koers verloren").name());
  }

  @Test
  void aPronounAfterAnUnnamedSpeakerMeansThatSpeaker() {
    Extraction e = extract("Een woordvoerster van de gemeente zei dat de weg dicht blijft. "
        + "Ze voegde eraan toe dat er een omleiding komt.");
    assertEquals("Een woordvoerster van de gemeente", ExtractionAssert.speaker(e, "er een omleiding komt").name());
    e = extract("De wethouder zei dat de weg dicht blijft. Volgens Piet Jansen van de bewoners is dat een schande. "
        + "Hij zei dat er een rechtszaak komt.");
    assertEquals("Piet Jansen", ExtractionAssert.speaker(e, "er een rechtszaak komt").name());
  }

  @Test
  void partiesNamedByOneWordAreOrganisations() {
    Extraction e = extract("GroenLinks vindt dat de rijken meer moeten betalen. Volgens Sinn Fein is het akkoord dood.");
    assertEquals(ActorType.ORGANIZATION, ExtractionAssert.speaker(e, "de rijken meer moeten betalen").type());
    assertEquals(ActorType.ORGANIZATION, ExtractionAssert.speaker(e, "is het akkoord dood").type());
  }

  @Test
  void aSurnameWithACapitalParticleMayOpenTheSentence() {
    Extraction e = extract("Het regent. Van Gaal zei dat het team klaar is. Van der Laan liet de raad weten dat hij stopt. "
        + "Van Amsterdam tot Parijs zeggen mensen dat het te warm is.");
    assertEquals("Van Gaal", ExtractionAssert.speaker(e, "het team klaar is").name());
    assertEquals("Van der Laan", ExtractionAssert.speaker(e, "hij stopt").name());
  }

  @Test
  void aBareGenericBodyNounIsTheOrganisationThatJustSpoke() {
    Extraction e = extract("Het KNMI meldt dat de zomer warmer was dan ooit. Volgens het instituut neemt de droogte nog toe.");
    assertEquals("KNMI", ExtractionAssert.speaker(e, "neemt de droogte nog toe").name());
    e = extract("Het KNMI meldt dat de zomer warmer was dan ooit. Volgens het ministerie neemt de droogte nog toe.");
    assertEquals("ministerie", ExtractionAssert.speaker(e, "neemt de droogte nog toe").name());
  }

  @Test
  void aPortfolioAfterATitledNameIsNoPartOfIt() {
    Extraction e = extract("Gisteren was minister Petra van Dalen van Defensie in Den Haag. ,,We sturen meer schepen'', aldus de minister.");
    assertEquals("Petra van Dalen", ExtractionAssert.speaker(e, "We sturen meer schepen").name());
  }

  @Test
  void theFireServiceIsABodyItsSpokespersonSpeaksFor() {
    Extraction e = extract("De brandweer meldt dat het vuur onder controle is. ,,Er komt nog wel rook vrij'', aldus de woordvoerder.");
    assertEquals("brandweer", ExtractionAssert.speaker(e, "Er komt nog wel rook vrij").name());
  }

  @Test
  void aGenericBodyNamesTheBodyItsSentenceNamedFirstNotTheOneThatSpokeBefore() {
    Extraction e = ExtractionAssert.extract("nl", "Er vallen ontslagen bij Tata Steel. Dat meldt De Telegraaf.\n\n"
        + "Feyenoord heeft trainer Brian Priske ontslagen, zo maakte de club bekend.");
    assertEquals("Feyenoord", ExtractionAssert.speaker(e, "Feyenoord heeft trainer Brian Priske ontslagen").name());
  }
}
