package org.whosaid.lang.nl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.whosaid.testing.ExtractionAssert.assertNoStatementOn;
import static org.whosaid.testing.ExtractionAssert.assertStatement;

import org.junit.jupiter.api.Test;
import org.whosaid.Extraction;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementType;
import org.whosaid.testing.ExtractionAssert;

class DutchQuotesTest {

  private static Extraction extract(String text) {
    return ExtractionAssert.extract("nl", text);
  }

  @Test
  void attributesInvertedDutchQuoteOpenedWithTwoCommas() {
    Extraction e = extract(",,Rusland legt voortdurend verschillende verklaringen af”, zei de Oekraïense minister "
        + "van Buitenlandse Zaken Dmitro Koeleba.");
    assertStatement(e, "Rusland legt voortdurend verschillende verklaringen af", StatementType.DIRECT, "Dmitro Koeleba", Stance.ASSERT);
  }

  @Test
  void closesTwoCommaQuoteWithTwoApostrophes() {
    Extraction e = extract("De premier was duidelijk. ,,Wij gaan door'', zei Mark Rutte gisteren.");
    assertStatement(e, "Wij gaan door", StatementType.DIRECT, "Mark Rutte", Stance.ASSERT);
  }

  @Test
  void aldusGivesTheFullestNameOfTheSpeaker() {
    Extraction e = extract("Dmitro Koeleba sprak in Kiev. ,,Diplomatie blijft werken”, aldus Koeleba.");
    assertStatement(e, "Diplomatie blijft werken", StatementType.DIRECT, "Dmitro Koeleba", Stance.ASSERT);
  }

  @Test
  void aQuoteBrokenByItsAttributionGivesTwoStatementsOfOneSpeaker() {
    Extraction e = extract(",,Dat is het begin”, zei Lavrov. ,,Daarna praten we verder.”");
    assertStatement(e, "Dat is het begin", StatementType.DIRECT, "Lavrov", Stance.ASSERT);
    assertStatement(e, "Daarna praten we verder.", StatementType.DIRECT, "Lavrov", Stance.ASSERT);
  }

  @Test
  void apostropheInsideAWordIsNoQuoteMark() {
    Extraction e = extract("Het parlement vroeg de regio’s om hulp. ‘Wij helpen’, zei de burgemeester.");
    assertStatement(e, "Wij helpen", StatementType.DIRECT, "de burgemeester", Stance.ASSERT);
  }

  @Test
  void aQuotedHeadlineAloneOnItsLineIsNoStatement() {
    Extraction e = extract("Het nieuws van de dag.\n\n‘Westerse oorlogspropaganda’\n\nDe NAVO zweeg.");
    assertNoStatementOn(e, "Westerse oorlogspropaganda");
  }

  @Test
  void aQuotedFragmentInReportedSpeechMakesOneMixedStatement() {
    Extraction e = extract("De Russische minister Sergej Lavrov zei gisteren dat er ‘nog altijd kans’ is op een akkoord.");
    assertStatement(e, "er ‘nog altijd kans’ is op een akkoord", StatementType.MIXED, "Sergej Lavrov", Stance.ASSERT);
  }

  @Test
  void reportsADenialWithItsSubjectBeforeTheAuxiliary() {
    Extraction e = extract("Het Kremlin heeft meermaals ontkend dat daar plannen voor zijn.");
    assertStatement(e, "daar plannen voor zijn", StatementType.INDIRECT, "Kremlin", Stance.DENY);
  }

  @Test
  void volgensAtTheStartGovernsTheRestOfTheSentence() {
    Extraction e = extract("Volgens Oekraïne hebben de inspanningen escalatie voorkomen.");
    assertStatement(e, "hebben de inspanningen escalatie voorkomen", StatementType.INDIRECT, "Oekraïne", Stance.ASSERT);
  }

  @Test
  void theAgentOfAPassiveDirectiveIsTheSpeaker() {
    Extraction e = extract("Moskou is door diverse landen opgeroepen de spanningen te verminderen.");
    assertStatement(e, "de spanningen te verminderen", StatementType.INDIRECT, "diverse landen", Stance.OTHER);
  }

  @Test
  void fearIsAWarning() {
    Extraction e = extract("Het westen vreest dat Rusland deze week zal binnenvallen.");
    assertStatement(e, "Rusland deze week zal binnenvallen", StatementType.INDIRECT, "Het westen", Stance.WARN);
  }

  @Test
  void aNameAndAColonIntroduceAQuote() {
    Extraction e = extract("Het was een zware dag voor Theo de Rooij. De Rooij:,,Het was een gok, een spelletje poker.''");
    assertStatement(e, "Het was een gok, een spelletje poker.", StatementType.DIRECT, "Theo de Rooij", Stance.ASSERT);
  }

  @Test
  void aFreeStandingFirstPersonQuoteIsThePersonInFocus() {
    Extraction e = extract("Koerts reed in 1997 voor Rabo maar kon daar zijn faam niet waarmaken. ,, Mij is alleen verteld dat ik "
        + "te weinig won. '' Jans Koerts schonk nog een mineraalwatertje in.");
    assertStatement(e, "Mij is alleen verteld dat ik te weinig won.", StatementType.DIRECT, "Jans Koerts", Stance.ASSERT);
  }

  @Test
  void aFreeStandingQuoteIsNotThePersonNamedInAPrepositionalPhrase() {
    Extraction e = extract("Karel Smit wist dat hij de favoriet was tegen de Belg Jan Peeters. ,, Ik voelde me te zeker. ''");
    assertStatement(e, "Ik voelde me te zeker.", StatementType.DIRECT, "Karel Smit", Stance.ASSERT);
  }

  @Test
  void aFreeStandingQuoteAfterOnlyAPrepositionalPersonIsThatPerson() {
    Extraction e = extract("Het team zocht contact met ploegleider Piet Zwart. ,, Ik zei: rijd rustig. ''");
    assertStatement(e, "Ik zei: rijd rustig.", StatementType.DIRECT, "Piet Zwart", Stance.ASSERT);
  }

  @Test
  void aSpokespersonOfHisMinistryBelongsToThePersonBefore() {
    Extraction e = extract("De Russische minister Sergej Lavrov zei dat er kans is op een akkoord. Het ministerie van Defensie zweeg. "
        + "Een woordvoerder van zijn ministerie heeft verklaard dat de propaganda mislukt is.");
    org.whosaid.model.Actor a = org.whosaid.testing.ExtractionAssert.speaker(e, "de propaganda mislukt is");
    // Lavrov's ministry (his role names no portfolio here), not the defence ministry mentioned in between
    org.junit.jupiter.api.Assertions.assertEquals("ministerie", a.name());
    org.junit.jupiter.api.Assertions.assertEquals("Russische", a.affiliation().orElseThrow());
    org.junit.jupiter.api.Assertions.assertEquals(org.whosaid.model.ActorType.ORGANIZATION, a.type());
  }

  @Test
  void anInvertedSubjectBeforeAColonSpeaksTheQuote() {
    Extraction e = extract("Filip Dewinter leidt de partij.\n\nTijdens de verkiezingen verklaarde hij: \"Janssens is een kannibaal.\"");
    assertStatement(e, "Janssens is een kannibaal.", StatementType.DIRECT, "Filip Dewinter", Stance.ASSERT);
    Extraction after = extract("De kerk zwijgt, zei Wijngaards onlangs in een interview:,, Word wakker! Hoe kunnen ze zo blind zijn? ''");
    assertStatement(after, "Word wakker! Hoe kunnen ze zo blind zijn?", StatementType.DIRECT, "Wijngaards", Stance.ASSERT);
  }

  @Test
  void aQuoteParagraphContinuesTheSpeakerOfTheParagraphBefore() {
    Extraction e = extract(",,Het was een gok'', zei trainer Jan de Vries.\n\n,,Maar het pakte goed uit. We zijn blij.''\n\n"
        + "‘Westerse oorlogspropaganda’\n\nDe club speelt zondag weer.");
    assertStatement(e, "Maar het pakte goed uit. We zijn blij.", StatementType.DIRECT, "Jan de Vries", Stance.ASSERT);
    assertNoStatementOn(e, "Westerse oorlogspropaganda"); // a quoted headline: no stop at its end
  }

  @Test
  void aSighAfterTheQuoteAttributesIt() {
    Extraction e = extract(",,Het had beter gekund'', verzuchtte trainer Jan de Vries na afloop.");
    assertStatement(e, "Het had beter gekund", StatementType.DIRECT, "Jan de Vries", Stance.ASSERT);
  }

  @Test
  void aNameMayHoldTwoParticles() {
    Extraction e = extract("De wedstrijd was zwaar. ,,Het was een gok'', zei trainer Frans van der Steen.\n\n"
        + "Jan van der Schans: ,,Ik wist het niet.''");
    assertStatement(e, "Het was een gok", StatementType.DIRECT, "Frans van der Steen", Stance.ASSERT);
    assertStatement(e, "Ik wist het niet.", StatementType.DIRECT, "Jan van der Schans", Stance.ASSERT);
  }

  @Test
  void speakingOfAQuotedPhraseIsMixed() {
    Extraction e = extract("NAVO-chef Jens Stoltenberg sprak van ‘voorzichtig optimisme’.");
    assertStatement(e, "voorzichtig optimisme", StatementType.MIXED, "Jens Stoltenberg", Stance.ASSERT);
  }

  @Test
  void aCapitalisedParticleMidSentenceStartsTheSurname() {
    Extraction e = extract(",,Wij zijn klaar”, zei Van den Hoek na afloop. ,,Het seizoen was lang”, had Van Meerveld gezegd.");
    assertStatement(e, "Wij zijn klaar", StatementType.DIRECT, "Van den Hoek", Stance.ASSERT);
    assertStatement(e, "Het seizoen was lang", StatementType.DIRECT, "Van Meerveld", Stance.ASSERT);
  }

  @Test
  void volgensWithACapitalisedArticleGivesTheWholeSurname() {
    Extraction e = extract("Volgens De Wildt is het plan te duur.");
    assertStatement(e, "is het plan te duur", StatementType.INDIRECT, "De Wildt", Stance.ASSERT);
  }

  @Test
  void aSurnameWithACapitalisedParticleMeetsTheFullNameWrittenInLowerCase() {
    Extraction e = extract("Trainer Kees de Wildt was tevreden. ,,Het ging goed”, zei De Wildt.");
    assertStatement(e, "Het ging goed", StatementType.DIRECT, "Kees de Wildt", Stance.ASSERT);
  }

  @Test
  void aCapitalisedArticleAtTheSentenceStartIsNoName() {
    Extraction e = extract("De Nederlandse minister zei dat het plan te duur is.");
    assertStatement(e, "het plan te duur is", StatementType.INDIRECT, "De Nederlandse minister", Stance.ASSERT);
  }

  @Test
  void aMagazineNamedWithACapitalisedArticleIsNoOneAPronounMeans() {
    Extraction e = extract("Directeur J. Mulder erkent dat het slecht gaat. Dat zegt Mulder in het blad De Schakel. "
        + "Hij erkent dat er fouten zijn gemaakt.");
    assertStatement(e, "er fouten zijn gemaakt", StatementType.INDIRECT, "J. Mulder", Stance.ASSERT);
  }

  @Test
  void aCommaInsideAQuotationOfTheClauseDoesNotEndTheClause() {
    Extraction e = extract("De schrijver zei over zijn jeugd dat hij \"geen boer, geen visser, maar een dromer\" was.");
    assertStatement(e, "hij \"geen boer, geen visser, maar een dromer\" was", StatementType.MIXED, "De schrijver", Stance.ASSERT);
  }

  @Test
  void attributesAQuoteToWhoShoutedOrSpokeIt() {
    Extraction e = extract("Het debat liep uit. ,,Jullie lopen weg voor de kiezers'', riepen andere fracties boos. "
        + ",,Dit was vakwerk'', sprak trainer Marleen Bosman tevreden.");
    assertStatement(e, "Jullie lopen weg voor de kiezers", StatementType.DIRECT, "andere fracties", Stance.ASSERT);
    assertStatement(e, "Dit was vakwerk", StatementType.DIRECT, "Marleen Bosman", Stance.ASSERT);
    Extraction toe = extract(",,Waar blijft de trein?'' riep een reiziger de conducteur toe.");
    assertStatement(toe, "Waar blijft de trein?", StatementType.DIRECT, "een reiziger", Stance.ASSERT);
  }

  @Test
  void aPlainSpreekWithoutAQuoteOrClauseSaysNothing() {
    Extraction e = extract("De wethouder sprak gisteren met de bewoners over hun zorgen. Hij riep iets naar de fotografen.");
    assertEquals(0, e.statements().size(), e.statements().toString());
  }

  @Test
  void aFirstNameWithAnAgeInBracketsIsAPersonWhoseQuoteFollows() {
    Extraction e = extract("Zo is Marieke (41) uit Zwolle, die met haar kinderen langs de route staat, blij met het mooie weer.\n\n"
        + ",,Ik kom hier elk jaar. De sfeer is altijd goed.''");
    assertStatement(e, "Ik kom hier elk jaar. De sfeer is altijd goed.", StatementType.DIRECT, "Marieke", Stance.ASSERT);
    Extraction year = extract("Zo is Zwolle (2001) een stad met een lange geschiedenis.\n\n,,Ik kom hier elk jaar.''");
    assertEquals(0, year.statements().stream().filter(s -> s.speaker().isPresent()).count(), year.statements().toString());
  }

  @Test
  void aWholeQuoteBeforeACognitionVerbIsDirect() {
    Extraction e = extract("Oranje verloor opnieuw. ,,De tweede helft was ons beste spel'', vond bondscoach Marc Lammers.");
    assertStatement(e, "De tweede helft was ons beste spel", StatementType.DIRECT, "Marc Lammers", Stance.ASSERT);
    Extraction embedded = extract("Bondscoach Marc Lammers vindt dat de ploeg ,,beter moet verdedigen''.");
    assertStatement(embedded, "de ploeg ,,beter moet verdedigen''", StatementType.MIXED, "Marc Lammers", Stance.ASSERT);
  }

  @Test
  void twoCommasGluedBetweenWordsOpenAQuote() {
    Extraction e = extract("Tegen de krant zei oud-premier Wim de Jong dat,,de kiezer erom vraagt''.");
    assertStatement(e, "de kiezer erom vraagt", StatementType.MIXED, "Wim de Jong", Stance.ASSERT);
    Extraction number = extract("De inflatie steeg naar 2,,5 procent, zei Wim de Jong.");
    assertStatement(number, "De inflatie steeg naar 2,,5 procent", StatementType.INDIRECT, "Wim de Jong", Stance.ASSERT);
  }

  @Test
  void aQuoteGluedToTheCommaAfterItsAttributionGoesOn() {
    Extraction e = extract(",,Wij blijven rustig'', zei Kees Bakker gisteren,,,want de ploeg is nog jong.''");
    assertStatement(e, "Wij blijven rustig", StatementType.DIRECT, "Kees Bakker", Stance.ASSERT);
    assertStatement(e, "want de ploeg is nog jong.", StatementType.DIRECT, "Kees Bakker", Stance.ASSERT);
    Extraction spaced = extract(",,Wij blijven rustig'', aldus Kees Bakker,,, want de ploeg is nog jong. ''");
    assertStatement(spaced, "want de ploeg is nog jong.", StatementType.DIRECT, "Kees Bakker", Stance.ASSERT);
    Extraction fourCommas = extract("De ploeg,,,,won gisteren met twee doelpunten verschil, zei Kees Bakker.");
    assertEquals(0, fourCommas.statements().stream().filter(s -> s.type() == StatementType.DIRECT).count(),
        fourCommas.statements().toString());
  }

  @Test
  void aFreeStandingQuoteOfWholeSentencesIsThePersonInFocus() {
    Extraction e = extract("Keeper Sander Visser bleef na de nederlaag rustig. Hij wilde niemand iets verwijten. "
        + ",,Het veld was slecht en de bal sprong alle kanten op. Zo gaat dat soms.''");
    assertStatement(e, "Het veld was slecht en de bal sprong alle kanten op. Zo gaat dat soms.", StatementType.DIRECT,
        "Sander Visser", Stance.ASSERT);
    Extraction scare = extract("Keeper Sander Visser bleef na de nederlaag rustig. 'Het veld was slecht en de bal sprong weg.'");
    assertNoStatementOn(scare, "Het veld was slecht");
    Extraction shortQuote = extract("Keeper Sander Visser bleef na de nederlaag rustig. ,,Geen excuses.''");
    assertNoStatementOn(shortQuote, "Geen excuses");
  }

  @Test
  void aNameBetweenQuoteMarksIsAWorkNotTheOneWhoSpeaks() {
    Extraction e = extract("Burgemeester Ahmed Aboutaleb sprak bij het beeld 'Stille Haven' de bezoekers toe.\n\n"
        + ",,De haven is het hart van de stad. Zonder haven geen Rotterdam.''");
    assertStatement(e, "De haven is het hart van de stad. Zonder haven geen Rotterdam.", StatementType.DIRECT,
        "Ahmed Aboutaleb", Stance.ASSERT);
  }

  @Test
  void aStraightQuoteSetApartBySpacesAfterAColonIsAQuote() {
    Extraction e = extract("Op de vergadering verklaarde Jan de Groot: \" Wij hebben er genoeg van. \"");
    assertStatement(e, "Wij hebben er genoeg van.", StatementType.DIRECT, "Jan de Groot", Stance.ASSERT);
  }

  @Test
  void aNameAndAColonBeforeATitleWithoutAStopIsNoStatement() {
    Extraction e = extract("Literatuur\n\nMenno Jansen: \" Tussen hoop en vrees. Een geschiedenis van de partij \" (2003)\n");
    assertNoStatementOn(e, "Tussen hoop en vrees");
  }

  @Test
  void aSpokespersonOfANamedBodyAfterTheVerbSpeaksForIt() {
    Extraction e = extract("Het stormt al dagen. ,,We houden de dijken in de gaten'', zei een woordvoerder van het Groene Waterschap tegen de pers.");
    assertStatement(e, "We houden de dijken in de gaten", StatementType.DIRECT, "Groene Waterschap", Stance.ASSERT);
  }

  @Test
  void anArticleAfterTheVerbIsNoInvertedSubjectPronoun() {
    Extraction e = extract("De woordvoerder van het Kremlin, Dmitri Peskov, noemde het voorstel ,,een stap in de goede richting''.");
    assertStatement(e, "het voorstel ,,een stap in de goede richting''", StatementType.MIXED, "Dmitri Peskov", Stance.ASSERT);
  }
}
