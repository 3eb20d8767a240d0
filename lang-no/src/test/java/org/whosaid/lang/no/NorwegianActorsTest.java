package org.whosaid.lang.no;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.whosaid.Extraction;
import org.whosaid.model.Actor;
import org.whosaid.model.ActorType;
import org.whosaid.model.Statement;
import org.whosaid.testing.ExtractionAssert;

class NorwegianActorsTest {

  private static Extraction extract(String text) {
    return ExtractionAssert.extract("no", text);
  }

  @Test
  void apIsTheLabourPartyNotTheNewsAgency() {
    Extraction e = extract("Ap mener at skatten må opp.");
    Actor ap = ExtractionAssert.speaker(e, "skatten må opp");
    assertEquals("whosaid:arbeiderpartiet", ap.key().value());
    Extraction agency = extract("Associated Press melder at valget er utsatt.");
    assertEquals("Q40469", ExtractionAssert.speaker(agency, "valget er utsatt").key().value());
  }

  @Test
  void aNameInTheGenitiveWithoutApostropheIsThePersonNamed() {
    Extraction e = extract("Smykket klinker rundt Ingrid Bakkens hals. Ingrid Bakken er redaktør.\n\n"
        + "Bakkens mor kommer inn.\n\n– Jeg har et fint liv.");
    assertEquals("Ingrid Bakken", ExtractionAssert.speaker(e, "Jeg har et fint liv.").name());
  }

  @Test
  void aBareGivenNameIsThePersonTheArticleNamedInFull() {
    Extraction e = extract("Turid Hagen (40) driver en kafé i Tromsø. Sønnen Per Hagen hjelper til.\n\n"
        + "– Vi har aldri hatt så mange gjester, sier Turid.");
    assertEquals("Turid Hagen", ExtractionAssert.speaker(e, "Vi har aldri hatt så mange gjester").name());
  }

  @Test
  void aWordCapitalisedByTheSentenceOrACompoundNounIsNoPartOfTheGivenNameAfterIt() {
    Extraction e = extract("Syke Ingrid Moe (12) fikk reise hjem. Disney-turen Ingrid drømte om, blir noe av.\n\n"
        + "– Jeg gleder meg, sier Ingrid.");
    assertEquals("Ingrid Moe", ExtractionAssert.speaker(e, "Jeg gleder meg").name());
  }

  @Test
  void aNameEndingInSIsNoGenitiveWithoutTheNameItWouldBeOf() {
    Extraction e = extract("Lars Jonas sa at samtalene fortsetter.");
    assertEquals("Lars Jonas", ExtractionAssert.speaker(e, "samtalene fortsetter").name());
  }

  @Test
  void parsesRoleAndAffiliationFromTheModifiers() {
    Extraction e = extract("Russlands utenriksminister Sergey Lavrov sa at samtalene fortsetter.");
    Actor lavrov = ExtractionAssert.speaker(e, "samtalene fortsetter");
    assertEquals("Sergey Lavrov", lavrov.name());
    assertEquals(ActorType.PERSON, lavrov.type());
    assertEquals("utenriksminister", lavrov.role().orElseThrow());
    assertEquals("Russland", lavrov.affiliation().orElseThrow());
  }

  @Test
  void aCompoundTitleGivesItsOrganisation() {
    Extraction e = extract("NATO-sjef Jens Stoltenberg sa at det er grunn til optimisme.");
    Actor stoltenberg = ExtractionAssert.speaker(e, "det er grunn til optimisme");
    assertEquals("NATO-sjef", stoltenberg.role().orElseThrow());
    assertEquals("NATO", stoltenberg.affiliation().orElseThrow());
  }

  @Test
  void aBareTitleResolvesToThePersonWhoHoldsIt() {
    Extraction e = extract("Japans statsminister Fumio Kishida snakket med Zelenskyj.\n"
        + "Japans statsminister sa senere at Tokyo er bekymret.");
    Statement s = ExtractionAssert.statement(e, "Tokyo er bekymret");
    assertEquals("Fumio Kishida", s.actor().orElseThrow().name());
    assertEquals("Japans statsminister", s.speaker().orElseThrow().mention());
  }

  @Test
  void listsEveryNamedActorOfTheArticleWithItsForms() {
    Extraction e = extract("Frankrikes president Emmanuel Macron møtte Putin. Macron sa at møtet var nyttig.");
    assertTrue(e.actors().stream().anyMatch(a -> a.name().equals("Emmanuel Macron") && a.forms().contains("Macron")),
        e.actors().toString());
  }

  @Test
  void aSpokespersonForTheMinistersDepartmentIsThatDepartment() {
    Extraction e = extract("Sveriges utenriksminister Ann Linde sa at landet vil sende hjelp.\n\n"
        + "En talsmann for hennes departement sa at hjelpen kommer i morgen.");
    Actor department = ExtractionAssert.speaker(e, "hjelpen kommer i morgen");
    assertEquals("utenriksdepartement", department.name());
    assertEquals(ActorType.ORGANIZATION, department.type());
    assertEquals("organization:Q34:foreign+ministry", department.key().value());
  }

  @Test
  void theBodyARoleServesFollowsTheName() {
    Extraction e = extract("– Vi jobber med saken, sier avdelingssjef Kari Nilsen ved Rikshospitalet.");
    Actor nilsen = ExtractionAssert.speaker(e, "Vi jobber med saken");
    assertEquals("avdelingssjef ved Rikshospitalet", nilsen.role().orElseThrow());
  }

  @Test
  void aSurnameIsThePersonJustNamedWithItNotAnotherOfTheFamily() {
    Extraction e = extract("Hannah Jones fikk konstatert leukemi i fjor. Hennes far, Andrew Jones, takker alle som har hjulpet.\n\n"
        + "- Vi er veldig glade for dette, sier Jones.");
    assertEquals("Andrew Jones", ExtractionAssert.speaker(e, "Vi er veldig glade for dette").name());
  }

  @Test
  void aSentenceOpeningConjunctionIsNoPartOfAName() {
    Extraction e = extract("Ole Einar Bjørndalen ble nummer to. Både Bjørndalen og laget var fornøyd.\n\n"
        + "- Annenplassen er som en seier for meg, sier Bjørndalen.");
    assertEquals("Ole Einar Bjørndalen", ExtractionAssert.speaker(e, "Annenplassen er som en seier for meg").name());
  }

  @Test
  void aRoleNounAndANameWithAnInitialMakeOnePerson() {
    Extraction e = extract("Det sier politiinspektør Heidi L. Arneberg ved Fredrikstad politistasjon til Aftenposten.\n\n"
        + "- Vi tar slike saker svært alvorlig, sier politiinspektøren.");
    Actor a = ExtractionAssert.speaker(e, "Vi tar slike saker svært alvorlig");
    assertEquals("Heidi L. Arneberg", a.name());
    assertTrue(a.role().orElseThrow().startsWith("politiinspektør"), a.role().orElseThrow());
  }

  @Test
  void aTitleNeverResolvesToSomeoneNamedOnlyLaterHoweverLongTheArticle() {
    StringBuilder text = new StringBuilder("Det russiske forsvarsdepartementet sa at noen soldater var på vei tilbake.\n"
        + "Kreml bekreftet utviklingen.\n\n«Det er en vanlig prosess,» sa talsmannen.\n\n");
    for (int i = 0; i < 80; i++) {
      text.append("Ola Nordmann").append(i % 10).append(" og Kari Nordkvinne").append(i % 10).append(" møttes i går.\n\n");
    }
    text.append("«Troppene returnerer,» sa forsvarsdepartementets talsmann Igor Konashenkov.\n");
    Actor early = ExtractionAssert.statement(extract(text.toString()), "Det er en vanlig prosess,").actor().orElseThrow();
    assertEquals("russiske forsvarsdepartementet", early.name()); // the spokesman of the body that just spoke
    assertEquals(ActorType.ORGANIZATION, early.type());
  }

  @Test
  void aRelationNounThatOpensTheSentenceIsNoPartOfTheName() {
    Extraction e = extract("Lagkamerat Per Hansen var imponert. – Han er sterk, sa Hansen til NTB.\n\n"
        + "Mamma Kari Nilsen sier at barna har det bra.");
    Actor hansen = ExtractionAssert.speaker(e, "Han er sterk");
    assertEquals("Per Hansen", hansen.name());
    assertEquals("Lagkamerat", hansen.role().orElseThrow());
    assertEquals("Kari Nilsen", ExtractionAssert.speaker(e, "barna har det bra").name());
  }

  @Test
  void aPlaceAfterPaIsNoOneAPronounMeansButANameAfterAFrontedPhraseAndItsVerbIsTheSubject() {
    String[][] cases = {
        {"75 år gamle Kari Lunde sitter inne på Ritz Bar. Sammen med datteren nyter hun kvelden.\n\n"
            + "– Jeg har røkt siden jeg var fjorten, smiler hun.", "Jeg har røkt siden jeg var fjorten"},
        {"Med et smykke på brystet åpner Kari Lunde døra. Sjefen i bladet går inn.\n\n"
            + "– Når går du ikke på høye hæler?\n\n– På trening.", "På trening."}};
    for (String[] c : cases) {
      assertEquals("Kari Lunde", ExtractionAssert.statement(extract(c[0]), c[1]).actor().orElseThrow().name(), c[0]);
    }
  }

  @Test
  void aBroadcasterThatReportsIsNoOneAPersonalPronounMeans() {
    Extraction e = extract("Nå får Lise Berg reise til Disneyland, melder Sky News.\n\n– Jeg er glad og overveldet, sier hun til TV-kanalen.");
    assertEquals(ActorType.ORGANIZATION, ExtractionAssert.speaker(e, "Nå får Lise Berg reise til Disneyland").type());
    assertEquals("Lise Berg", ExtractionAssert.speaker(e, "Jeg er glad og overveldet").name());
  }

  @Test
  void anArabicNameRunsOverItsParticle() {
    Extraction e = extract("Kronprins Mohammed bin Salman sa at landet skal produsere mer olje.");
    assertEquals("Mohammed bin Salman", ExtractionAssert.speaker(e, "landet skal produsere mer olje").name());
  }

  @Test
  void aDutchOrRomanceNameRunsOverItsParticleButNotOverDa() {
    Extraction e = extract("– Vi godtar ikke dette, sa Hugo de Jonge mandag. – Det er for tidlig, sa Luigi Di Maio. "
        + "– Ja, sa Jonas Gahr Støre da Biden kom.");
    assertEquals("Hugo de Jonge", ExtractionAssert.speaker(e, "Vi godtar ikke dette").name());
    assertEquals("Luigi Di Maio", ExtractionAssert.speaker(e, "Det er for tidlig").name());
    assertEquals("Jonas Gahr Støre", ExtractionAssert.speaker(e, "Ja").name());
  }

  @Test
  void anUnnamedSpokespersonIsWhoThePhraseSaysTheySpeakFor() {
    Extraction e = extract("Talibans talsmann sa at skolene skal åpne. En talsmann for Hamas sa at tilbudet er avvist. "
        + "Kreml-talsmannen sa at samtalene var en provokasjon.");
    assertEquals("whosaid:taliban", ExtractionAssert.speaker(e, "skolene skal åpne").key().value());
    assertEquals("whosaid:hamas", ExtractionAssert.speaker(e, "tilbudet er avvist").key().value());
    assertEquals("whosaid:kremlin", ExtractionAssert.speaker(e, "samtalene var en provokasjon").key().value());
    assertEquals("Kreml-talsmannen", ExtractionAssert.statement(e, "samtalene var en provokasjon").speaker().orElseThrow().mention());
    Extraction army = extract("En talsperson for det israelske forsvaret sa at angrepene fortsetter. "
        + "Ifølge det russiske forsvarsdepartementets talsmann er øvelsen over.");
    assertEquals("organization:Q801:army", ExtractionAssert.speaker(army, "angrepene fortsetter").key().value());
    assertEquals("organization:Q159:defence+ministry", ExtractionAssert.speaker(army, "er øvelsen over").key().value());
    Extraction state = extract("En russisk talsmann sa at handelen øker.");
    assertEquals("Russland", ExtractionAssert.speaker(state, "handelen øker").name());
    // an official of a state is that state, also after an adjective and the nationality
    Extraction official = extract("– Det er ingen tegn til tilbaketrekning, sier en høytstående amerikansk tjenesteperson.");
    assertEquals("USA", ExtractionAssert.speaker(official, "Det er ingen tegn til tilbaketrekning").name());
    assertEquals("en høytstående amerikansk tjenesteperson",
        ExtractionAssert.statement(official, "Det er ingen tegn til tilbaketrekning").speaker().orElseThrow().mention());
  }

  @Test
  void aNationalityGivesAnOrganisationItsState() {
    Extraction e = extract("Det israelske forsvaret sa at det hadde angrepet mål i Gaza. "
        + "Den tyrkiske regjeringen sa at samtalene gjenopptas neste uke.");
    assertEquals("organization:Q801:army", ExtractionAssert.speaker(e, "det hadde angrepet mål i Gaza").key().value());
    assertEquals("organization:Q43:government",
        ExtractionAssert.speaker(e, "samtalene gjenopptas neste uke").key().value());
  }

  @Test
  void stateMediaSpeak() {
    Extraction e = extract("Ifølge iranske statsmedier har samtalene mislyktes.");
    Actor media = ExtractionAssert.speaker(e, "har samtalene mislyktes");
    assertEquals("iranske statsmedier", media.name());
    assertEquals(ActorType.ORGANIZATION, media.type());
  }

  @Test
  void knownOrganisationsHaveTheKeysOfEveryLanguage() {
    Extraction e = extract("Hizbollah sa at de hadde skutt raketter. Røde Kors sa at sykehuset er tomt for drivstoff.");
    assertEquals("whosaid:hezbollah", ExtractionAssert.speaker(e, "de hadde skutt raketter").key().value());
    assertEquals("whosaid:red-cross", ExtractionAssert.speaker(e, "sykehuset er tomt for drivstoff").key().value());
  }

  @Test
  void knownBodiesWrittenInLowerCaseSpeak() {
    Extraction e = extract("FNs sikkerhetsråd sa mandag at situasjonen er alvorlig. Det internasjonale pengefondet sa at veksten faller. "
        + "Det hvite hus sa at samtalene fortsetter.");
    assertEquals("Q37470", ExtractionAssert.speaker(e, "situasjonen er alvorlig").key().value());
    assertEquals("Q7804", ExtractionAssert.speaker(e, "veksten faller").key().value());
    assertEquals("Q35525", ExtractionAssert.speaker(e, "samtalene fortsetter").key().value());
  }

  @Test
  void aMalePronounSkipsAGirlCalledByHerGivenNameAlone() {
    Extraction e = extract("Øyvind Berg driver et bakeri på Grünerløkka. Datteren Elsa hjelper ham i helgene.\n\n"
        + "- Vi baker alt for hånd, sier han.");
    assertEquals("Øyvind Berg", ExtractionAssert.speaker(e, "Vi baker alt for hånd").name());
    Extraction boy = extract("Datteren Elsa og sønnen Øyvind baker kaker i helgene.\n\n- Vi baker alt for hånd, sier han.");
    assertEquals("Øyvind", ExtractionAssert.speaker(boy, "Vi baker alt for hånd").name());
  }

  @Test
  void aFemalePronounThatMeansNoNamedWomanStillReportsItsClause() {
    Extraction e = extract("Legen Pål Johan Berg mener at saken er sjelden.\n\n"
        + "En bekymret kvinne ringer politiet. Hun forteller at mannen har låst døren.");
    Statement s = ExtractionAssert.statement(e, "mannen har låst døren");
    assertTrue(s.speaker().isEmpty(), "no man speaks for 'hun': " + ExtractionAssert.describe(e));
    Extraction named = extract("Legen Pål Johan Berg mener at saken er sjelden.\n\n"
        + "Kari Nilsen ringer politiet. Hun forteller at mannen har låst døren.");
    assertEquals("Kari Nilsen", ExtractionAssert.speaker(named, "mannen har låst døren").name());
  }

  @Test
  void hunMeansNoManWithAnInternationalGivenName() {
    Extraction e = extract("Boka er skrevet av Dan Brown og Peter Hansen. Hun i luken sa at billettene var utsolgt.\n\n"
        + "Billettene må bestilles en måned i forveien, sa hun til meg.");
    Statement s = ExtractionAssert.statement(e, "Billettene må bestilles en måned i forveien");
    assertTrue(s.speaker().map(sp -> !sp.actor().name().equals("Dan Brown") && !sp.actor().name().equals("Peter Hansen")).orElse(true));
  }

  @Test
  void norwegianPartiesAreOneOrganisationByNameAndShortForm() {
    Extraction e = extract("Frp mener at skatten må ned. Høyre mener at skolen må bli bedre.\n\n"
        + "Fremskrittspartiet sa senere at bompengene må fjernes.");
    Actor frp = ExtractionAssert.speaker(e, "skatten må ned");
    assertEquals(ActorType.ORGANIZATION, frp.type());
    assertEquals(frp.key(), ExtractionAssert.speaker(e, "bompengene må fjernes").key());
    assertEquals(ActorType.ORGANIZATION, ExtractionAssert.speaker(e, "skolen må bli bedre").type());
  }

  @Test
  void aRoleBeforeANameInAppositionKeepsNoComma() {
    Extraction e = extract("- Det er viktig for barna, sier fylkesordfører i Nordland, Kari Berg.");
    assertEquals("fylkesordfører i Nordland", ExtractionAssert.speaker(e, "Det er viktig for barna").role().orElseThrow());
  }

  @Test
  void aNameEndingInAnAcronymIsACompanyNoPersonAPronounMeans() {
    Extraction e = extract("Knut Hansen ble arrestert i mai. Han solgte pillene til Bringwell AB.\n\n- Det er lett å lage dem, sier han.\n\n"
        + "Bringwell AB sier at pillene er trygge.");
    assertEquals("Knut Hansen", ExtractionAssert.speaker(e, "Det er lett å lage dem").name());
    assertEquals(ActorType.ORGANIZATION, ExtractionAssert.speaker(e, "pillene er trygge").type());
  }

  @Test
  void aFeminineRelationNounInTheDefiniteInANamesNoOne() {
    Extraction e = extract("Per Olsen ble dømt i går. Kona hans sier at dommen er feil.");
    Actor wife = ExtractionAssert.speaker(e, "dommen er feil");
    assertEquals(ActorType.ANONYMOUS, wife.type());
    assertEquals("Kona hans", wife.name());
  }

  @Test
  void aTitlesFieldStandsBetweenTheTitleAndTheName() {
    Extraction e = extract("– Dette er et viktig øyeblikk, sier professor i statsvitenskap Kari Nordmann ved Universitetet i Oslo til VG.\n\n"
        + "– Vi tømte skolen på ti minutter, sier rektor ved skolen John Kristiansen til Aftenposten.\n\n"
        + "– Vi må få en ny grunnlov, sier lederen for landets største fagforening Central Única de Trabajadores (CUT), Cristian Cuevas.");
    assertEquals("Kari Nordmann", ExtractionAssert.speaker(e, "Dette er et viktig øyeblikk").name());
    assertEquals("John Kristiansen", ExtractionAssert.speaker(e, "Vi tømte skolen på ti minutter").name());
    // after an organisation noun the capitals name the body: the person is the name in apposition
    assertEquals("Cristian Cuevas", ExtractionAssert.speaker(e, "Vi må få en ny grunnlov").name());
  }

  @Test
  void aFormOfAddressIsATitleButNoRole() {
    Extraction e = extract("Statsminister Jonas Gahr Støre snakket mandag. Herr Støre sa at tiltakene blir. Fru Solberg sa at regjeringen fortsetter.");
    assertEquals("Jonas Gahr Støre", ExtractionAssert.speaker(e, "tiltakene blir").name());
    assertEquals("Statsminister", ExtractionAssert.speaker(e, "tiltakene blir").role().orElseThrow());
    assertEquals("Solberg", ExtractionAssert.speaker(e, "regjeringen fortsetter").name());
    assertTrue(ExtractionAssert.speaker(e, "regjeringen fortsetter").role().isEmpty());
  }

  @Test
  void aPersonsSpokespersonSpeaksForThatPerson() {
    Extraction e = extract("Statsminister Jonas Gahr Støre snakket mandag. Støres pressetalsperson sier at regjeringen blir sittende.");
    assertEquals("Jonas Gahr Støre", ExtractionAssert.speaker(e, "regjeringen blir sittende").name());
  }

  @Test
  void aGenericBodyNamesTheBodyItsSentenceNamedFirst() {
    Extraction e = extract("Rosenborg har sparket treneren Alfred Johansen, opplyser klubben.");
    assertEquals("Rosenborg", ExtractionAssert.speaker(e, "Rosenborg har sparket treneren Alfred Johansen").name());
  }
}
