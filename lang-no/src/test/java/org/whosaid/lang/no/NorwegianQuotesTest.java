package org.whosaid.lang.no;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.whosaid.testing.ExtractionAssert.assertNoStatementOn;
import static org.whosaid.testing.ExtractionAssert.assertStatement;

import org.junit.jupiter.api.Test;
import org.whosaid.Extraction;
import org.whosaid.model.ActorType;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementType;
import org.whosaid.testing.ExtractionAssert;

class NorwegianQuotesTest {

  private static Extraction extract(String text) {
    return ExtractionAssert.extract("no", text);
  }

  @Test
  void attributesGuillemetQuoteToTheNamedSpeakerAfterIt() {
    Extraction e = extract("«Når øvelsene tar slutt, vil troppene returnere,» sa forsvarsdepartementets talsmann Igor Konashenkov.");
    assertStatement(e, "Når øvelsene tar slutt, vil troppene returnere,", StatementType.DIRECT, "Igor Konashenkov", Stance.ASSERT);
  }

  @Test
  void resolvesHanToThePreviousSpeaker() {
    Extraction e = extract("«Vi er klare,» sa forsvarsminister Odd Roger Enoksen.\n«Vi ønsker å bidra,» la han til.");
    assertStatement(e, "Vi ønsker å bidra,", StatementType.DIRECT, "Odd Roger Enoksen", Stance.ASSERT);
  }

  @Test
  void dialogueDashQuoteRunsToItsAttribution() {
    Extraction e = extract("Scholz kom til Moskva.\n– Dessverre vil vi bruke tiden på sikkerhet, sa Putin da samtalene begynte.");
    assertStatement(e, "Dessverre vil vi bruke tiden på sikkerhet", StatementType.DIRECT, "Putin", Stance.ASSERT);
  }

  @Test
  void aQuotationAfterADashQuotesAttributionIsItsOwn() {
    Extraction e = extract("– Jeg tror ikke på en invasjon, sa Lavrov, og la til at Vesten «overdriver».");
    assertStatement(e, "Jeg tror ikke på en invasjon", StatementType.DIRECT, "Lavrov", Stance.ASSERT);
    assertStatement(e, "Vesten «overdriver»", StatementType.MIXED, "Lavrov", Stance.ASSERT);
  }

  @Test
  void hyphenDialogueDashAlsoOpensAQuote() {
    Extraction e = extract("- Vi har ingen planer om det, sier talsmann Dmitrij Peskov.");
    assertStatement(e, "Vi har ingen planer om det", StatementType.DIRECT, "Dmitrij Peskov", Stance.ASSERT);
  }

  @Test
  void dashQuoteClosedByAnOpinionVerbAndItsSpeaker() {
    Extraction e = extract("Saken er ikke over.\n– Dette vedtaket er helt feil, mener advokat Kari Lund.");
    assertStatement(e, "Dette vedtaket er helt feil", StatementType.DIRECT, "Kari Lund", Stance.ASSERT);
  }

  @Test
  void anOpinionVerbInsideADashQuoteIsNotItsAttribution() {
    Extraction e = extract("Saken er ikke over.\n– Dette er nytt, mener vi det er klokt å vente, sier Per Hansen.");
    assertStatement(e, "Dette er nytt, mener vi det er klokt å vente", StatementType.DIRECT, "Per Hansen", Stance.ASSERT);
  }

  @Test
  void aShoutOrASighAttributesADashQuote() {
    Extraction e = extract("Han står på toppen av bakken.\n– Se på meg, roper Ola Dahl og setter utfor.");
    assertStatement(e, "Se på meg", StatementType.DIRECT, "Ola Dahl", Stance.ASSERT);
    e = extract("– Jeg startet butikken i 1995, sier gründer Lise Berg.\n\n– Hvem hjalp deg?\n\n– Ingen. Det var tøft, sukker Berg.");
    assertStatement(e, "Ingen. Det var tøft", StatementType.DIRECT, "Lise Berg", Stance.ASSERT);
  }

  @Test
  void vedkommendeIsAnUnnamedSpeakerOfADashQuote() {
    Extraction e = extract("Avisen har snakket med en kilde i politiet.\n– Jeg kjenner ikke til saken, sier vedkommende.");
    assertEquals(ActorType.ANONYMOUS, ExtractionAssert.speaker(e, "Jeg kjenner ikke til saken").type());
  }

  @Test
  void aDashInsideASentenceIsNoQuote() {
    Extraction e = extract("Norge vil være vertskap for soldater fra 28 land – de fleste fra NATO – for øvelser.");
    assertNoStatementOn(e, "de fleste fra NATO");
  }

  @Test
  void warningWithOmAtIsAMixedWarning() {
    Extraction e = extract("NATO-sjef Jens Stoltenberg sa at utviklingen var «grunn til optimisme» mens han advarte om at «vi ikke har sett tegn».");
    assertStatement(e, "utviklingen var «grunn til optimisme»", StatementType.MIXED, "Jens Stoltenberg", Stance.ASSERT);
    assertStatement(e, "vi ikke har sett tegn", StatementType.MIXED, "Jens Stoltenberg", Stance.WARN);
  }

  @Test
  void relativePronounLeadsToTheSpeakerBeforeIt() {
    Extraction e = extract("Interfax siterte en distriktssjef som sa at noen enheter forlot Krim.");
    assertStatement(e, "noen enheter forlot Krim", StatementType.INDIRECT, "en distriktssjef", Stance.ASSERT);
  }

  @Test
  void coordinatedVerbTakesTheSubjectOfTheSentence() {
    Extraction e = extract("Den britiske utenriksministeren Liz Truss så på nyhetene og sa at bare en avgang ville bety noe.");
    assertStatement(e, "bare en avgang ville bety noe", StatementType.INDIRECT, "Liz Truss", Stance.ASSERT);
  }

  @Test
  void aBoilerplateQuoteAfterNoStatementIsNoStatement() {
    Extraction e = extract("ab/dj (AP, Reuters)\n«Kaffeaholic. Livslang alkoholfanatiker. Typisk reiseekspert.»");
    assertNoStatementOn(e, "Kaffeaholic");
  }

  @Test
  void aClosingMarkUsedToOpenStillMakesAQuote() {
    Extraction e = extract("Maskinoversatt tekst.\n”Vi trekker oss tilbake”, sa talsmann Igor Konashenkov.");
    assertStatement(e, "Vi trekker oss tilbake", StatementType.DIRECT, "Igor Konashenkov", Stance.ASSERT);
  }

  @Test
  void anUnclosedMarkDoesNotSwallowTheNextParagraph() {
    Extraction e = extract("«Dette er en løs start sa noen.\nStatsministeren talte. «Vi er klare,» sa statsminister Jonas Gahr Støre.");
    assertStatement(e, "Vi er klare,", StatementType.DIRECT, "Jonas Gahr Støre", Stance.ASSERT);
  }

  @Test
  void aQuoteOverSeveralParagraphsIsOneQuote() {
    Extraction e = extract("«Vi har jobbet lenge med dette.\n«Nå er vi klare,» sa statsminister Jonas Gahr Støre.");
    assertStatement(e, "Vi har jobbet lenge med dette.\n«Nå er vi klare,", StatementType.DIRECT, "Jonas Gahr Støre", Stance.ASSERT);
  }

  @Test
  void aDashParagraphWithoutAttributionContinuesThePreviousSpeaker() {
    Extraction e = extract("Statsminister Jonas Gahr Støre var i Brussel.\n\n– Vi er svært fornøyde med avtalen, sier Støre.\n\n"
        + "– Dette er en stor dag for Norge.\n\n– Hva skjer nå?\n\n– Nå venter vi på Stortinget.");
    assertStatement(e, "Dette er en stor dag for Norge.", StatementType.DIRECT, "Jonas Gahr Støre", Stance.ASSERT);
    assertStatement(e, "Nå venter vi på Stortinget.", StatementType.DIRECT, "Jonas Gahr Støre", Stance.ASSERT);
    assertNoStatementOn(e, "Hva skjer nå?"); // the interviewer's question
  }

  @Test
  void anAnswerAfterTheInterviewersQuestionIsTheLastAnswerersAlsoWithoutFirstPerson() {
    Extraction e = extract("– Forbudet er tåpelig, sier bartender Ole Hansen.\n\n– Men det er jo for å beskytte dere?\n\n"
        + "– Ja, men alle som jobber her røyker selv.");
    assertStatement(e, "Ja, men alle som jobber her røyker selv.", StatementType.DIRECT, "Ole Hansen", Stance.ASSERT);
    assertNoStatementOn(e, "Men det er jo for å beskytte dere?");
  }

  @Test
  void anAnswerAfterAQuestionThatFollowsAParagraphAboutSomeoneIsThatPersons() {
    Extraction e = extract("Ingrid Bakken åpner døra til leiligheten på Frogner.\n\n– Når går du ikke med høye hæler?\n\n"
        + "– På trening. Da passer joggesko best.");
    assertStatement(e, "På trening. Da passer joggesko best.", StatementType.DIRECT, "Ingrid Bakken", Stance.ASSERT);
  }

  @Test
  void aDashParagraphAfterNarrationThatFollowsAQuestionAnswersNothing() {
    Extraction e = extract("Ingrid Bakken åpner døra.\n\n– Når går du ikke med høye hæler?\n\nDet regner i Oslo.\n\n"
        + "– Bussen går klokka tre.");
    assertNoStatementOn(e, "Bussen går klokka tre.");
  }

  @Test
  void aMannerOfSpeakingVerbAfterTheQuoteEndsTheDashQuote() {
    Extraction e = extract("– Dette er en stor dag, konstaterer statsminister Jonas Gahr Støre. Han reiser hjem i kveld.");
    assertStatement(e, "Dette er en stor dag", StatementType.DIRECT, "Jonas Gahr Støre", Stance.ASSERT);
    assertNoStatementOn(e, "Han reiser hjem i kveld.");
  }

  @Test
  void aRuleOrPlanAfterIfølgeIsNoSource() {
    Extraction e = extract("Ifølge planen skal arbeidet være ferdig i mai.");
    assertNoStatementOn(e, "arbeidet være ferdig i mai");
  }

  @Test
  void aPronounAfterTheQuoteIsNotANameInsideIt() {
    Extraction e = extract("Byrådsleder Raymond Johansen er kritisk.\n\n«Vi har gitt mer penger enn regjeringen til Erna Solberg,» sier han.");
    assertStatement(e, "Vi har gitt mer penger enn regjeringen til Erna Solberg,", StatementType.DIRECT, "Raymond Johansen", Stance.ASSERT);
  }

  @Test
  void theNameInAppositionAfterATitleIsTheSpeaker() {
    Extraction e = extract("– Vi er fornøyde, sier fylkesordfører i Sør-Trøndelag, Tore O. Sandvik, til NTB.");
    assertStatement(e, "Vi er fornøyde", StatementType.DIRECT, "Tore O. Sandvik", Stance.ASSERT);
  }

  @Test
  void theNameInAppositionMayFollowATitlesWholePhrase() {
    Extraction e = extract("– Vi må jobbe hardt, sier lederen for landets største fagforening (CUT), Cristian Cuevas.");
    assertStatement(e, "Vi må jobbe hardt", StatementType.DIRECT, "Cristian Cuevas", Stance.ASSERT);
  }

  @Test
  void whatFollowsADashQuotesAttributionInItsParagraphIsRead() {
    Extraction e = extract("– Vi ser ingen tegn til tilbaketrekning, sier NATO-sjef Jens Stoltenberg til NTB. "
        + "Utenriksminister Anniken Huitfeldt sier at situasjonen er alvorlig.");
    assertStatement(e, "Vi ser ingen tegn til tilbaketrekning", StatementType.DIRECT, "Jens Stoltenberg", Stance.ASSERT);
    assertStatement(e, "situasjonen er alvorlig", StatementType.INDIRECT, "Anniken Huitfeldt", Stance.ASSERT);
  }

  @Test
  void aDashAfterAColonOpensAQuoteAttributedBeforeIt() {
    Extraction e = extract("På spørsmål om Russland vil invadere, svarte talsmann Dmitrij Peskov: – Vi har ingen slike planer.");
    assertStatement(e, "Vi har ingen slike planer.", StatementType.DIRECT, "Dmitrij Peskov", Stance.ASSERT);
  }

  @Test
  void aDashAfterASentenceInItsParagraphIsADialogueDash() {
    Extraction e = extract("Trener Ole Hansen var fornøyd etter kampen. – Dette var en god dag for hele laget, sier han. "
        + "Laget spiller igjen søndag. – Vi vant, sier Hansen. – Og det fortjente vi.\n\n"
        + "Laget tapte i fjor. – Vi var for svake. Det sa kaptein Per Olsen til NTB.");
    assertStatement(e, "Dette var en god dag for hele laget", StatementType.DIRECT, "Ole Hansen", Stance.ASSERT);
    assertStatement(e, "Og det fortjente vi.", StatementType.DIRECT, "Ole Hansen", Stance.ASSERT); // a second dash quote
    assertStatement(e, "Vi var for svake.", StatementType.DIRECT, "Per Olsen", Stance.ASSERT);
    assertNoStatementOn(e, "Laget spiller igjen søndag.");
  }

  @Test
  void aDashAfterASentenceWithoutAttributionLeavesTheRestOfItsParagraphToBeRead() {
    Extraction e = extract("Laget vant 3-1. – Dette var bra. Trener Ole Hansen sa at laget spilte godt.\n\n"
        + "Han kom fra Oslo. – og fra Bergen, sier Hansen.");
    assertStatement(e, "laget spilte godt", StatementType.INDIRECT, "Ole Hansen", Stance.ASSERT);
    assertNoStatementOn(e, "Dette var bra.");
    assertNoStatementOn(e, "og fra Bergen"); // no sentence opens after the dash
  }

  @Test
  void anAgeBetweenTheArticleAndTheNameIsNoSpeaker() {
    Extraction e = extract("Bygda var liten den gang.\n\n– Vi hadde én butikk og én skole, forteller den nå 88 år gamle Kari Nordli.");
    assertStatement(e, "Vi hadde én butikk og én skole", StatementType.DIRECT, "Kari Nordli", Stance.ASSERT);
  }

  @Test
  void aFirstPersonAnswerAfterAParagraphThatNamesNoOneIsTheLastSpeakers() {
    Extraction e = extract("– Jeg åpnet bakeriet i 1990, forteller baker Per Lunde.\n\n"
        + "Det var mange bakerier i byen den gang. Var det lett å starte opp?\n\n"
        + "– Nei, vi jobbet hele døgnet det første året.\n\n"
        + "– Hva med kundene?\n\n"
        + "– De kom etter hvert, og de kommer fortsatt.");
    assertStatement(e, "Nei, vi jobbet hele døgnet det første året.", StatementType.DIRECT, "Per Lunde", Stance.ASSERT);
    assertStatement(e, "De kom etter hvert, og de kommer fortsatt.", StatementType.DIRECT, "Per Lunde", Stance.ASSERT);
  }

  @Test
  void anAnswerAfterTwoQuestionsIsStillTheLastAnswerers() {
    Extraction e = extract("– Jeg begynte som sykepleier, sier direktør Eva Lind.\n\n– Savner du det?\n\n"
        + "– Nei. Hvem gjør vel det?\n\n– Og lønna?\n\n– Den er mye bedre nå, det skal jeg innrømme.");
    assertStatement(e, "Den er mye bedre nå, det skal jeg innrømme.", StatementType.DIRECT, "Eva Lind", Stance.ASSERT);
  }

  @Test
  void aDashAnswerEndsBeforeTheSentenceThatNamesItsSpeaker() {
    Extraction e = extract("– Jeg startet butikken i 1995, sier gründer Lise Berg.\n\n– Hva var vanskeligst?\n\n"
        + "– Å få lån i banken. Ingen trodde på meg. Berg ser ut av vinduet. Butikken har i dag tolv ansatte.\n\n"
        + "– Og nå?\n\n– Nå er jeg stolt.");
    assertStatement(e, "Å få lån i banken. Ingen trodde på meg.", StatementType.DIRECT, "Lise Berg", Stance.ASSERT);
    assertNoStatementOn(e, "Berg ser ut av vinduet.");
    assertStatement(e, "Nå er jeg stolt.", StatementType.DIRECT, "Lise Berg", Stance.ASSERT);
  }

  @Test
  void aDashAnswerThatNamesAnotherPersonGoesOn() {
    Extraction e = extract("– Jeg startet butikken i 1995, sier gründer Lise Berg.\n\n– Hvem hjalp deg?\n\n"
        + "– Mannen min. Per Holm lånte meg penger. Vi giftet oss året etter.");
    assertStatement(e, "Mannen min. Per Holm lånte meg penger. Vi giftet oss året etter.", StatementType.DIRECT, "Lise Berg", Stance.ASSERT);
  }

  @Test
  void theSpeakersNameAfterACommaAndAVerbIsAnAttributionNotNarration() {
    Extraction e = extract("– Jeg startet butikken i 1995, sier gründer Lise Berg.\n\n– Hvem hjalp deg?\n\n"
        + "– Ingen. Det var tøft, stønner Berg.");
    assertStatement(e, "Ingen. Det var tøft, stønner Berg.", StatementType.DIRECT, "Lise Berg", Stance.ASSERT);
  }

  @Test
  void aDefiniteTitleAfterAQuoteIsThePersonQuotedBefore() {
    Extraction e = extract("– Vi fortjente å vinne, sier Per Hansen.\n\nHan smiler bredt.\n\n– Det var en tøff kamp, sier 30-åringen.");
    assertStatement(e, "Det var en tøff kamp", StatementType.DIRECT, "Per Hansen", Stance.ASSERT);
  }

  @Test
  void aDefiniteTitleAfterAQuoteIsThePersonTheParagraphBeforeNamesOutsideItsPhrases() {
    Extraction e = extract("– Vi fortjente å vinne, sier Per Hansen.\n\nKari Berg synes striden mellom Hansen og Olsen er dum.\n\n"
        + "– Det var en jevn kamp, sier treneren.");
    assertStatement(e, "Det var en jevn kamp", StatementType.DIRECT, "Kari Berg", Stance.ASSERT);
  }

  @Test
  void aPluralOrIndefiniteTitleAfterAQuoteIsNoOneQuotedBefore() {
    Extraction e = extract("– Vi fortjente å vinne, sier Per Hansen.\n\n– Laget var for svakt, sier ekspertene.\n\n"
        + "– Dommeren bommet, sier en tilskuer.");
    assertStatement(e, "Laget var for svakt", StatementType.DIRECT, "ekspertene", Stance.ASSERT);
    assertStatement(e, "Dommeren bommet", StatementType.DIRECT, "en tilskuer", Stance.ASSERT);
  }

  @Test
  void aRelationAfterAQuoteSpeaksForHerselfNotForThePersonQuotedBefore() {
    Extraction e = extract("– Jeg fant dem i kjelleren, forteller Ola Nordmann (35).\n\n– Det var dine første ski, forklarer moren.");
    assertStatement(e, "Det var dine første ski", StatementType.DIRECT, "moren", Stance.ASSERT);
  }

  @Test
  void twoTitlesJoinedByOgBeforeTheNameAreOnePersons() {
    Extraction e = extract("- Krigsviljen har vært størst, sier midtøstenekspert og professor Knut Vikør ved Universitetet i Bergen.\n\n"
        + "- Det er en god dag, sier leder og grunnlegger Kari Nordmann.");
    assertStatement(e, "Krigsviljen har vært størst", StatementType.DIRECT, "Knut Vikør", Stance.ASSERT);
    assertStatement(e, "Det er en god dag", StatementType.DIRECT, "Kari Nordmann", Stance.ASSERT);
  }

  @Test
  void aPhraseBeforeAnAttributionThatEndsInAColonIsNoContent() {
    Extraction e = extract("Hun ble intervjuet i 1964.\n\nI intervjuet med avisen, sa Kari Nilsen:\n\n"
        + "- Jeg sjekker alltid motivet for adopsjonen.");
    assertNoStatementOn(e, "I intervjuet med avisen");
    assertStatement(e, "Jeg sjekker alltid motivet for adopsjonen.", StatementType.DIRECT, "Kari Nilsen", Stance.ASSERT);
    Extraction between = extract("Under møtet, sa Kari Nilsen, ble saken avgjort.");
    assertStatement(between, "Under møtet, sa Kari Nilsen, ble saken avgjort", StatementType.INDIRECT, "Kari Nilsen", Stance.ASSERT);
  }

  @Test
  void aSpeechVerbAfterACommaThatNamesNoOneIsPartOfTheDashQuote() {
    Extraction e = extract("Dommeren avviser anklagene.\n\n"
        + "- Sakens kjerne var at sjefen like før dette, sa til en meddommer at jeg var syk, sier Ola Berg.\n\n"
        + "- Vi tapte, sa treneren Per Olsen.");
    assertStatement(e, "Sakens kjerne var at sjefen like før dette, sa til en meddommer at jeg var syk",
        StatementType.DIRECT, "Ola Berg", Stance.ASSERT);
    assertStatement(e, "Vi tapte", StatementType.DIRECT, "Per Olsen", Stance.ASSERT);
  }

  @Test
  void aSentenceOpeningSomIsNoWordOfTheSpeakersName() {
    Extraction e = extract("Planen ble dyr. Som Financial Times skriver i siste nummer: «Det virket som en god idé den gang.»");
    assertStatement(e, "Det virket som en god idé den gang.", StatementType.DIRECT, "Financial Times", Stance.ASSERT);
  }

  @Test
  void aDashQuoteAfterAParagraphEndingInItsAttributionAndAColonIsThatSpeakers() {
    Extraction e = extract("Trenerne var fornøyd etter rennet.\n\nPå spørsmål om hvor langt hun kan nå, svarte Kari Nordmann slik:\n\n"
        + "- Hun kan bli best i verden.");
    assertStatement(e, "Hun kan bli best i verden.", StatementType.DIRECT, "Kari Nordmann", Stance.ASSERT);
    assertNoStatementOn(e, "På spørsmål om hvor langt hun kan nå");
  }

  @Test
  void aPronounMeansWhomTheSamePronounOpeningASentenceMeantRatherThanANameWithoutGender() {
    Extraction e = extract("- Brød er et levende produkt, sier Knut Hansen.\n\nHan har ikke bakt på to år. Så mye har Gode Kaker vokst."
        + "\n\n- Kanskje er vi blitt for store, sier han.");
    assertStatement(e, "Kanskje er vi blitt for store", StatementType.DIRECT, "Knut Hansen", Stance.ASSERT);
    Extraction named = extract("Han har ikke bakt på to år, sier Per Hansen. Kari Berg overtok bakeriet.\n\n- Vi er store, sier hun.");
    assertStatement(named, "Vi er store", StatementType.DIRECT, "Kari Berg", Stance.ASSERT);
  }

  @Test
  void omAfterTheSpeakersTitleIsTheTopicNotTheBody() {
    Extraction e = extract("- En skam for landet, sa Kasakhstans ambassadør om Borat.");
    assertStatement(e, "En skam for landet", StatementType.DIRECT, "Kasakhstans ambassadør", Stance.ASSERT);
  }

  @Test
  void aWorksTitleInQuoteMarksMakesReportedSpeechNoMixedQuote() {
    Extraction e = ExtractionAssert.extract("no", "Knausgård sa at han i hele vinter har arbeidet med å lese Hitlers «Mein Kampf».");
    assertStatement(e, "han i hele vinter har arbeidet med å lese Hitlers «Mein Kampf»", StatementType.INDIRECT, "Knausgård", Stance.ASSERT);
    e = ExtractionAssert.extract("no", "Lavrov sa at Vesten sprer «hysteri».");
    assertStatement(e, "Vesten sprer «hysteri»", StatementType.MIXED, "Lavrov", Stance.ASSERT);
  }
}
