package org.whosaid.lang.no;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whosaid.testing.ExtractionAssert.assertNoStatementOn;
import static org.whosaid.testing.ExtractionAssert.assertStatement;
import static org.whosaid.testing.ExtractionAssert.statement;

import org.junit.jupiter.api.Test;
import org.whosaid.Extraction;
import org.whosaid.model.ActorType;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementType;
import org.whosaid.testing.ExtractionAssert;

class NorwegianReportedSpeechTest {

  private static Extraction extract(String text) {
    return ExtractionAssert.extract("no", text);
  }


  @Test
  void howSomethingWasSaidEndsWhatWasSaid() {
    ExtractionAssert.assertEach("no", StatementType.INDIRECT, new String[][] {
        {"Ministeren sa at forhandlingene hadde mislyktes, uten å gå i detalj.", "forhandlingene hadde mislyktes", "Ministeren"},
        {"Politiet opplyste at sjåføren var påvirket, uten å utdype nærmere.", "sjåføren var påvirket", "Politiet"},
    });
  }

  @Test
  void readsVerbsInThePerfectAndNekteForAsOneVerb() {
    ExtractionAssert.assertEach("no", StatementType.INDIRECT, new String[][] {
        {"Kreml har avvist at de har planer om å invadere.", "de har planer om å invadere", "Kreml", "DENY"},
        {"Departementet har opplyst at øvelsene er over.", "øvelsene er over", "Departementet"},
        {"Russland har i flere uker nektet for å ha planer om å invadere Ukraina.", "å ha planer om å invadere Ukraina", "Russland",
            "DENY"},
        // a nominal cue's own complementizer is no part of what it reports
        {"Stoltenberg har gjentatt at Nato står samlet.", "Nato står samlet", "Stoltenberg"},
    });
  }

  @Test
  void attributesADocumentToTheAgentThatIssuedItAndANegatedVerbBeforeOmAsksNothing() {
    ExtractionAssert.assertEach("no", StatementType.INDIRECT, new String[][] {
        {"Ifølge en uttalelse signert av Røde Kors er havnen i Bergen stengt.", "er havnen i Bergen stengt", "Røde Kors"},
        {"Journalisten spurte om statsministeren går av.", "statsministeren går av", "Journalisten", "QUESTION"},
    });
    assertNoStatementOn(extract("Statsministeren sa ikke om hun går av."), "hun går av");
  }

  @Test
  void saAtReportsTheClause() {
    Extraction e = extract("Det russiske forsvarsdepartementet sa tirsdag at noen soldater var på vei tilbake.");
    assertStatement(e, "noen soldater var på vei tilbake", StatementType.INDIRECT, "russiske forsvarsdepartementet", Stance.ASSERT);
  }

  @Test
  void anInvertedPronounSubjectSpeaks() {
    Extraction e = extract("Forsvarsdepartementet sa at øvelsene var over. Samtidig bemerket de at tiltakene fortsatt var i gang.");
    assertStatement(e, "tiltakene fortsatt var i gang", StatementType.INDIRECT, "Forsvarsdepartementet", Stance.ASSERT);
  }

  @Test
  void ifolgeAtTheStartGovernsTheRest() {
    Extraction e = extract("Ifølge CNN varte møtet i én time.");
    assertStatement(e, "varte møtet i én time", StatementType.INDIRECT, "CNN", Stance.ASSERT);
    e = extract("Ifølge kilder i regjeringen kan samtalene gjenopptas neste uke.");
    assertStatement(e, "kan samtalene gjenopptas neste uke", StatementType.INDIRECT, "kilder i regjeringen", Stance.ASSERT);
  }

  @Test
  void aDenialIsADenial() {
    Extraction e = extract("Kreml avviste at det finnes planer om et angrep.");
    assertStatement(e, "det finnes planer om et angrep", StatementType.INDIRECT, "Kreml", Stance.DENY);
  }

  @Test
  void aReportedQuestionIsAQuestion() {
    Extraction e = extract("Journalisten spurte om troppene trekkes tilbake.");
    assertStatement(e, "troppene trekkes tilbake", StatementType.INDIRECT, "Journalisten", Stance.QUESTION);
  }

  @Test
  void laTilFindsItsParticle() {
    Extraction e = extract("Lavrov la imidlertid til at Moskva er fokusert på samtalene.");
    assertStatement(e, "Moskva er fokusert på samtalene", StatementType.INDIRECT, "Lavrov", Stance.ASSERT);
  }

  @Test
  void aSecondVerbOfTheSameSubjectAfterCommaOgStaysInTheClause() {
    Extraction e = extract("Interfax siterte en distriktssjef som sa at noen enheter forlot Krim, den ukrainske halvøya, "
        + "og returnerte til sine baser i Dagestan.");
    assertStatement(e, "noen enheter forlot Krim, den ukrainske halvøya, og returnerte til sine baser i Dagestan",
        StatementType.INDIRECT, "en distriktssjef", Stance.ASSERT);
    Extraction own = extract("Ministeren sa at troppene blir, og han la til at øvelsene fortsetter.");
    assertStatement(own, "troppene blir", StatementType.INDIRECT, "Ministeren", Stance.ASSERT);
  }

  @Test
  void aSentenceInitialAdverbIsNoSpeaker() {
    Extraction e = ExtractionAssert.extract("no", "Lege Ove Kjell Hole undersøkte ham.\n\nDer avslører han at skaden er alvorlig.");
    assertStatement(e, "skaden er alvorlig", StatementType.INDIRECT, "Ove Kjell Hole", Stance.ASSERT);
  }

  @Test
  void aRequestForSomethingIsNoQuestionAndNoStatement() {
    Extraction e = ExtractionAssert.extract("no", "Statsminister Jonas Gahr Støre ber om tilbakeholdenhet i saken. "
        + "Han spurte om regjeringen vil stanse ordningen.");
    assertNoStatementOn(e, "tilbakeholdenhet");
    assertStatement(e, "regjeringen vil stanse ordningen", StatementType.INDIRECT, "Jonas Gahr Støre", Stance.QUESTION);
  }

  @Test
  void aClauseWithoutAtAfterASubjectThatOpensTheSentence() {
    Extraction e = ExtractionAssert.extract("no", "Byrådsleder Raymond Johansen mener Frp snart må ta ansvar. "
        + "I går sa han det i en uttalelse.");
    assertStatement(e, "Frp snart må ta ansvar", StatementType.INDIRECT, "Raymond Johansen", Stance.ASSERT);
    assertNoStatementOn(e, "det i en uttalelse"); // an object, no clause: no auxiliary, and the subject follows the verb
  }

  @Test
  void aClauseWithoutAtAfterASubjectThatOpensAClauseAfterCommaMen() {
    Extraction e = ExtractionAssert.extract("no", "Departementet hevder at styrkene trekkes tilbake, men Nato sier de ikke har sett bevis for det. "
        + "Tyskland og USA har lovet å bidra med opplæring.");
    assertStatement(e, "de ikke har sett bevis for det", StatementType.INDIRECT, "Nato", Stance.ASSERT);
    // "og" inside a subject opens no clause: "USA" alone is not the subject of "har lovet"
    assertTrue(e.statements().stream().noneMatch(s -> s.speaker().map(p -> p.actor().name().equals("USA")).orElse(false)));
  }

  @Test
  void whatIsWarnedAgainstLeavesTheAddresseeOut() {
    ExtractionAssert.assertEach("no", StatementType.INDIRECT, new String[][] {
        {"Biden advarte Russland mot å invadere Ukraina.", "å invadere Ukraina", "Biden", "WARN"},
    });
  }

  @Test
  void thatIsToSayIsNoStatement() {
    Extraction e = ExtractionAssert.extract("no", "Statsminister Jonas Gahr Støre var i Oslo. Det vil si at alle må betale.");
    assertNoStatementOn(e, "alle må betale");
  }

  @Test
  void detOpplyserReportsTheSentenceOrDashQuoteBefore() {
    Extraction e = ExtractionAssert.extract("no", "Noen enheter returnerer til basene sine.\n\n"
        + "Det opplyser Forsvarsdepartementet i en pressemelding.\n\n"
        + "- Så lenge ledelsen ikke svarer på våre krav, vil bevegelsen fortsette.\n\nDet sa Camila Vallejo til Reuters torsdag.\n\n"
        + "Foto:\n\nReuters\n\nDet bekreftet departementet onsdag.");
    assertStatement(e, "Noen enheter returnerer til basene sine", StatementType.INDIRECT, "Forsvarsdepartementet", Stance.ASSERT);
    assertStatement(e, "Så lenge ledelsen ikke svarer på våre krav, vil bevegelsen fortsette.", StatementType.DIRECT,
        "Camila Vallejo", Stance.ASSERT);
    assertNoStatementOn(e, "Reuters\n"); // a photo credit is no statement
  }

  @Test
  void aRequestsAddresseeBeforeABareInfinitiveIsLeftOut() {
    Extraction e = extract("Ordfører Kari Dahl er bekymret. Hun ber fylket stanse utbyggingen av veien.");
    assertStatement(e, "stanse utbyggingen av veien", StatementType.INDIRECT, "Kari Dahl", Stance.OTHER);
    e = extract("Etter møtet ba forbundsleder Per Lie, arbeidsgiverne ikke vente med lønnsoppgjøret.");
    assertStatement(e, "ikke vente med lønnsoppgjøret", StatementType.INDIRECT, "Per Lie", Stance.OTHER);
  }

  @Test
  void aRequestForAThingAfterTheAddresseeIsNoStatement() {
    Extraction e = extract("Statsministeren ba Stortinget om unnskyldning for feilen.");
    assertNoStatementOn(e, "unnskyldning for feilen");
    e = extract("Statsministeren ba Stortinget om å vente med vedtaket.");
    assertStatement(e, "å vente med vedtaket", StatementType.INDIRECT, "Statsministeren", Stance.OTHER);
  }

  @Test
  void anEstimateAfterItsContentIsTheSourcesStatement() {
    Extraction e = extract("Markedet er verdt fire milliarder kroner, anslår Handelsforbundet.");
    assertStatement(e, "Markedet er verdt fire milliarder kroner", StatementType.INDIRECT, "Handelsforbundet", Stance.ASSERT);
  }

  @Test
  void aDenialOfAPronounBeforeTheOneSpokenToSaysNothing() {
    Extraction e = extract("Det gikk rykter om en ny bombetrussel. Politiet avkrefter dette overfor Bergens Tidende.");
    assertNoStatementOn(e, "overfor Bergens Tidende");
    e = extract("Kommunen avkrefter at skolen skal legges ned.");
    assertStatement(e, "skolen skal legges ned", StatementType.INDIRECT, "Kommunen", Stance.DENY);
  }

  @Test
  void aNamedSubjectWithARoleInAppositionSpeaksNotTheNameAfterTheVerb() {
    Extraction e = extract("Kari Nilsen, forsker i Mattilsynet, mener Statoil-saken viser at kontrollen svikter:\n"
        + "– Kvalitet må bygges inn fra starten av.");
    assertEquals("Kari Nilsen", ExtractionAssert.speaker(e, "Kvalitet må bygges inn fra starten av.").name());
  }

  @Test
  void theSubjectOfASubordinateClauseSpeaksNotTheMainClausesBeforeItsAuxiliary() {
    Extraction e = extract("Ola Berg har ikke vært lenge på sykehuset før legene spør om han har feber.");
    assertStatement(e, "han har feber", StatementType.INDIRECT, "legene", Stance.QUESTION);
  }

  @Test
  void aPartysGroupInParliamentIsABody() {
    Extraction e = extract("Han ble valgt fordi Venstres stortingsgruppe mente at han kunne samle partiene.");
    assertStatement(e, "han kunne samle partiene", StatementType.INDIRECT, "Venstres stortingsgruppe", Stance.ASSERT);
  }

  @Test
  void aDirectivesAddresseeBeforeTilÅIsLeftOut() {
    Extraction e = ExtractionAssert.extract("no", "President Joe Biden oppfordret amerikanere til å forlate Ukraina umiddelbart.");
    assertStatement(e, "å forlate Ukraina umiddelbart", StatementType.INDIRECT, "Joe Biden", Stance.OTHER);
  }

  @Test
  void aSourcePhraseBetweenCommasStaysInsideTheClause() {
    Extraction e = ExtractionAssert.extract("no", "Samtalene endte, ifølge en diplomat, uten enighet.");
    assertStatement(e, "Samtalene endte, ifølge en diplomat, uten enighet", StatementType.INDIRECT, "en diplomat", Stance.ASSERT);
  }

  @Test
  void anAttributionBetweenCommasKeepsTheWholeClauseButNotItsAddressee() {
    Extraction e = ExtractionAssert.extract("no", "Samtalene, sier en diplomat, endte uten enighet.\n\n"
        + "Boka handler om krigen, bekrefter forlagssjef Geir Berdahl, overfor Dagbladet.");
    assertStatement(e, "Samtalene, sier en diplomat, endte uten enighet", StatementType.INDIRECT, "en diplomat", Stance.ASSERT);
    assertStatement(e, "Boka handler om krigen", StatementType.INDIRECT, "Geir Berdahl", Stance.ASSERT);
  }

  @Test
  void aPluralTitleWithAnIrregularPluralIsTheSpeaker() {
    Extraction e = ExtractionAssert.extract("no", "Amerikanske tjenestemenn sier at angrepet kan komme når som helst.");
    // the officials of a state are that state
    Statement s = assertStatement(e, "angrepet kan komme når som helst", StatementType.INDIRECT, "USA", Stance.ASSERT);
    assertEquals("Amerikanske tjenestemenn", s.speaker().orElseThrow().mention());
  }

  @Test
  void authoritiesInThePluralAreAnOrganisation() {
    Extraction e = ExtractionAssert.extract("no", "Ukrainske myndigheter melder at det har vært beskytning.");
    assertStatement(e, "det har vært beskytning", StatementType.INDIRECT, "Ukrainske myndigheter", Stance.ASSERT);
  }

  @Test
  void anAccusationOfACoordinatedVerbIsTheSubjectsNotTheAccuseds() {
    Extraction e = ExtractionAssert.extract("no", "Raymond Johansen mener Frp må ta ansvar, og beskylder høyrestyrte Oslo for å være en bremsekloss.");
    assertStatement(e, "å være en bremsekloss", StatementType.INDIRECT, "Raymond Johansen", Stance.DENY);
  }

  @Test
  void anObjectPronounAfterIfølgeIsTheSpeaker() {
    Extraction e = ExtractionAssert.extract("no", "Jonas Støre snakket mandag. Ifølge ham er trusselen ikke over.");
    assertStatement(e, "er trusselen ikke over", StatementType.INDIRECT, "Jonas Støre", Stance.ASSERT);
  }

  @Test
  void aSecondPersonPronounNamesNoSpeaker() {
    assertNoStatementOn(extract("Du sa at planen ville mislykkes."), "planen ville mislykkes");
    assertNoStatementOn(extract("Dere har hevdet at skatten er for høy."), "skatten er for høy");
    Extraction e = extract("Kari Nordmann sa at planen ville mislykkes.");
    assertStatement(e, "planen ville mislykkes", StatementType.INDIRECT, "Kari Nordmann", Stance.ASSERT);
  }

  @Test
  void aPostposedCognitionVerbReportsTheClauseBefore() {
    Extraction e = extract("Kari Nordmann var i Bergen. Skolen trenger flere lærere, mener hun. Lærerne er svært slitne nå, tror Nordmann, som mener at "
        + "rektor har sviktet. «Dette går ikke (...)» Et alvorlig brudd på reglene, mener advokaten Per Olsen, hvor han jobber.");
    assertStatement(e, "Skolen trenger flere lærere", StatementType.INDIRECT, "Kari Nordmann", Stance.ASSERT);
    assertStatement(e, "Lærerne er svært slitne nå", StatementType.INDIRECT, "Kari Nordmann", Stance.ASSERT);
    assertStatement(e, "rektor har sviktet", StatementType.INDIRECT, "Kari Nordmann", Stance.ASSERT);
    assertStatement(e, "Et alvorlig brudd på reglene", StatementType.INDIRECT, "Per Olsen", Stance.ASSERT); // not the quote before it
  }

  @Test
  void menerWithAClauseWithoutAtOrAuxiliary() {
    Extraction e = extract("Per Olsen mener partiet bidro til valgnederlaget. Legene mener dette midlet bidro til at pasienten ble syk. "
        + "Hun mener alvor med dette. Han tror det ikke.");
    assertStatement(e, "partiet bidro til valgnederlaget", StatementType.INDIRECT, "Per Olsen", Stance.ASSERT);
    assertStatement(e, "dette midlet bidro til at pasienten ble syk", StatementType.INDIRECT, "Legene", Stance.ASSERT);
    assertNoStatementOn(e, "alvor med dette"); // an object and a prepositional phrase
    assertNoStatementOn(e, "det ikke");
    Extraction d = extract("Det bekreftet Utenriksdepartementet etter møter i Oslo.");
    assertNoStatementOn(d, "Utenriksdepartementet etter møter i Oslo"); // the subject after the verb
  }

  @Test
  void anAtAfterAPrepositionInsideTheClauseIsNotTheComplementizer() {
    Extraction e = extract("Kari Nordmann sa til NTB at skolen var stengt. Per Olsen advarte om at prisene stiger.");
    assertStatement(e, "skolen var stengt", StatementType.INDIRECT, "Kari Nordmann", Stance.ASSERT);
    assertStatement(e, "prisene stiger", StatementType.INDIRECT, "Per Olsen", Stance.WARN);
  }

  @Test
  void ifolgeASourceWithAnElidedCompoundAndAPartyInBrackets() {
    Extraction e = extract("Ifølge samferdsels- og næringsminister Kari Nordmann (Ap) må togene gå oftere.");
    assertStatement(e, "må togene gå oftere", StatementType.INDIRECT, "Kari Nordmann", Stance.ASSERT);
    Extraction f = extract("Ifølge Per Olsen (38) var det mørkt i gata.");
    assertStatement(f, "var det mørkt i gata", StatementType.INDIRECT, "Per Olsen", Stance.ASSERT);
  }

  @Test
  void aCommitteeSpeaks() {
    Extraction e = extract("Kommunens utvalg sier at skolen bør legges ned.");
    assertStatement(e, "skolen bør legges ned", StatementType.INDIRECT, "Kommunens utvalg", Stance.ASSERT);
    Extraction f = extract("Kommunens råd og utvalg sier at skolen bør legges ned.");
    assertStatement(f, "skolen bør legges ned", StatementType.INDIRECT, "utvalg", Stance.ASSERT); // the coordination is not yet one name
  }

  @Test
  void etDokumentTalerForForfatterenSin() {
    org.whosaid.Extraction e = org.whosaid.testing.ExtractionAssert.extract("no",
        "Ifølge en uttalelse fra Forsvarsdepartementet er øvelsen over.");
    org.junit.jupiter.api.Assertions.assertEquals("Forsvarsdepartementet",
        org.whosaid.testing.ExtractionAssert.speaker(e, "er øvelsen over").name());
    org.whosaid.testing.ExtractionAssert.assertNoStatementOn(org.whosaid.testing.ExtractionAssert.extract("no",
        "Tallene viser at vannet stiger."), "vannet stiger");
  }

  @Test
  void aHopeIsAWishNotAStatement() {
    Extraction e = extract("Ordfører Kari Dahl håper at brua åpner igjen i mai. Hun mener at verftet blir ferdig i tide.");
    assertNoStatementOn(e, "brua åpner igjen i mai");
    assertStatement(e, "verftet blir ferdig i tide", StatementType.INDIRECT, "Kari Dahl", Stance.ASSERT);
  }

  @Test
  void oneOfAGroupIsTheWholePhrase() {
    Extraction e = extract("Ifølge en av ministerens rådgivere var det over hundre deltakere på møtet.");
    assertStatement(e, "var det over hundre deltakere på møtet", StatementType.INDIRECT, "en av ministerens rådgivere", Stance.ASSERT);
  }

  @Test
  void theImpersonalManAndAPassiveWithoutAgentNameNoSource() {
    assertNoStatementOn(extract("Før i tiden sa man at fjorden aldri frøs."), "fjorden aldri frøs");
    assertNoStatementOn(extract("I boka er det nemlig varslet at historien får en slutt."), "historien får en slutt");
    assertNoStatementOn(extract("Likevel er det meldt om brann i flere bygninger."), "brann i flere bygninger");
    assertNoStatementOn(extract("I brevet blir Kari fortalt at huset er solgt."), "huset er solgt");
    assertNoStatementOn(extract("Flere bønder er blitt nektet å selge melken sin i byen."), "selge melken");
    assertStatement(extract("Det ble sagt av ordføreren at veien åpner i mai."),
        "veien åpner i mai", StatementType.INDIRECT, "ordføreren", Stance.ASSERT);
  }

  @Test
  void aRefusalToActIsNoDenialButADenialOfAPastIs() {
    assertNoStatementOn(extract("Nå avviser Kari Hansen bestemt å svare på spørsmålet."), "svare på spørsmålet");
    assertNoStatementOn(extract("Rådmannen nekter å kommentere saken."), "kommentere saken");
    assertStatement(extract("Sjåføren benekter å ha kjørt for fort."), "å ha kjørt for fort", StatementType.INDIRECT, "Sjåføren", Stance.DENY);
  }

  @Test
  void aSpeechVerbInsideASubordinateClauseAttributesNothingBeforeIt() {
    assertNoStatementOn(extract("Statsråden var på reise, til tross for at hun skulle ha svart på spørsmål i Stortinget."),
        "Statsråden var på reise");
  }

  @Test
  void theWriterAsWeAndAnImpersonalAdjectiveWithItsInfinitiveReportNothing() {
    Extraction e = extract("Det var veldig mange feil i den første versjonen og vi anbefaler alle brukere å laste ned oppdateringen.");
    assertNoStatementOn(e, "laste ned oppdateringen");
    assertNoStatementOn(extract("Når fisken går i norske farvann er det bare rett og rimelig at vi krever en større kvote."), "en større kvote");
    assertNoStatementOn(extract("Legen undersøkte ham. Det er ikke mulig å si om skaden er varig."), "skaden er varig");
  }

  @Test
  void ifolgeAtTheStartIsFollowedByItsVerbNotByALongSourceUpToAComma() {
    Extraction e = extract("Ifølge NRK varte forhandlingene i tre timer, før partene tok pause.");
    assertStatement(e, "varte forhandlingene i tre timer, før partene tok pause", StatementType.INDIRECT, "NRK", Stance.ASSERT);
  }

  @Test
  void ifolgeAfterAConjunctionOpensItsOwnClause() {
    Extraction e = extract("Utfallet er ikke kjent, men ifølge flere lokalaviser skal avtalen ha blitt underskrevet i natt.");
    assertStatement(e, "skal avtalen ha blitt underskrevet i natt", StatementType.INDIRECT, "lokalaviser", Stance.ASSERT);
    assertNoStatementOn(e, "Utfallet er ikke kjent");
  }

  @Test
  void ifolgeTwoCoordinatedSourcesLeavesBothOutOfTheClause() {
    Extraction e = extract("Ifølge partiets nestleder og lederen i Unge Høyre må skatten ned.");
    assertStatement(e, "må skatten ned", StatementType.INDIRECT, "partiets nestleder", Stance.ASSERT);
  }

  @Test
  void ifolgeTheEmployerOrTheRegimeIsASource() {
    Extraction e = extract("Ifølge arbeidsgiveren har han vært borte i flere uker. Ifølge militærregimet skal valget holdes i mai.");
    assertStatement(e, "har han vært borte i flere uker", StatementType.INDIRECT, "arbeidsgiveren", Stance.ASSERT);
    assertStatement(e, "skal valget holdes i mai", StatementType.INDIRECT, "militærregimet", Stance.ASSERT);
  }

  @Test
  void ifolgeBeforeAClauseOfAnotherConjunctionStaysWithTheSentence() {
    Extraction e = extract("Ifølge planen skal arbeidet være ferdig i mai, men ingen tror på det.");
    assertNoStatementOn(e, "arbeidet være ferdig i mai");
  }

  @Test
  void aVerbsParticleIsNotLookedForInARelativeClause() {
    Extraction e = extract("– Vi er glade, sa Kari Holm til reportere i Oslo. Hun opplyste at hun har snakket med sin ektemann, "
        + "som for øyeblikket er om bord i privatflyet sammen med barna, på vei til Bergen, slik at de kan møte familien med en gang.");
    assertEquals("opplyste", statement(e, "hun har snakket med sin ektemann, som for øyeblikket er om bord i privatflyet sammen med barna, "
        + "på vei til Bergen, slik at de kan møte familien med en gang").cue().orElseThrow().text());
    assertEquals(2, e.statements().size(), () -> ExtractionAssert.describe(e)); // no "snakket … om [bord i …]"
  }

  @Test
  void aVerbsParticleBeforeARelativeClauseStillCounts() {
    Extraction e = extract("Statsministeren snakket om at skolen må få mer penger, som hun har lovet før.");
    assertEquals(1, e.statements().size(), () -> ExtractionAssert.describe(e));
    assertEquals("snakket ... om", e.statements().get(0).cue().orElseThrow().text());
  }

  @Test
  void aSecondVerbOfTheSubjectReportsAClauseWithoutAt() {
    Extraction e = extract("Trener Ole Hansen var skuffet etter kampen, og mente laget burde ha vunnet.");
    assertStatement(e, "laget burde ha vunnet", StatementType.INDIRECT, "Ole Hansen", Stance.ASSERT);
  }

  @Test
  void declaringOneselfWillingReportsNothingAndKeepsTheReportAroundIt() {
    Extraction e = extract("Nå har et selskap meldt seg og sagt seg villig til å betale reisen, melder NRK.");
    assertStatement(e, "Nå har et selskap meldt seg og sagt seg villig til å betale reisen", StatementType.INDIRECT, "NRK", Stance.ASSERT);
    assertEquals(1, e.statements().size(), () -> ExtractionAssert.describe(e));
  }

  @Test
  void anUnnamedSourceNearAnOrganisationIsTheSpeakerNotTheOrganisation() {
    Extraction e = extract("En kilde nær regjeringen sier til NTB at avtalen er klar.");
    assertStatement(e, "avtalen er klar", StatementType.INDIRECT, "En kilde nær regjeringen", Stance.ASSERT);
  }

  @Test
  void theMediaOfACountrySpeak() {
    Extraction e = extract("Sørkoreanske medier skriver at møtet varte i to timer.");
    assertStatement(e, "møtet varte i to timer", StatementType.INDIRECT, "Sørkoreanske medier", Stance.ASSERT);
  }

  @Test
  void aNationalityBeforeAMinistryIsPartOfTheSpeakerPhrase() {
    Extraction e = extract("Det irakiske utenriksdepartementet protesterte, og kalte uttalelsen «uakseptabel».");
    assertStatement(e, "uttalelsen «uakseptabel»", StatementType.MIXED, "irakiske utenriksdepartementet", Stance.ASSERT);
  }

  @Test
  void theDefiniteFormOfATitleOrOrganisationInEIsKnown() {
    Extraction e = extract("I fjor krevde kommunen at skolen skulle legges ned. Tanten sier at barna trives.");
    assertStatement(e, "skolen skulle legges ned", StatementType.INDIRECT, "kommunen", Stance.OTHER);
    assertStatement(e, "barna trives", StatementType.INDIRECT, "Tanten", Stance.ASSERT);
  }

  @Test
  void omBeforeATopicWithoutAVerbIsNoReportedQuestion() {
    Extraction e = extract("Kari Nilsen skriver om skattepolitikk og eldreomsorg i Aftenposten. "
        + "Der avslører han detaljer om sykdomsforløpet. Ola Hansen skrev om på onsdag.");
    assertNoStatementOn(e, "skattepolitikk og eldreomsorg");
    assertNoStatementOn(e, "sykdomsforløpet");
    assertNoStatementOn(e, "på onsdag");
    Extraction question = extract("Statsministeren spurte om regjeringen vil trekke forslaget. "
        + "Ola Hansen fortalte om hvordan de hadde reist.");
    assertStatement(question, "regjeringen vil trekke forslaget", StatementType.INDIRECT, "Statsministeren", Stance.QUESTION);
    assertStatement(question, "hvordan de hadde reist", StatementType.INDIRECT, "Ola Hansen", Stance.QUESTION);
  }

  @Test
  void aCoordinatedVerbAfterAnObjectWithAvIsTheSubjectsNotTheObjects() {
    Extraction e = extract("Sikkerhetsrådet fordømmer pågripelsen av Diarra og advarer om at hæren undergraver arbeidet.");
    assertStatement(e, "hæren undergraver arbeidet", StatementType.INDIRECT, "Sikkerhetsrådet", Stance.WARN);
    Extraction passive = extract("Beboerne ble oppfordret av ordfører Kari Nilsen til å holde seg innendørs.");
    assertStatement(passive, "å holde seg innendørs", StatementType.INDIRECT, "Kari Nilsen", Stance.OTHER);
  }

  @Test
  void omAfterTheObjectOfACognitionVerbIsThatObjectsPreposition() {
    Extraction e = extract("Moren mener historien om livet hans bør bli til en musikal. "
        + "Raymond Johansen mener det tvert om er kommunene som har ansvaret.");
    assertStatement(e, "historien om livet hans bør bli til en musikal", StatementType.INDIRECT, "Moren", Stance.ASSERT);
    assertStatement(e, "det tvert om er kommunene som har ansvaret", StatementType.INDIRECT, "Raymond Johansen", Stance.ASSERT);
    Extraction question = extract("Statsministeren sa onsdag om regjeringen vil trekke forslaget.");
    assertStatement(question, "regjeringen vil trekke forslaget", StatementType.INDIRECT, "Statsministeren", Stance.QUESTION);
  }

  @Test
  void aCourtAfterTheCueIsItsInvertedSubject() {
    Extraction e = extract("I dommen skriver lagmannsretten at det var mye som kunne tyde på overgrep. "
        + "Etter ankesaken sa retten at saken var for dårlig opplyst.");
    assertStatement(e, "det var mye som kunne tyde på overgrep", StatementType.INDIRECT, "lagmannsretten", Stance.ASSERT);
    assertStatement(e, "saken var for dårlig opplyst", StatementType.INDIRECT, "lagmannsretten", Stance.ASSERT);
  }

  @Test
  void madeItClearAndGaveExpressionToReportTheirClause() {
    Extraction e = extract("Statsministeren har gjort det klart at regjeringen ikke vil gå av. "
        + "Lisa Ling skal ha gitt uttrykk for at hun ville bli sluppet fri. Mannskapet har gjort det klart for avreise.");
    assertStatement(e, "regjeringen ikke vil gå av", StatementType.INDIRECT, "Statsministeren", Stance.ASSERT);
    assertStatement(e, "hun ville bli sluppet fri", StatementType.INDIRECT, "Lisa Ling", Stance.ASSERT);
    assertNoStatementOn(e, "for avreise");
  }

  @Test
  void aCommaInsideAListOfNamesBeforeTheVerbIsNoAttributionComma() {
    Extraction e = extract("Planen forblir hemmelig helt til Ap, SV og Sp svarer.");
    assertNoStatementOn(e, "Planen forblir hemmelig");
    Extraction after = extract("Det er et godt forslag, mener Ap, SV og Sp.");
    assertStatement(after, "Det er et godt forslag", StatementType.INDIRECT, "Ap", Stance.ASSERT);
  }

  @Test
  void anAcronymInCapitalsIsNoFunctionWord() {
    Extraction e = extract("Saken ble sendt videre. DA hevder at dommeren har vært borte fra jobben i lang tid.");
    Statement s = assertStatement(e, "dommeren har vært borte fra jobben i lang tid", StatementType.INDIRECT, "DA", Stance.ASSERT);
    assertEquals(ActorType.ORGANIZATION, s.speaker().orElseThrow().actor().type());
    Extraction heading = extract("DA SIER NEI\n\nSaken ble sendt videre.");
    assertNoStatementOn(heading, "SIER NEI");
  }

  @Test
  void aSpokespersonForABodyWithoutAnOrganisationNounKeepsThatBody() {
    Extraction e = extract("Ifølge en talsmann for de militære ble statsministeren pågrepet.");
    assertStatement(e, "ble statsministeren pågrepet", StatementType.INDIRECT, "en talsmann for de militære", Stance.ASSERT);
  }

  @Test
  void aNationalityBeforeAPlainNounIsTheSpeakersPhrase() {
    Extraction e = extract("Nordiske land sier at avtalen må signeres før sommeren.");
    assertStatement(e, "avtalen må signeres før sommeren", StatementType.INDIRECT, "Nordiske land", Stance.ASSERT);
    e = extract("Østafrikanske land sier at grensen skal åpnes igjen.");
    assertStatement(e, "grensen skal åpnes igjen", StatementType.INDIRECT, "Østafrikanske land", Stance.ASSERT);
  }

  @Test
  void aThreeWordClauseWithItsAuxiliaryIsReportedButNotBeforeAnInfinitive() {
    Extraction e = extract("Skatten må økes, sier Ap.");
    assertStatement(e, "Skatten må økes", StatementType.INDIRECT, "Ap", Stance.ASSERT);
    Extraction infinitive = extract("Hukommelsen er slettet, for å si det enkelt.");
    assertNoStatementOn(infinitive, "Hukommelsen er slettet");
  }

  @Test
  void aPossessiveAfterItsNounIsNoArticleBeforeTheVerb() {
    Extraction e = extract("Per Olsen ble dømt i går. Advokaten hans mener at dommen er feil.");
    assertStatement(e, "dommen er feil", StatementType.INDIRECT, "Advokaten hans", Stance.ASSERT);
  }

  @Test
  void dePlusARelativeClauseIsWhoTheClauseDescribesNotAnAntecedent() {
    Extraction e = extract("Domstolen kritiserer dommeren. De som kjenner ham, sier at han gjerne blir misforstått.");
    assertStatement(e, "han gjerne blir misforstått", StatementType.INDIRECT, "De som kjenner ham", Stance.ASSERT);
  }

  @Test
  void anAdverbOpeningTheSentenceOrTheClauseIsNoNameAndPeopleAreNamedByTheirPart() {
    ExtractionAssert.assertEach("no", StatementType.INDIRECT, new String[][] {
      {"Nesten alle eksperter sier at planen vil mislykkes.", "planen vil mislykkes", "alle eksperter"},
      {"Bare ministeren sa at planen vil mislykkes.", "planen vil mislykkes", "ministeren"},
      {"Omtrent tjue demonstranter sa at de kommer tilbake.", "de kommer tilbake", "tjue demonstranter"},
      // an adverb before the subject of a clause without "at"
      {"Forfatteren Jon Haarder har skrevet en bok. Han mener spesielt språkklimaet på nettet har tvunget fram en ny debatt.",
          "spesielt språkklimaet på nettet har tvunget fram en ny debatt", "Jon Haarder"},
      {"Flere innbyggere sier at vannet er skittent.", "vannet er skittent", "Flere innbyggere"},
    });
  }
}
