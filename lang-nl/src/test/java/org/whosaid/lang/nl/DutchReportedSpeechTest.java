package org.whosaid.lang.nl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.whosaid.testing.ExtractionAssert.assertNoStatementOn;
import static org.whosaid.testing.ExtractionAssert.assertStatement;

import org.junit.jupiter.api.Test;
import org.whosaid.Extraction;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementType;
import org.whosaid.testing.ExtractionAssert;

class DutchReportedSpeechTest {

  private static Extraction extract(String text) {
    return ExtractionAssert.extract("nl", text);
  }


  @Test
  void howSomethingWasSaidEndsWhatWasSaid() {
    ExtractionAssert.assertEach("nl", StatementType.INDIRECT, new String[][] {
        {"De minister zei dat de gesprekken waren mislukt, zonder in details te treden.", "de gesprekken waren mislukt", "De minister"},
        {"Een woordvoerder zei dat Rusland zal reageren, zonder verdere toelichting.", "Rusland zal reageren", "Een woordvoerder"},
        {"De club gaf geen reden, maar, volgens de politie, had de bestuurder gedronken.", "had de bestuurder gedronken", "politie"},
    });
  }

  @Test
  void readsVerbsInThePerfect() {
    ExtractionAssert.assertEach("nl", StatementType.INDIRECT, new String[][] {
        {"De minister heeft toegegeven dat er fouten zijn gemaakt.", "er fouten zijn gemaakt", "De minister"},
        {"De woordvoerder heeft uitgelegd dat de troepen terugkeren.", "de troepen terugkeren", "De woordvoerder"},
        {"Rusland heeft de NAVO beschuldigd van agressie.", "agressie", "Rusland", "DENY"},
    });
  }

  @Test
  void aRelativeClauseAfterTheSourceIsNoPartOfWhatItReports() {
    assertStatement(extract("Volgens Interfax, dat zich baseert op het ministerie, gaat het om eenheden uit het zuiden."),
        "gaat het om eenheden uit het zuiden", StatementType.INDIRECT, "Interfax", Stance.ASSERT);
  }

  @Test
  void attributesADocumentToTheAgentThatIssuedItAndANegatedVerbBeforeOfAsksNothing() {
    ExtractionAssert.assertEach("nl", StatementType.INDIRECT, new String[][] {
        {"Volgens een verklaring verspreid door het Rode Kruis is de haven van Rotterdam gesloten.",
            "is de haven van Rotterdam gesloten", "Rode Kruis"},
        {"De journalist vroeg of de minister aftreedt.", "de minister aftreedt", "De journalist", "QUESTION"},
        // a poll speaks for the one who held it; a scholar's field is a title
        {"Volgens een peiling van Maurice de Hond staat de PVV nog altijd op de eerste plaats.",
            "staat de PVV nog altijd op de eerste plaats", "Maurice de Hond"},
        {"Politicoloog Sarah de Lange verwacht dat de verkiezingen in het najaar worden gehouden.",
            "de verkiezingen in het najaar worden gehouden", "Sarah de Lange"},
        {"KNMI-weerman Jan Visser verwacht dat het weekend droog blijft.", "het weekend droog blijft", "Jan Visser"},
        // what is warned against or asked, without whom; a separable verb's particle before "te" opens nothing
        {"Biden waarschuwde Rusland om Oekraïne niet binnen te vallen.", "Oekraïne niet binnen te vallen", "Biden", "WARN"},
        {"Scholz vroeg China om druk uit te oefenen op Moskou.", "druk uit te oefenen op Moskou", "Scholz", "OTHER"},
    });
    assertNoStatementOn(extract("De minister zei niet of hij aftreedt."), "hij aftreedt");
  }

  @Test
  void aReportedQuestionIsAQuestion() {
    Extraction e = extract("De journalist vroeg of de troepen werkelijk vertrekken.");
    assertStatement(e, "de troepen werkelijk vertrekken", StatementType.INDIRECT, "De journalist", Stance.QUESTION);
  }

  @Test
  void anAttributionAfterTheContentGivesTheSentenceBefore() {
    Extraction e = extract("Een aantal troepen keert terug naar de legerbases, meldt het Russische persbureau Interfax.");
    assertStatement(e, "Een aantal troepen keert terug naar de legerbases", StatementType.INDIRECT, "Interfax", Stance.ASSERT);
  }

  @Test
  void theSubjectStandsBeforeTheAuxiliaryNotTheObjectAfterIt() {
    Extraction e = extract("Het Russische parlement heeft president Vladimir Poetin gevraagd twee regio’s te erkennen.");
    assertStatement(e, "twee regio’s te erkennen", StatementType.INDIRECT, "Russische parlement", Stance.OTHER);
  }

  @Test
  void theClauseEndsWhereACoordinatedVerbOfSpeechBegins() {
    Extraction e = extract("Het Kremlin heeft ontkend dat daar plannen voor zijn en ziet de verplaatsing als een interne zaak.");
    assertStatement(e, "daar plannen voor zijn", StatementType.INDIRECT, "Kremlin", Stance.DENY);
  }

  @Test
  void aSeparableDirectiveFindsItsParticle() {
    Extraction e = extract("Ook Nederland riep, net zoals de Verenigde Staten, mensen in Oekraïne op het land te verlaten.");
    assertStatement(e, "het land te verlaten", StatementType.INDIRECT, "Nederland", Stance.OTHER);
  }

  @Test
  void volgensInsideTheSentenceReportsTheWholeSentence() {
    Extraction e = extract("Een aantal eenheden is volgens een woordvoerder al klaar.");
    assertStatement(e, "Een aantal eenheden is volgens een woordvoerder al klaar", StatementType.INDIRECT, "een woordvoerder", Stance.ASSERT);
  }

  @Test
  void aSpeechVerbWithAnInfinitiveReportsWhatTheSubjectSaidOfItself() {
    Extraction e = extract("De minister zei gisteren bereid te zijn tot overleg met de vakbonden.");
    assertStatement(e, "bereid te zijn tot overleg met de vakbonden", StatementType.INDIRECT, "De minister", Stance.ASSERT);
    Extraction denial = extract("Poetin zegt niet van plan te zijn om Oekraïne binnen te vallen.");
    assertStatement(denial, "niet van plan te zijn om Oekraïne binnen te vallen", StatementType.INDIRECT, "Poetin", Stance.ASSERT);
  }

  @Test
  void aPurposeClauseAfterASpeechVerbIsNoInfinitiveComplement() {
    Extraction e = extract("De coach zei niets en vertrok om te trainen.");
    org.junit.jupiter.api.Assertions.assertEquals(0, e.statements().size(), e.statements().toString());
  }

  @Test
  void aLawAfterVolgensIsNoSource() {
    Extraction e = extract("Volgens de grondwet is dat niet toegestaan. Volgens de wetten van de aerodynamica kan een hommel niet vliegen.");
    assertNoStatementOn(e, "is dat niet toegestaan");
    assertNoStatementOn(e, "kan een hommel niet vliegen");
  }

  @Test
  void aSentenceInitialAdverbIsNoPartOfTheSpeakersName() {
    Extraction e = extract("Toch zei Lode Vermeulen dat het goed ging. Daags erna meldde Bart Somers dat hij stopte.");
    assertStatement(e, "het goed ging", StatementType.INDIRECT, "Lode Vermeulen", Stance.ASSERT);
    assertStatement(e, "hij stopte", StatementType.INDIRECT, "Bart Somers", Stance.ASSERT);
  }

  @Test
  void thePersonOfAnOrganisationIsTheSpeakerNotTheOrganisation() {
    Extraction e = extract("Woordvoerder Dmitri Peskov van het Kremlin zegt dat Rusland geen plannen heeft.");
    assertStatement(e, "Rusland geen plannen heeft", StatementType.INDIRECT, "Dmitri Peskov", Stance.ASSERT);
  }

  @Test
  void aPortfolioAfterVanIsNoPartOfTheName() {
    Extraction e = extract("Minister Hoekstra van Buitenlandse Zaken riep Nederlanders op het land te verlaten. "
        + "Minister Karien van Gennip zei dat het goed gaat.");
    assertStatement(e, "het land te verlaten", StatementType.INDIRECT, "Hoekstra", Stance.OTHER);
    assertStatement(e, "het goed gaat", StatementType.INDIRECT, "Karien van Gennip", Stance.ASSERT);
  }

  @Test
  void datMeldtReportsTheSentenceBefore() {
    Extraction e = extract("Een deel van de Russische troepen keert terug naar de kazernes. "
        + "Dat meldt persbureau Reuters op basis van bronnen in Washington.\n\n"
        + ",,We zien geen tekenen van terugtrekking.''\n\nDat zei NAVO-chef Jens Stoltenberg dinsdag.");
    assertStatement(e, "Een deel van de Russische troepen keert terug naar de kazernes", StatementType.INDIRECT, "Reuters",
        Stance.ASSERT);
    assertStatement(e, "We zien geen tekenen van terugtrekking.", StatementType.DIRECT, "Jens Stoltenberg", Stance.ASSERT);
  }

  @Test
  void aCallWithTheAddresseeBeforeTheParticleAsksTheWholeInfinitive() {
    Extraction e = extract("President Joe Biden riep Amerikanen op Oekraïne onmiddellijk te verlaten.");
    assertStatement(e, "Oekraïne onmiddellijk te verlaten", StatementType.INDIRECT, "Joe Biden", Stance.OTHER);
  }

  @Test
  void aSourcePhraseBetweenCommasStaysInsideTheClause() {
    Extraction e = extract("De gesprekken zijn, volgens een diplomaat, zonder akkoord geëindigd.");
    assertStatement(e, "De gesprekken zijn, volgens een diplomaat, zonder akkoord geëindigd", StatementType.INDIRECT, "een diplomaat",
        Stance.ASSERT);
  }

  @Test
  void anAttributionBetweenCommasBeforeTheFiniteVerbKeepsTheWholeClause() {
    Extraction e = extract("De gesprekken, zo zei een diplomaat, zijn zonder akkoord geëindigd.");
    assertStatement(e, "De gesprekken, zo zei een diplomaat, zijn zonder akkoord geëindigd", StatementType.INDIRECT, "een diplomaat",
        Stance.ASSERT);
  }

  @Test
  void aPluralSubjectSpeaksInThePresentPlural() {
    Extraction e = extract("Oekraïense functionarissen melden dat er beschietingen zijn geweest in de Donbas. "
        + "Experts waarschuwen dat de situatie kan escaleren.");
    assertStatement(e, "er beschietingen zijn geweest in de Donbas", StatementType.INDIRECT, "Oekraïne", Stance.ASSERT); // officials of a state are that state
    assertStatement(e, "de situatie kan escaleren", StatementType.INDIRECT, "Experts", Stance.WARN);
  }

  @Test
  void aComplementizerInTheNextClauseIsNotTheCuesOwn() {
    Extraction e = extract("Hij kan dat bij de stemming melden, en officieus wordt dat dan uitgelegd als een tegenstem.");
    assertNoStatementOn(e, "dan uitgelegd als een tegenstem");
  }

  @Test
  void theTwoCommasOfAQuoteAreNoCommaOfTheSentence() {
    Extraction e = extract("Volgens premier Rutte is de situatie ,,zeer zorgelijk''.");
    assertStatement(e, "is de situatie ,,zeer zorgelijk''", StatementType.MIXED, "Rutte", Stance.ASSERT);
  }

  @Test
  void anAccusationLeavesOutTheAccused() {
    Extraction e = extract("Het Kremlin beschuldigt het Westen van hysterie.");
    assertStatement(e, "hysterie", StatementType.INDIRECT, "Kremlin", Stance.DENY);
  }

  @Test
  void anObjectPronounAfterVolgensIsTheSpeaker() {
    Extraction e = extract("Minister Hoekstra sprak maandag. Volgens hem is de dreiging nog niet voorbij.");
    assertStatement(e, "is de dreiging nog niet voorbij", StatementType.INDIRECT, "Hoekstra", Stance.ASSERT);
  }

  @Test
  void anInfinitiveComplementLeavesOutTheAdverbialsBeforeIt() {
    Extraction e = extract("Koeleba zei na afloop van het gesprek met zijn Russische ambtgenoot Lavrov bereid te zijn om verder te praten. "
        + "Rutte zei van plan te zijn te vertrekken. "
        + "Het land had de buren de oorlog verklaard om de havens in het zuiden en een aantal eilanden te bezetten.");
    assertStatement(e, "bereid te zijn om verder te praten", StatementType.INDIRECT, "Koeleba", Stance.ASSERT);
    assertStatement(e, "van plan te zijn te vertrekken", StatementType.INDIRECT, "Rutte", Stance.ASSERT); // its predicate stays
    assertNoStatementOn(e, "een aantal eilanden te bezetten"); // a purpose clause
  }

  @Test
  void aSecondPersonPronounNamesNoSpeaker() {
    assertNoStatementOn(extract("Vorig jaar zei je dat het plan zou mislukken."), "het plan zou mislukken");
    assertNoStatementOn(extract("U hebt gezegd dat de belasting te hoog is."), "de belasting te hoog is");
    assertNoStatementOn(extract("Jullie beweerden dat de belasting te hoog is."), "de belasting te hoog is");
    Extraction e = extract("Jan de Vries zei dat het plan zou mislukken.");
    assertStatement(e, "het plan zou mislukken", StatementType.INDIRECT, "Jan de Vries", Stance.ASSERT);
  }

  @Test
  void aNationalityNounIsNoPartOfAName() {
    Extraction e = extract("Hij speelde tegen de Argentijn Pablo Ruiz. Ruiz zei dat hij moe was.");
    org.junit.jupiter.api.Assertions.assertEquals("Pablo Ruiz",
        ExtractionAssert.speaker(e, "hij moe was").name());
    e = extract("Voormalig minister Jan de Vries zei dat het plan zou mislukken.");
    assertStatement(e, "het plan zou mislukken", StatementType.INDIRECT, "Jan de Vries", Stance.ASSERT);
  }

  @Test
  void aDocumentSpeaksForItsAuthorAndMeasurementsSpeakForNobody() {
    Extraction e = extract("Volgens een verklaring van het ministerie van Defensie is de oefening voorbij.");
    assertEquals("ministerie van Defensie", ExtractionAssert.speaker(e, "is de oefening voorbij").name());
    assertNoStatementOn(extract("De metingen laten zien dat het water stijgt."), "het water stijgt");
  }

  @Test
  void aHopeIsAWishNotAStatement() {
    Extraction e = extract("Burgemeester Jan Smit hoopt dat de brug in mei weer opengaat. Hij meent dat de werf op tijd klaar is.");
    assertNoStatementOn(e, "de brug in mei weer opengaat");
    assertStatement(e, "de werf op tijd klaar is", StatementType.INDIRECT, "Jan Smit", Stance.ASSERT);
  }

  @Test
  void volgensHetBeforeAPlainNounIsAnArticleAndARuleAsCompoundHeadOrFurtherOnIsNoSource() {
    assertStatement(extract("Volgens het weekblad Vakwereld komt er een nieuw actieplan voor de winkels."),
        "komt er een nieuw actieplan voor de winkels", StatementType.INDIRECT, "Vakwereld", Stance.ASSERT);
    for (String rule : new String[] {"het Haagse Paas-akkoord", "het oud kerkelijk recht"}) {
      assertNoStatementOn(extract("Volgens " + rule + " moet de regering binnen een maand beslissen."), "moet de regering");
    }
  }

  @Test
  void anImpersonalPassiveWithErHasNoSource() {
    assertNoStatementOn(extract("Er wordt beweerd dat de brug te smal is."), "de brug te smal is");
  }

  @Test
  void aNationalityBeforeItsNounIsNoHeadAndAPronounBeforeTheObjectOfAVerbFinalClauseIsItsSubject() {
    String media = "Het vliegveld telde volgens de Spaanse media duizend reizigers";
    assertStatement(extract(media + "."), media, StatementType.INDIRECT, "Spaanse media", Stance.ASSERT);
    assertStatement(extract("Wethouder Karin Smit was boos, omdat ze het jammer vindt dat de bibliotheek sluit."),
        "de bibliotheek sluit", StatementType.INDIRECT, "Karin Smit", Stance.ASSERT);
  }

  @Test
  void itLooksAsIfAndAModalPassiveOfSeeingAreNoStatements() {
    assertNoStatementOn(extract("Het plan is klaar, maar het ziet er niet naar uit dat de gemeente betaalt."), "de gemeente betaalt");
    assertNoStatementOn(extract("Na de ruzie zag het er naar uit dat de partij alleen verder gaat."), "de partij alleen verder gaat");
    assertNoStatementOn(extract("Op de foto is te zien dat de schilder twijfelde."), "de schilder twijfelde");
  }

  @Test
  void theImpersonalMenAndAPassiveWithoutAgentNameNoSource() {
    assertNoStatementOn(extract("In de negentiende eeuw beweerde men dat de rivier nooit zou bevriezen."), "de rivier nooit zou bevriezen");
    assertNoStatementOn(extract("Men zegt dat de molen driehonderd jaar oud is."), "de molen driehonderd jaar oud is");
    assertNoStatementOn(extract("Vorige week werd gemeld dat de school dichtgaat."), "de school dichtgaat");
    assertStatement(extract("De nieuwe brug is volgens de wethouder in mei klaar."),
        "De nieuwe brug is volgens de wethouder in mei klaar", StatementType.INDIRECT, "de wethouder", Stance.ASSERT);
  }

  @Test
  void aClauseAfterAnInfinitiveBelongsToItAndAPronounWithAnAdverbIsNoContent() {
    assertStatement(extract("De wethouder beloofde, nog eens te onderzoeken of de bus vaker kan rijden."),
        "nog eens te onderzoeken of de bus vaker kan rijden", StatementType.INDIRECT, "De wethouder", Stance.ASSERT);
    assertNoStatementOn(extract("Kees Bakker ontkent het weliswaar, maar de buren twijfelen."), "het weliswaar");
  }

  @Test
  void aPhraseAfterAnOpeningPrepositionIsNoSubject() {
    assertNoStatementOn(extract("De schaatsclub in Leiden begon een eigen ploeg. In Utrecht vond dat vorig jaar navolging."),
        "vorig jaar navolging");
  }

  @Test
  void anInvertedSubjectIsNoPartOfTheContent() {
    Extraction e = extract("De cijfers zijn goed. Toch waarschuwt wethouder Anke Visser voor te veel vertrouwen in de markt.");
    assertStatement(e, "voor te veel vertrouwen in de markt", StatementType.INDIRECT, "Anke Visser", Stance.WARN);
  }

  @Test
  void aParticleAfterARelativeClauseWithoutACommaIsTheCuesOwn() {
    assertStatement(extract("De regering riep reizigers die in het gebied zijn op zo snel mogelijk te vertrekken."),
        "zo snel mogelijk te vertrekken", StatementType.INDIRECT, "regering", Stance.OTHER);
  }

  @Test
  void pastPluralsAndEstimatesReportAClause() {
    Extraction e = extract("Winkeliers klaagden dat de leveringen te laat kwamen. De netbeheerder schat dat 20.000 huishoudens zonder stroom zaten.");
    assertStatement(e, "de leveringen te laat kwamen", StatementType.INDIRECT, "Winkeliers", Stance.ASSERT);
    assertStatement(e, "20.000 huishoudens zonder stroom zaten", StatementType.INDIRECT, "De netbeheerder", Stance.ASSERT);
    Extraction noClause = extract("De netbeheerder schat de schade hoog in.");
    assertEquals(0, noClause.statements().size(), noClause.statements().toString());
  }

  @Test
  void volgensHemInsideTheClauseReportsTheWholeSentence() {
    Extraction e = extract("Minister Jan Peters gaf een interview. De regio wordt volgens hem te vaak vergeten. "
        + "Volgens hem missen de dorpen een goede busverbinding.");
    assertStatement(e, "De regio wordt volgens hem te vaak vergeten", StatementType.INDIRECT, "Jan Peters", Stance.ASSERT);
    assertStatement(e, "missen de dorpen een goede busverbinding", StatementType.INDIRECT, "Jan Peters", Stance.ASSERT);
    Extraction her = extract("Els Borst gaf een interview. De zorg is volgens haar vooral te duur. De zaak is volgens haar advocaat gesloten.");
    assertStatement(her, "De zorg is volgens haar vooral te duur", StatementType.INDIRECT, "Els Borst", Stance.ASSERT);
    assertStatement(her, "De zaak is volgens haar advocaat gesloten", StatementType.INDIRECT, "haar advocaat", Stance.ASSERT);
  }

  @Test
  void datMeldtWithAnArticledNameReportsTheSentenceBefore() {
    Extraction e = extract("De supermarktketen stopt met de verbouwing van al haar winkels. Dat meldt het ANP.");
    assertStatement(e, "De supermarktketen stopt met de verbouwing van al haar winkels", StatementType.INDIRECT, "ANP", Stance.ASSERT);
    Extraction paper = extract("De brouwerij sluit haar fabriek in Breda. Dat meldt Het Parool.");
    assertStatement(paper, "De brouwerij sluit haar fabriek in Breda", StatementType.INDIRECT, "Parool", Stance.ASSERT);
    Extraction object = extract("De brouwerij sluit haar fabriek in Breda. Dat zegt het nodige over de sector.");
    assertNoStatementOn(object, "De brouwerij sluit haar fabriek in Breda");
  }

  @Test
  void anElidedArticleIsPartOfTheSpeakersName() {
    Extraction e = extract("Volgens Van 't Schip is de bouw te duur. Wethouder Anne van 't Veer zei dat 's avonds niemand komt.");
    assertStatement(e, "is de bouw te duur", StatementType.INDIRECT, "Van 't Schip", Stance.ASSERT);
    assertStatement(e, "'s avonds niemand komt", StatementType.INDIRECT, "Anne van 't Veer", Stance.ASSERT);
  }

  @Test
  void volgensWithItsVerbRightAfterTheSourceReportsTheClauseWithItsCommas() {
    Extraction e = extract("Volgens de politie is de brug, die vorig jaar werd geopend, veilig.");
    assertStatement(e, "is de brug, die vorig jaar werd geopend, veilig", StatementType.INDIRECT, "politie", Stance.ASSERT);
    Extraction relative = extract("Volgens een rapport dat maandag is verschenen, is de zorg te duur.");
    assertStatement(relative, "is de zorg te duur", StatementType.INDIRECT, "een rapport dat maandag is verschenen", Stance.ASSERT);
  }

  @Test
  void aParticipleBeforeItsPassiveAuxiliaryReportsNobody() {
    Extraction e = extract("Burgemeester Anne de Wit ontkent het, maar beweerd wordt dat zij volgend jaar vertrekt. "
        + "In de raad werd gezegd dat het plan te duur was.");
    assertNoStatementOn(e, "zij volgend jaar vertrekt");
    assertNoStatementOn(e, "het plan te duur was");
    Extraction active = extract("Burgemeester Anne de Wit heeft gezegd dat zij volgend jaar vertrekt.");
    assertStatement(active, "zij volgend jaar vertrekt", StatementType.INDIRECT, "Anne de Wit", Stance.ASSERT);
  }

  @Test
  void aFormOfAddressIsNoPartOfTheSpeakersName() {
    Extraction e = extract("Mevrouw Rita Bakker zei dat de zaak gesloten is. De heer Piet Smits meldde dat hij beroep aantekent.");
    assertStatement(e, "de zaak gesloten is", StatementType.INDIRECT, "Rita Bakker", Stance.ASSERT);
    assertStatement(e, "hij beroep aantekent", StatementType.INDIRECT, "Piet Smits", Stance.ASSERT);
  }

  @Test
  void aPronounMeansThePersonNamedBeforeNotTheObjectOfAPreposition() {
    Extraction e = extract("Bisschop Karel Mertens prijst tegenover journalist Frank Smit de inzet van de vrijwilligers. "
        + "Hij zegt dat de kerk hen nodig heeft.");
    assertStatement(e, "de kerk hen nodig heeft", StatementType.INDIRECT, "Karel Mertens", Stance.ASSERT);
    Extraction subject = extract("Journalist Frank Smit sprak met bisschop Karel Mertens over de kerk. Hij zegt dat de kerk leeg raakt.");
    assertStatement(subject, "de kerk leeg raakt", StatementType.INDIRECT, "Frank Smit", Stance.ASSERT);
  }

  @Test
  void volgensATitleOfAnOrganisationWithItsArticleKeepsTheWholeSource() {
    Extraction e = extract("Volgens een woordvoerder van het ministerie raakte niemand gewond.");
    assertStatement(e, "raakte niemand gewond", StatementType.INDIRECT, "een woordvoerder van het ministerie", Stance.ASSERT);
    Extraction study = extract("Volgens een onderzoek van het bureau Motivaction stemmen jongeren minder vaak.");
    assertStatement(study, "stemmen jongeren minder vaak", StatementType.INDIRECT, "Motivaction", Stance.ASSERT);
  }

  @Test
  void aDirectiveToANamedAddresseeReportsTheClauseAfterOm() {
    Extraction e = extract("Trainer Koeman vraagt Sneijder en Robben om vaker op doel te schieten.");
    assertStatement(e, "vaker op doel te schieten", StatementType.INDIRECT, "Koeman", Stance.OTHER);
    Extraction pronoun = extract("Burgemeester Anne de Wit vroeg hem om de brug snel te repareren.");
    assertStatement(pronoun, "de brug snel te repareren", StatementType.INDIRECT, "Anne de Wit", Stance.OTHER);
    Extraction noun = extract("De minister vroeg Jan Peters om uitstel.");
    assertEquals(0, noun.statements().stream().filter(s -> s.content().equals("uitstel")).count(), noun.statements().toString());
  }

  @Test
  void aSuspicionAnAdmissionAndGivenReasonsAreStatements() {
    Extraction e = extract("De brandweer vermoedt dat een kortsluiting de brand heeft veroorzaakt.");
    assertStatement(e, "een kortsluiting de brand heeft veroorzaakt", StatementType.INDIRECT, "brandweer", Stance.ASSERT);
    e = extract("Trainer Kees Bakker zag zijn ploeg verliezen. ,,Nee, daar ben ik niet blij mee'', bekende hij na afloop.");
    assertStatement(e, "Nee, daar ben ik niet blij mee", StatementType.DIRECT, "Kees Bakker", Stance.ASSERT);
    e = extract("De partij wil niet meedoen aan een debat zonder de premier, zo motiveerde fractieleider Ans Smit het besluit.");
    assertStatement(e, "De partij wil niet meedoen aan een debat zonder de premier", StatementType.INDIRECT, "Ans Smit", Stance.ASSERT);
  }

  @Test
  void aSpeechWordAfterAnArticleAndAnAdverbModifiesANoun() {
    Extraction e = extract("Hij liet zijn eerste schetsen, toen hij nog jong was, aan de toen bekende meester Jan Smit zien.");
    assertEquals(0, e.statements().size(), e.statements().toString());
    e = extract("Het eerder gemelde incident bleek een misverstand, zei agent Piet de Groot.");
    assertStatement(e, "Het eerder gemelde incident bleek een misverstand", StatementType.INDIRECT, "Piet de Groot", Stance.ASSERT);
  }

  @Test
  void theClauseFollowsALongPrepositionalPhraseAfterTheCue() {
    Extraction e = extract("Minister Karin Dekker schreef in een brief aan de Tweede Kamer dat de treinen vaker moeten rijden.");
    assertStatement(e, "de treinen vaker moeten rijden", StatementType.INDIRECT, "Karin Dekker", Stance.ASSERT);
    e = extract("Minister Karin Dekker was ontevreden. Vorige week eiste zij in een brief aan de Tweede Kamer dat de directie "
        + "de vertragingen aanpakt.");
    assertEquals("Karin Dekker", ExtractionAssert.speaker(e, "de directie de vertragingen aanpakt").name());
    e = extract("Minister Karin Dekker schreef een lange brief aan de leden van de Tweede Kamer van het parlement.");
    assertEquals(0, e.statements().size(), e.statements().toString());
  }

  @Test
  void anImpersonalSubjectAfterTheCueReportsNobody() {
    Extraction e = extract("Langzamerhand meende men dat het land geen centrale regering verdraagt.");
    assertEquals(0, e.statements().size(), e.statements().toString());
    e = extract("Destijds zei men, zonder veel bewijs, dat de koning te machtig was.");
    assertEquals(0, e.statements().size(), e.statements().toString());
  }

  @Test
  void aFrontedAdverbIsNoSpeakerButThePronounAfterTheCueIs() {
    Extraction e = extract("Historicus Ruud Smit schreef een boek over het hof. Destijds meende hij dat de koning te machtig was.");
    assertStatement(e, "de koning te machtig was", StatementType.INDIRECT, "Ruud Smit", Stance.ASSERT);
  }

  @Test
  void aNameBetweenCommasAfterAFrontedSourceIsNoPartOfTheClause() {
    Extraction e = extract("Volgens het Franse spoorbedrijf, SNCF, rijden er morgen geen treinen naar Parijs.");
    assertStatement(e, "rijden er morgen geen treinen naar Parijs", StatementType.INDIRECT, "Franse spoorbedrijf", Stance.ASSERT);
    e = extract("Volgens het Franse spoorbedrijf, SNCF, en de vakbonden rijden er morgen geen treinen.");
    assertNoStatementOn(e, "rijden er morgen geen treinen");
  }

  @Test
  void adviceWithAanIsADirectiveAndASecondVerbEndsTheFirstClause() {
    Extraction e = extract("De vakbond waarschuwt dat de staking doorgaat, en raadde reizigers aan de trein te laten staan.");
    assertStatement(e, "de staking doorgaat", StatementType.INDIRECT, "vakbond", Stance.WARN);
    assertStatement(e, "de trein te laten staan", StatementType.INDIRECT, "vakbond", Stance.OTHER);
    e = extract("De vakbond raadde het af.");
    assertEquals(0, e.statements().size(), e.statements().toString());
  }

  @Test
  void aPluralWithApostropheSAfterVolgensEndsTheSourceBeforeTheVerb() {
    Extraction e = extract("Volgens de Houthi's blijven de aanvallen doorgaan. Volgens de NGO's zijn de kampen overvol.");
    assertStatement(e, "blijven de aanvallen doorgaan", StatementType.INDIRECT, "Houthi's", Stance.ASSERT);
    assertStatement(e, "zijn de kampen overvol", StatementType.INDIRECT, "NGO's", Stance.ASSERT);
  }

  @Test
  void aSubjectRightAfterTheCommaOpensAClauseOfItsOwnNoAttribution() {
    Extraction e = extract("Onder haar leiding werd een nieuwe koers gevaren, Van Dalen benadrukte een soberder beleid. "
        + "De kas is leeg, zei Van Dalen.");
    assertNoStatementOn(e, "Onder haar leiding werd een nieuwe koers gevaren");
    assertStatement(e, "De kas is leeg", StatementType.INDIRECT, "Van Dalen", Stance.ASSERT);
  }

  @Test
  void unnamedSourcesAfterVolgensAreSources() {
    Extraction e = extract("Volgens ingewijden wil de gemeente nog deze week beslissen. "
        + "Volgens bronnen in Den Haag valt het besluit vrijdag.");
    assertStatement(e, "wil de gemeente nog deze week beslissen", StatementType.INDIRECT, "ingewijden", Stance.ASSERT);
    assertStatement(e, "valt het besluit vrijdag", StatementType.INDIRECT, "bronnen in Den Haag", Stance.ASSERT);
  }

  @Test
  void anAccusationWithErvanReportsItsInfinitiveOrClause() {
    Extraction e = extract("De wethouder beschuldigde de raad ervan het plan te vertragen. "
        + "De bond beschuldigt de directie ervan dat zij de leden heeft misleid.");
    assertStatement(e, "het plan te vertragen", StatementType.INDIRECT, "De wethouder", Stance.DENY);
    assertStatement(e, "zij de leden heeft misleid", StatementType.INDIRECT, "bond", Stance.DENY);
  }

  @Test
  void moreNewsVerbsReportTheirClause() {
    Extraction e = extract("De bond heeft bekendgemaakt dat de competitie wordt stilgelegd. "
        + "De vakbond wijst erop dat de lonen achterblijven. De oppositie verweet de wethouder dat hij de raad had misleid. "
        + "De woordvoerder bestreed dat er fouten zijn gemaakt. De wethouder zegde toe dat er extra geld komt.");
    assertStatement(e, "de competitie wordt stilgelegd", StatementType.INDIRECT, "bond", Stance.ASSERT);
    assertStatement(e, "de lonen achterblijven", StatementType.INDIRECT, "vakbond", Stance.ASSERT);
    assertStatement(e, "hij de raad had misleid", StatementType.INDIRECT, "De oppositie", Stance.DENY);
    assertStatement(e, "er fouten zijn gemaakt", StatementType.INDIRECT, "De woordvoerder", Stance.DENY);
    assertStatement(e, "er extra geld komt", StatementType.INDIRECT, "De wethouder", Stance.ASSERT);
  }

  @Test
  void aDemonstrativeWithOnlyANegationAfterItSaysNothing() {
    Extraction e = extract("Jansen bestrijdt dat niet, maar hij wil meer tijd.");
    assertNoStatementOn(e, "niet");
  }

  @Test
  void aQuestionInAPrepositionalPhraseBeforeTheAnswerIsNoStatement() {
    Extraction e = extract("Jansen was moe. Op de vraag of hij blij is dat het doorgaat, antwoordt hij ontwijkend. "
        + "Op de provincies Drenthe en Limburg na is overal iets georganiseerd, aldus Van Dam.");
    assertNoStatementOn(e, "Op de vraag of hij blij is");
    assertStatement(e, "Op de provincies Drenthe en Limburg na is overal iets georganiseerd", StatementType.INDIRECT, "Van Dam", Stance.ASSERT);
  }

  @Test
  void aCommaInsideABracketedAsideStartsNoClause() {
    Extraction e = extract("Het was druk op het station. Een woordvoerster van vervoerder Arriva (Limburg, Friesland) zei dat de treinen weer rijden.");
    assertStatement(e, "de treinen weer rijden", StatementType.INDIRECT, "Arriva", Stance.ASSERT);
  }

  @Test
  void anInfinitiveRightAfterASeparableVerbsParticleIsItsComplement() {
    Extraction e = extract("Het regent. Piet Jansen liet het bestuur weten te stoppen.");
    assertStatement(e, "te stoppen", StatementType.INDIRECT, "Piet Jansen", Stance.ASSERT);
  }

  @Test
  void volgensHenIsTheGroupThatJustSpoke() {
    Extraction e = extract("Veel boeren vinden dat de regels te streng zijn. Volgens hen komt de minister veel te laat met hulp.");
    assertStatement(e, "komt de minister veel te laat met hulp", StatementType.INDIRECT, "Veel boeren", Stance.ASSERT);
  }

  @Test
  void aViewThatTheSpeakersOwnClauseReportsStaysInsideIt() {
    Extraction e = extract("Het regent. Wethouder Bakker zei dat hij verwacht dat de brug volgend jaar opengaat.");
    assertStatement(e, "hij verwacht dat de brug volgend jaar opengaat", StatementType.INDIRECT, "Bakker", Stance.ASSERT);
    assertEquals(1, e.statements().size());
  }

  @Test
  void datHeeftXGezegdReportsTheSentenceBefore() {
    Extraction e = extract("Het nieuwe plan kost veel te veel geld. Dat heeft de Algemene Rekenkamer dinsdag gezegd.");
    assertStatement(e, "Het nieuwe plan kost veel te veel geld", StatementType.INDIRECT, "Algemene Rekenkamer", Stance.ASSERT);
    assertNoStatementOn(extract("Hij was fout. Het heeft geen zin om dat te ontkennen."), "Hij was fout");
  }

  @Test
  void aSeparableVerbsParticleBeforeTeIsNoPurposeClause() {
    Extraction e = extract("Het regent. Kamerlid Anna Bos kondigde dinsdag aan een motie in te dienen.");
    assertStatement(e, "een motie in te dienen", StatementType.INDIRECT, "Anna Bos", Stance.ASSERT);
  }

  @Test
  void volgensAfterANeuterSubjectAndItsVerbIsNoIdiom() {
    Extraction e = extract("Wethouder Jan Smit sprak met de pers. Het is volgens hem nog niet duidelijk wie de brand heeft gesticht.");
    assertStatement(e, "Het is volgens hem nog niet duidelijk wie de brand heeft gesticht", StatementType.INDIRECT, "Jan Smit", Stance.ASSERT);
  }

  @Test
  void anAdverbOpeningTheSentenceIsNoNameAndPeopleAreNamedByTheirPart() {
    ExtractionAssert.assertEach("nl", StatementType.INDIRECT, new String[][] {
      {"Bijna alle experts zeggen dat het plan zal mislukken.", "het plan zal mislukken", "alle experts"},
      {"Zelfs de minister zei dat het plan zal mislukken.", "het plan zal mislukken", "de minister"},
      {"Ongeveer twintig betogers zeiden dat ze terugkomen.", "ze terugkomen", "twintig betogers"},
      {"Volgens een hoge Amerikaanse functionaris heeft Rusland zich niet teruggetrokken.", "heeft Rusland zich niet teruggetrokken",
          "Verenigde Staten"},
    });
  }

  @Test
  void straightSingleQuotesQuoteWordsInsideReportedSpeech() {
    Extraction e = extract("In de jaren '30 was het anders. Lavrov noemde de Amerikaanse waarschuwingen 'hysterisch'. "
        + "Nasrallah waarschuwde gisteren dat 'Israël met vuur speelt'.");
    assertStatement(e, "de Amerikaanse waarschuwingen 'hysterisch'", StatementType.MIXED, "Lavrov", Stance.ASSERT);
    assertStatement(e, "Israël met vuur speelt", StatementType.MIXED, "Nasrallah", Stance.WARN);
  }

  @Test
  void dieAfterACommaANameOrATitleOpensARelativeClauseWhoseVerbIsACue() {
    ExtractionAssert.assertEach("nl", StatementType.INDIRECT, new String[][] {
      {"Het kabinet kreeg steun van Stoltenberg, die benadrukte dat de NAVO eensgezind is.", "de NAVO eensgezind is", "Stoltenberg"},
      {"Ze zocht contact met ploegleider Zijlaard die adviseerde te gokken op de sprint.", "te gokken op de sprint", "Zijlaard",
          "OTHER"},
    });
    // an article before a participle used as an adjective is still no relative pronoun
    assertNoStatementOn(extract("Hij las over die gemelde zaak een boek."), "gemelde zaak");
  }
}
