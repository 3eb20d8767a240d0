package org.whosaid.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whosaid.testing.ExtractionAssert.assertNoStatementOn;
import static org.whosaid.testing.ExtractionAssert.assertStatement;

import org.junit.jupiter.api.Test;
import org.whosaid.Extraction;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementType;
import org.whosaid.testing.ExtractionAssert;

class EnglishQuotesTest {

  private static Extraction extract(String text) {
    return ExtractionAssert.extract("en", text);
  }

  /** For each {text, content, speaker[, stance]}: the text reports that content, INDIRECT, by that speaker (ASSERT unless given). */
  private static void assertEachIndirect(String[][] cases) {
    ExtractionAssert.assertEach("en", StatementType.INDIRECT, cases);
  }

  @Test
  void attributesQuoteToSpeakerBeforeTheCue() {
    Extraction e = extract("NATO’s Secretary-General Jens Stoltenberg met ministers. “This gives grounds for cautious optimism”, "
        + "Stoltenberg told reporters ahead of a meeting.");
    Statement s = assertStatement(e, "This gives grounds for cautious optimism", StatementType.DIRECT, "Jens Stoltenberg", Stance.ASSERT);
    assertEquals("Stoltenberg", s.speaker().orElseThrow().mention());
    assertEquals("told", s.cue().orElseThrow().text());
  }

  @Test
  void aNameEndingInSIsNoGenitiveInEnglish() {
    Extraction e = ExtractionAssert.extract("en", "Sam Roberts is a Liberal Democrat candidate. Liberal Democrats said taxes are too high.");
    assertEquals("Liberal Democrats", ExtractionAssert.speaker(e, "taxes are too high").name());
  }

  @Test
  void saidWithoutThatReportsAClauseWhoseSubjectRunsSeveralWords() {
    Extraction e = extract("Officials said most of the injured were minors.");
    assertStatement(e, "most of the injured were minors", StatementType.INDIRECT, "Officials", Stance.ASSERT);
    e = extract("Fire chief Tom Baker said water bombing by aircraft was not allowed.");
    assertStatement(e, "water bombing by aircraft was not allowed", StatementType.INDIRECT, "Tom Baker", Stance.ASSERT);
  }

  @Test
  void anEmbeddedQuestionOrAnObjectWithAClauseOfItsOwnIsNoClauseAfterSaid() {
    assertNoStatementOn(extract("The agency confirmed what work the crew was doing."), "work the crew was doing");
    assertNoStatementOn(extract("NASA announced where 4 orbiters will be shown."), "4 orbiters will be shown");
    assertNoStatementOn(extract("The council announced measures which were designed to help."), "measures which were designed");
    assertNoStatementOn(extract("Mayor Ann Lee told reporters today new checks will be made."), "reporters today");
  }

  @Test
  void anInterrogativeOpensAnEmbeddedQuestionNotAReportedClause() {
    assertNoStatementOn(extract("In the talk, Jane Moss explains what Zelbrook is and why she built it."), "what Zelbrook is");
    assertNoStatementOn(extract("Tom Reed described how the old mill was rebuilt."), "how the old mill was rebuilt");
    assertNoStatementOn(extract("The minister said where the new depot will be built."), "where the new depot will be built");
    Extraction e = extract("Officials said several older boats were sold.");
    assertStatement(e, "several older boats were sold", StatementType.INDIRECT, "Officials", Stance.ASSERT);
  }

  @Test
  void quotedAsSayingNamesTheSpeakerAsObject() {
    Extraction e = extract("“We believe what we see,” the report quoted Kuleba as saying.");
    assertStatement(e, "We believe what we see,", StatementType.DIRECT, "Kuleba", Stance.ASSERT);
  }

  @Test
  void saidWithoutThatReportsTheFollowingClause() {
    Extraction e = extract("Ukraine’s Foreign Minister Dmytro Kuleba said Kyiv would “believe in de-escalation” only after a pullout, "
        + "Interfax Ukraine news agency reported.");
    assertStatement(e, "Kyiv would “believe in de-escalation” only after a pullout", StatementType.MIXED, "Dmytro Kuleba", Stance.ASSERT);
  }

  @Test
  void denialWithAGerundIsADenial() {
    Extraction e = extract("Although Moscow has denied ever planning to attack Ukraine, it has demanded guarantees.");
    assertStatement(e, "ever planning to attack Ukraine", StatementType.INDIRECT, "Moscow", Stance.DENY);
  }

  @Test
  void directiveContentIsTheInfinitiveWithoutTheAddressee() {
    Extraction e = extract("Stoltenberg welcomed the talks but urged Moscow to demonstrate its will to act.");
    assertStatement(e, "to demonstrate its will to act", StatementType.INDIRECT, "Stoltenberg", Stance.OTHER);
  }

  @Test
  void anUnnamedSpokesmanStandsForTheOrganisationThatSpoke() {
    Extraction e = extract("Some troops are returning, Russia’s defence ministry said on Tuesday.\n\n"
        + "A ministry spokesman said that some units have completed their exercises.");
    assertStatement(e, "some units have completed their exercises", StatementType.INDIRECT, "Russia’s defence ministry", Stance.ASSERT);
  }

  @Test
  void possessiveApostropheIsNoQuoteAndSectionTitleIsNoStatement() {
    Extraction e = extract("Russia’s troops moved.\n\n‘Cautious optimism’\n\nThe alliance met in Brussels.");
    assertNoStatementOn(e, "Cautious optimism");
  }

  @Test
  void capitalisedNameIsNoCue() {
    Extraction e = extract("It demanded guarantees from the United States that Kyiv will not join.");
    for (Statement s : e.statements()) {
      assertEquals("demanded", s.cue().orElseThrow().text());
    }
  }

  @Test
  void aSpokesmanForTheMinistersMinistryIsThatMinistry() {
    Extraction e = extract("Britain's Foreign Secretary Liz Truss said the sanctions would stay.\n\n"
        + "A spokesman for her ministry said that no talks were planned.");
    Statement s = assertStatement(e, "no talks were planned", StatementType.INDIRECT, "Foreign ministry", Stance.ASSERT);
    assertEquals("organization:Q145:foreign+ministry", s.actor().orElseThrow().key().value());
    assertEquals("A spokesman for her ministry", s.speaker().orElseThrow().mention());
  }

  @Test
  void aSurnameSharedInAFamilyIsTheOneJustNamed() {
    Extraction e = extract("Hillary Clinton stayed in Washington. Former president Bill Clinton flew to Pyongyang.\n\n"
        + "“The two journalists are very happy to be on their way home,” Clinton said.");
    assertStatement(e, "The two journalists are very happy to be on their way home,", StatementType.DIRECT, "Bill Clinton", Stance.ASSERT);
    Extraction when = extract("Donald Trump spoke in Ohio. When Trump arrived, the crowd cheered. Trump said he would win.");
    assertStatement(when, "he would win", StatementType.INDIRECT, "Donald Trump", Stance.ASSERT);
  }

  @Test
  void theSpeakerStandsBeforeADescriptionBetweenCommas() {
    assertStatement(extract("Travis Hood, who witnessed the collision, said \"I don't know what he was doing.\""),
        "I don't know what he was doing.", StatementType.DIRECT, "Travis Hood", Stance.ASSERT);
    assertStatement(extract("Jeff Rathke, the State Department spokesperson, said, \"We urge the governments to work together.\""),
        "We urge the governments to work together.", StatementType.DIRECT, "Jeff Rathke", Stance.ASSERT);
    assertStatement(extract("Cruz, in remarks to ABC, said, \"For too long, members of Congress have abused their power.\""),
        "For too long, members of Congress have abused their power.", StatementType.DIRECT, "Cruz", Stance.ASSERT);
  }

  @Test
  void theSpeakerAfterAQuoteStandsBeforeItsAsideNotAfterTheVerb() {
    String[][] cases = {
        {"\"We're not going anywhere,\" a soldier near Pokrovsk, who gave only his first name, told the BBC.", "a soldier near Pokrovsk"},
        {"\"The situation is critical,\" one resident, Maria Petrenko, told Reuters.", "Maria Petrenko"},
        {"\"The situation is critical,\" Maria Petrenko, a resident, told Reuters.", "Maria Petrenko"},
        {"\"The situation is critical,\" a local official, who asked not to be named, told AFP.", "a local official"}};
    for (String[] c : cases) {
      Extraction e = extract(c[0]);
      Statement s = assertStatement(e, c[0].substring(1, c[0].indexOf(",\"") + 1), StatementType.DIRECT, c[1], Stance.ASSERT);
      assertEquals("told", s.cue().orElseThrow().text(), c[0]);
    }
  }

  @Test
  void aNameInAppositionAfterATitleInABodyIsTheSpeakerAndAKindOfBodyBeforeItsNameIsSpokenTo() {
    assertEachIndirect(new String[][] {
        // a given name after "in the Senate," is someone's, no region of a place
        {"The party's leader in the Senate, Martin Bosma, said the decision was final.", "the decision was final", "Martin Bosma"},
        {"The opposition leader, Frans Timmermans, told broadcaster NOS he wanted elections soon.", "he wanted elections soon",
            "Frans Timmermans"},
        {"Timmermans told news agency Reuters the deal was dead.", "the deal was dead", "Timmermans"},
        {"Duda told local media Adamowicz's heart was restarted by doctors.", "Adamowicz's heart was restarted by doctors", "Duda"},
    });
  }

  @Test
  void howSomethingWasSaidEndsWhatWasSaid() {
    assertEachIndirect(new String[][] {
        {"His daughter said he died in Britain without elaborating.", "he died in Britain", "His daughter"},
        {"The minister said the talks had failed, without giving further details about the meeting.", "the talks had failed",
            "The minister"},
        {"The ministry said Russia would respond, without specifying how.", "Russia would respond", "ministry"},
        // a "without" of the content's own stays
        {"Smith said the team could not win without changing its coach.", "the team could not win without changing its coach", "Smith"},
    });
  }

  @Test
  void aSourceBetweenCommasAfterAConjunctionReportsWhatFollows() {
    assertEachIndirect(new String[][] {
        {"The family gave no cause, but, according to his agent, Hunter had undergone surgery recently.",
            "Hunter had undergone surgery recently", "his agent"},
        {"The region is largely Kurdish and, according to Turkey, supportive of the PKK.", "supportive of the PKK", "Turkey"},
    });
  }

  @Test
  void anAddresseeMayBeABodysKindWithModifiersBeforeItsName() {
    assertEachIndirect(new String[][] {
        {"Council spokesperson Barend Leyts told Brussels-based media network EURACTIV safety procedure had been followed.",
            "safety procedure had been followed", "Barend Leyts"},
        {"Peskov told the state news agency Tass the talks would go on.", "the talks would go on", "Peskov"},
    });
  }

  @Test
  void aViewWithoutThatIsReportedOnlyOfTheSubjectThatOpensTheSentence() {
    assertEachIndirect(new String[][] {
        {"The Russian foreign ministry believes the sanctions are illegal.", "the sanctions are illegal", "Russian foreign ministry"},
    });
    // "they believed" inside what the authorities said is no view of its own
    Extraction e = extract("Authorities said they believed a fruit filled with firecrackers had exploded.");
    assertStatement(e, "they believed a fruit filled with firecrackers had exploded", StatementType.INDIRECT, "Authorities", Stance.ASSERT);
  }

  @Test
  void aHeadlinesNameAndColonIntroduceAQuoteInTheFirstPerson() {
    Extraction e = extract("Zelensky: 'We will not surrender'\n\nUkraine's president spoke in Kyiv.");
    assertStatement(e, "We will not surrender", StatementType.DIRECT, "Zelensky", Stance.ASSERT);
    // a work's title after its author's name is no one's words
    assertNoStatementOn(extract("Further reading\n\nMark Hay: \"The Long Road Home\" (2003)\n"), "The Long Road Home");
  }

  @Test
  void askingNotToBeNamedIsNoStatement() {
    Extraction e = extract("A local official, who asked not to be named, told AFP that the bridge had been destroyed.");
    assertStatement(e, "the bridge had been destroyed", StatementType.INDIRECT, "A local official", Stance.ASSERT);
    assertNoStatementOn(e, "to be named");
    assertEquals(1, e.statements().size());
  }

  @Test
  void aParticipleCueAfterACommaSpeaksForTheSentencesSubject() {
    Extraction e = extract("Sadiq Khan gave his condolences via Twitter, adding, \"An urgent enquiry is underway.\"");
    assertStatement(e, "An urgent enquiry is underway.", StatementType.DIRECT, "Sadiq Khan", Stance.ASSERT);
  }

  @Test
  void aNameBetweenCommasAfterItsRoleIsTheSpeaker() {
    Extraction e = extract("In a briefing, the director of IEDCR, Dr Meerjady Sabrina Flora, said the fatalities included four males.");
    assertStatement(e, "the fatalities included four males", StatementType.INDIRECT, "Meerjady Sabrina Flora", Stance.ASSERT);
  }

  @Test
  void aCoordinatedSpeechVerbTakesTheSentencesSubject() {
    Extraction e = extract("Joshua Winch made comedies. He then approached a director and said, \"I want you to make a horror movie.\"");
    assertStatement(e, "I want you to make a horror movie.", StatementType.DIRECT, "Joshua Winch", Stance.ASSERT);
  }

  @Test
  void aNameWithAnInitialIsOneName() {
    Extraction e = extract("President George W. Bush said the war would end soon. \"We will win,\" Bush said.");
    Statement s = assertStatement(e, "We will win,", StatementType.DIRECT, "George W. Bush", Stance.ASSERT);
    assertEquals("President", s.actor().orElseThrow().role().orElseThrow());
    assertStatement(extract("The U.S. Geological Survey said the earthquakes may continue."), "the earthquakes may continue",
        StatementType.INDIRECT, "U.S. Geological Survey", Stance.ASSERT); // "U.S." is one word, not "S. Geological Survey"
  }

  @Test
  void aTimeBetweenVerbAndClauseKeepsTheClauseWithoutThat() {
    assertStatement(extract("Police said Sunday State prosecutors charged the suspect."), "State prosecutors charged the suspect",
        StatementType.INDIRECT, "Police", Stance.ASSERT);
    assertStatement(extract("The minister said on Tuesday the troops would stay."), "the troops would stay",
        StatementType.INDIRECT, "The minister", Stance.ASSERT);
  }

  @Test
  void aQuoteParagraphContinuesTheSpeakerOfTheParagraphBefore() {
    Extraction e = extract("“We will win,” said coach Tom Smith.\n\n“It will be a hard game. We know that.”\n\nThe match starts at noon.");
    assertStatement(e, "It will be a hard game. We know that.", StatementType.DIRECT, "Tom Smith", Stance.ASSERT);
  }

  @Test
  void aRuleAfterAccordingToIsNoSource() {
    Extraction e = extract("According to the rules, the vote must be held within a month.");
    assertNoStatementOn(e, "the vote must be held within a month");
  }

  @Test
  void aQuoteAfterTheVerbAPhraseAndACommaIsTheSubjectsQuote() {
    Extraction e = extract("Joe Biden said in a statement, “I am honored to serve.” The mayor told reporters, “We will rebuild.”");
    assertStatement(e, "I am honored to serve.", StatementType.DIRECT, "Joe Biden", Stance.ASSERT);
    assertStatement(e, "We will rebuild.", StatementType.DIRECT, "The mayor", Stance.ASSERT);
  }

  @Test
  void aQuotedTermInsideTheReportedClauseStaysMixed() {
    Extraction e = extract("Police said the “peace plan” was dead.");
    assertStatement(e, "the “peace plan” was dead", StatementType.MIXED, "Police", Stance.ASSERT);
  }

  @Test
  void aQuoteFinishingAClauseAfterANameIsMixed() {
    Extraction e = extract("Senator Maya Cummings said Smithers “perpetuated the cycle of addiction.” "
        + "Tristan Smith told Wikinews “There are also some operations done on ships.”");
    assertStatement(e, "Smithers “perpetuated the cycle of addiction.”", StatementType.MIXED, "Maya Cummings", Stance.ASSERT);
    assertStatement(e, "There are also some operations done on ships.", StatementType.DIRECT, "Tristan Smith", Stance.ASSERT);
  }

  @Test
  void theNameAfterATitlesPortfolioIsTheSpeaker() {
    Extraction e = extract("“There is no sign of a pullback,” said U.S. Secretary of State Antony Blinken.");
    assertStatement(e, "There is no sign of a pullback,", StatementType.DIRECT, "Antony Blinken", Stance.ASSERT);
  }

  @Test
  void aSourcePhraseBetweenCommasStaysInsideTheClauseItInterrupts() {
    Extraction e = extract("The talks, according to a senior diplomat, ended without agreement.\n\n"
        + "Three people were killed, according to police, and 20 were injured.\n\n"
        + "The exhibit was donated by the museum, according to Kristen Wilkins, assistant professor of photography.");
    assertStatement(e, "The talks, according to a senior diplomat, ended without agreement", StatementType.INDIRECT, "a senior diplomat",
        Stance.ASSERT);
    assertStatement(e, "Three people were killed", StatementType.INDIRECT, "police", Stance.ASSERT);
    assertStatement(e, "The exhibit was donated by the museum", StatementType.INDIRECT, "Kristen Wilkins", Stance.ASSERT);
  }

  @Test
  void anInvertedAttributionNamesItsSpeakerAfterTheVerb() {
    Extraction e = extract("The ship was hijacked by pirates, said the Maritime Bulletin on Tuesday.\n\n"
        + "The governor of Louisiana, a state on the Gulf, declared a state of emergency.");
    assertStatement(e, "The ship was hijacked by pirates", StatementType.INDIRECT, "Maritime Bulletin", Stance.ASSERT);
    assertNoStatementOn(e, "The governor of Louisiana");
  }

  @Test
  void aVerbAfterItsAuxiliaryHasNoSpeakerAfterIt() {
    Extraction e = extract("Local officials, in Jakarta, have noted other unusual data.");
    assertNoStatementOn(e, "Local officials, in Jakarta");
  }

  @Test
  void aQuoteAfterAColonIsAttributedAfterItWhenNoVerbIntroducesIt() {
    Extraction e = extract("Fellow Democrats were more supportive: \"Thank you for your campaign. Let's keep fighting\", "
        + "wrote Elizabeth Warren on Twitter.");
    assertStatement(e, "Thank you for your campaign. Let's keep fighting", StatementType.DIRECT, "Elizabeth Warren", Stance.ASSERT);
  }

  @Test
  void anAttributionBetweenCommasInsideTheClauseKeepsTheWholeClause() {
    Extraction e = extract("Peter Smith spoke on Monday. The plan, he said, will fail.\n\n"
        + "The decision, officials said, was final.\n\nThe exhibit closed last year, said Smith, to the delight of critics.");
    assertStatement(e, "The plan, he said, will fail", StatementType.INDIRECT, "Peter Smith", Stance.ASSERT);
    assertStatement(e, "The decision, officials said, was final", StatementType.INDIRECT, "officials", Stance.ASSERT);
    assertStatement(e, "The exhibit closed last year", StatementType.INDIRECT, "Peter Smith", Stance.ASSERT);
  }

  @Test
  void aKnownActorsSurnameTakesTheFullNameTheArticleGave() {
    Extraction e = extract("Russian President Vladimir Putin said on Tuesday that Russia did not want a war. "
        + "“Of course not,” Putin told a news conference.");
    Statement s = assertStatement(e, "Of course not,", StatementType.DIRECT, "Vladimir Putin", Stance.ASSERT);
    assertEquals("Putin", s.speaker().orElseThrow().mention());
  }

  @Test
  void aSpeechVerbInsideAReportedClauseIsNoAttributionOfItsOwn() {
    Extraction e = extract("A senior U.S. official, speaking on condition of anonymity, said Russia had added 7,000 troops.\n\n"
        + "The hospital treated 25 wounded people, CNN Philippines reported the governor said.");
    // an unnamed official is the state they speak for, named in the phrase
    Statement s = assertStatement(e, "Russia had added 7,000 troops", StatementType.INDIRECT, "U.S.", Stance.ASSERT);
    assertEquals("A senior U.S. official", s.speaker().orElseThrow().mention());
    assertNoStatementOn(e, "A senior U.S. official, speaking on condition of anonymity");
    assertStatement(e, "The hospital treated 25 wounded people", StatementType.INDIRECT, "the governor", Stance.ASSERT);
  }

  @Test
  void anObjectPronounAfterASourceWordIsTheSpeaker() {
    Extraction e = extract("Peter Smith spoke on Monday. According to him, the threat is not over.");
    Statement s = assertStatement(e, "the threat is not over", StatementType.INDIRECT, "Peter Smith", Stance.ASSERT);
    assertEquals("him", s.speaker().orElseThrow().mention());
  }

  @Test
  void anAppositionAfterASourceIsNoPartOfWhatItSays() {
    Extraction e = extract("According to UpGuard, a cybersecurity firm, two databases were found on public servers.\n\n"
        + "According to the ruling, a host, such as Facebook, must remove the post.");
    assertStatement(e, "two databases were found on public servers", StatementType.INDIRECT, "UpGuard", Stance.ASSERT);
    assertStatement(e, "a host, such as Facebook, must remove the post", StatementType.INDIRECT, "the ruling", Stance.ASSERT);
  }

  @Test
  void existentialThereIsNoSpeaker() {
    Extraction e = extract("Some rates were high. There were states that did not match the trend.\n\n"
        + "There have also been reports that the army left the city. There’s claims that he lied.");
    assertNoStatementOn(e, "did not match the trend");
    assertNoStatementOn(e, "the army left the city");
    assertNoStatementOn(e, "he lied");
    for (Statement s : e.statements()) {
      assertNotEquals("There", s.speaker().map(sp -> sp.actor().name()).orElse(null));
    }
  }

  @Test
  void anExistentialClauseIsReportedAfterASpeechVerb() {
    Extraction e = extract("Mayor John Smith said there was no plan. Smith said there’s no danger. "
        + "Smith told reporters there were 12 dead. Officials said there were reports that the army had left.");
    assertStatement(e, "there was no plan", StatementType.INDIRECT, "John Smith", Stance.ASSERT);
    assertStatement(e, "there’s no danger", StatementType.INDIRECT, "John Smith", Stance.ASSERT);
    assertStatement(e, "there were 12 dead", StatementType.INDIRECT, "John Smith", Stance.ASSERT);
    assertStatement(e, "there were reports that the army had left", StatementType.INDIRECT, "Officials", Stance.ASSERT);
  }

  @Test
  void thereAfterANounIsAPlaceNotAnExistentialSubject() {
    Extraction e = extract("The mayor went there and said that the army had left. There, the mayor said that the city was calm.");
    assertStatement(e, "the army had left", StatementType.INDIRECT, "The mayor", Stance.ASSERT);
    assertStatement(e, "the city was calm", StatementType.INDIRECT, "the mayor", Stance.ASSERT);
  }

  @Test
  void aNameBeforeATitledDescriptionBetweenCommasIsTheSpeaker() {
    Extraction e = extract("Anna Berg, Acme Corp's chief executive, told reporters she expected growth. "
        + "Tom Lee, Oslo's mayor, said that the bridge would open.");
    assertStatement(e, "she expected growth", StatementType.INDIRECT, "Anna Berg", Stance.ASSERT);
    assertStatement(e, "the bridge would open", StatementType.INDIRECT, "Tom Lee", Stance.ASSERT);
  }

  @Test
  void anAttributionBetweenCommasReportsOnlyTheClauseAfterASemicolon() {
    Extraction e = extract("The storm hit the coast on Monday; two bridges, officials said, collapsed and burned.");
    assertStatement(e, "two bridges, officials said, collapsed and burned", StatementType.INDIRECT, "officials", Stance.ASSERT);
    assertNoStatementOn(e, "The storm hit the coast on Monday");
  }

  @Test
  void aRelationNounThatOpensTheSentenceIsNoPartOfTheName() {
    Extraction e = extract("Voter Lisa Chan told reporters she wanted change. Bill Carter said that the bill was unfair.");
    assertStatement(e, "she wanted change", StatementType.INDIRECT, "Lisa Chan", Stance.ASSERT);
    assertStatement(e, "the bill was unfair", StatementType.INDIRECT, "Bill Carter", Stance.ASSERT); // a first name, no title
  }

  @Test
  void aSecondPersonPronounNamesNoSpeaker() {
    assertNoStatementOn(extract("Interviewer: You said that the new plan would fail."), "the new plan would fail");
    assertNoStatementOn(extract("Last year you claimed that taxes were too high."), "taxes were too high");
    Extraction e = extract("Ann Lee said that the new plan would fail.");
    assertStatement(e, "the new plan would fail", StatementType.INDIRECT, "Ann Lee", Stance.ASSERT);
    e = extract("Ann Lee said you can be proud and modest.");
    assertStatement(e, "you can be proud and modest", StatementType.INDIRECT, "Ann Lee", Stance.ASSERT); // a clause's subject still
  }

  @Test
  void thatAfterAnObjectAndBeforeAnAuxiliaryIsARelativePronoun() {
    assertNoStatementOn(extract("The council announced measures that were designed to help."), "were designed to help");
    Extraction e = extract("The council announced on Monday that the measures were designed to help.");
    assertStatement(e, "the measures were designed to help", StatementType.INDIRECT, "council", Stance.ASSERT);
    e = extract("The council told residents that schools would reopen.");
    assertStatement(e, "schools would reopen", StatementType.INDIRECT, "council", Stance.ASSERT);
  }

  @Test
  void formerAndAHomeStateAreNoPartOfAName() {
    Extraction e = extract("Former Smith adviser Tom Reed spoke. Later Smith said the plan was bad.");
    assertEquals("Smith", ExtractionAssert.speaker(e, "the plan was bad").name());
    e = extract("Senator from Ohio Ann Berg said taxes were high.");
    assertEquals("Ann Berg", ExtractionAssert.speaker(e, "taxes were high").name());
  }

  @Test
  void aFreeStandingQuoteIsThePersonWhoActsNotTheOneInAPrepositionalPhrase() {
    Extraction e = extract("Senator Jane Cole issued a statement on the decision by Mark Webb.\n\n"
        + "\"I am disappointed with this decision.\"");
    assertStatement(e, "I am disappointed with this decision.", StatementType.DIRECT, "Jane Cole", Stance.ASSERT);
  }

  @Test
  void aGenitiveIsNeverTheWholeNameOfASpeaker() {
    Extraction e = extract("President Donald Trump spoke on Monday. President Trump's aides were present. "
        + "The president called the plan a \"waste of time\".");
    assertEquals("Donald Trump", ExtractionAssert.statement(e, "the plan a \"waste of time\"").actor().orElseThrow().name());
    e = extract("Hong Kong's Mary Chan spoke on Monday. Chan said taxes were high.");
    assertEquals("Mary Chan", ExtractionAssert.speaker(e, "taxes were high").name());
    // one word after a genitive may belong to the name itself: the whole is a name of its own
    e = extract("\"We march again,\" said International Women's Day.");
    assertEquals("International Women's Day", ExtractionAssert.speaker(e, "We march again,").name());
  }

  @Test
  void aTimeAndACommaBetweenVerbAndClauseWithoutThat() {
    Extraction e = extract("The Army said on Sunday, the 12 soldiers infected had been isolated.\n\n"
        + "The city reported on Tuesday, 21 confirmed cases.");
    assertStatement(e, "the 12 soldiers infected had been isolated", StatementType.INDIRECT, "Army", Stance.ASSERT);
    assertNoStatementOn(e, "21 confirmed cases"); // a counted object, no clause
  }

  @Test
  void aSourcePhraseEndsItsClauseBeforeANewClauseAndSkipsAPlacesRegion() {
    Extraction e = extract("According to police in Springfield, Ohio, the driver had been drinking.\n\n"
        + "Magnitude 6.1 according to the institute, it was recorded as 6.3 by another agency.");
    assertStatement(e, "the driver had been drinking", StatementType.INDIRECT, "police in Springfield", Stance.ASSERT);
    assertStatement(e, "Magnitude 6.1", StatementType.INDIRECT, "institute", Stance.ASSERT);
  }

  @Test
  void aPostposedCognitionVerbReportsTheClauseBefore() {
    Extraction e = extract("Mary Jones visited the school. The plan will fail next year, she believes.");
    assertStatement(e, "The plan will fail next year", StatementType.INDIRECT, "Mary Jones", Stance.ASSERT);
  }

  @Test
  void aDocumentSpeaksForItsAuthorAndDataSayNothing() {
    assertStatement(extract("According to a statement from the Health Ministry, the clinic will reopen."),
        "the clinic will reopen", StatementType.INDIRECT, "Health Ministry", Stance.ASSERT);
    assertStatement(extract("The Harbour Authority's report said that the dock was unsafe."),
        "the dock was unsafe", StatementType.INDIRECT, "Harbour Authority", Stance.ASSERT);
    assertStatement(extract("The report said that the dock was unsafe."),
        "the dock was unsafe", StatementType.INDIRECT, "The report", Stance.ASSERT);
    assertNoStatementOn(extract("The data show that the river rose by two metres."), "the river rose");
  }

  @Test
  void attributesQuoteAfterATimeOrPlacePhraseBetweenVerbAndQuote() {
    String[][] cases = {
      {"Senator Ann Brook said on Monday \"", "We will not vote for this budget. It is far too late.", "Ann Brook"},
      {"Mayor Tom Hale said at a meeting after the storm, \"", "Our crews are working around the clock.", "Tom Hale"},
      {"Dr Lena Park said, in reply to the survey, \"", "This result surprised every one of us.", "Lena Park"},
      {"Coach Ray Dunn explained to the press, \"", "The team played with great heart today.", "Ray Dunn"},
      {"Lawyer Mia Stone told the court \"", "My client was never at the house that night.", "Mia Stone"},
    };
    assertEachStatement(cases, "\"", StatementType.DIRECT);
  }

  /** Checks each case {text before, content, speaker}, the content followed by {@code after}, on its own. */
  private static void assertEachStatement(String[][] cases, String after, StatementType type) {
    for (String[] c : cases) {
      assertStatement(extract(c[0] + c[1] + after), c[1], type, c[2], Stance.ASSERT);
    }
  }

  @Test
  void aQuotedTitleAfterAPrepositionIsNoQuoteOfTheVerb() {
    Extraction e = extract("\"The old browser must go,\" the company says on \"The Browser Countdown\".\n\n"
        + "A leak was reported in the \"Park & Ride\" section of the garage.");
    assertNoStatementOn(e, "The Browser Countdown");
    assertNoStatementOn(e, "Park & Ride");
  }

  @Test
  void saidWithoutThatReportsTheClauseAfterAPrepositionalPhraseOrACountedSubject() {
    String[][] cases = {
      {"Mayor Tom Hale said at a press conference after the storm ", "the roads would stay shut", "Tom Hale"},
      {"The Fund said in May ", "the deal might help poorer states", "Fund"},
      {"Fire chief Ann Lowe said late on Tuesday ", "no crews would be sent into the building", "Ann Lowe"},
      {"Police said ", "at least 71 people were arrested", "Police"},
      {"The clinic said in a statement, ", "the patient would stay another week", "The clinic"},
    };
    assertEachStatement(cases, ".", StatementType.INDIRECT);
  }

  @Test
  void aPhraseBeforeAnObjectOrAnotherClauseIntroducesNoReportedClause() {
    assertNoStatementOn(extract("Sports writer Dave Brown tweeted after hearing the news of her death."), "the news of her death");
    assertNoStatementOn(extract("The agency issued a storm warning in the northern Bahamas and a watch for Andros Island."),
        "Bahamas and a watch");
    assertNoStatementOn(extract("Her death was confirmed by her son, Tom Reyes, on Monday."), "Tom Reyes");
    assertNoStatementOn(extract("Jane Moss was scared. When she asked for help, I did not know who to call."), "I did not know");
  }

  @Test
  void aFirstPersonContractionIsNoSpeakerAndOpensAQuoteOfTheSpeakerBefore() {
    Extraction e = extract("Actually I think I've said the old tools were better.\n\nI’d say the new ones were cheaper.");
    for (Statement s : e.statements()) {
      assertNotEquals("I've", s.speaker().map(sp -> sp.actor().name()).orElse(null));
      assertNotEquals("I’d", s.speaker().map(sp -> sp.actor().name()).orElse(null));
    }
    e = extract("\"It was easier back then,\" Ann Tipton said after the panel. \"I'm so tired of all the noise.\"");
    assertStatement(e, "I'm so tired of all the noise.", StatementType.DIRECT, "Ann Tipton", Stance.ASSERT);
  }

  @Test
  void aSpeechVerbInThePassiveWithoutAnAgentReportsNobody() {
    Extraction e = extract("Late on Monday it was reported the mayor was in hospital.\n\n"
        + "The parents were advised to keep the child at home.\n\nThe singer was denied a visa last year.");
    assertNoStatementOn(e, "the mayor was in hospital");
    assertNoStatementOn(e, "to keep the child at home");
    assertNoStatementOn(e, "a visa");
    e = extract("The plan was described by the Green Party as a \"total disaster\".");
    assertEquals("Green Party", e.statements().get(0).speaker().orElseThrow().actor().name()); // the agent speaks
    e = extract("Mary Cole met the board. She was saying that the budget was too small.");
    assertStatement(e, "the budget was too small", StatementType.INDIRECT, "Mary Cole", Stance.ASSERT);
  }

  @Test
  void anOrganisationsNameRunsOverOfAndForAfterTheArticle() {
    String[][] cases = {
      {"According to the National League of Town Clerks, ", "the count starts on May 4", "National League of Town Clerks"},
      {"The Centre for Rural Mobility announced on Monday ", "the bus line was saved", "Centre for Rural Mobility"},
      {"The Maple Institute of Soil Science Director Ruth Fenn said ", "the fields were dry", "Ruth Fenn"}, // a title ends the name
      {"The Centre for Road Safety's database lists the bridge and states ", "it was closed in 2010", "Centre for Road Safety"},
      // after a person's name, the words after "of" name what the person belongs to
      {"Dr. Alma Reyes of University College Leeds, a soil researcher, explained that ", "the crops might fail", "Alma Reyes"},
    };
    assertEachStatement(cases, ".", StatementType.INDIRECT);
  }

  @Test
  void aCommonWordOpeningTheSentenceNamesNobody() {
    assertNoStatementOn(extract("Estimates suggest 300 boats may be lost at sea."), "300 boats may be lost at sea");
    Extraction e = extract("\"Under the old rules of 1850,\" writes Ada Lind, \"a farmer owned both fields.\"");
    assertStatement(e, "a farmer owned both fields.", StatementType.DIRECT, "Ada Lind", Stance.ASSERT);
  }

  @Test
  void toldAndItsAddresseeReportAClauseWhoseSubjectHasNoArticle() {
    String[][] cases = {
      {"Pilot Sam Vale told The Coastal Herald ", "radio signals were being used to warn other boats", "Sam Vale"},
      {"Lena Holt, an activist from the north, on Sunday told Nordic Press ", "fire has been used to clear the slums", "Lena Holt"},
    };
    assertEachStatement(cases, ".", StatementType.INDIRECT);
    // only after "told": after "said" the capitalised words open the subject
    assertStatement(extract("Minister Ann Dahl said Norway's border has never been closed before."),
        "Norway's border has never been closed before", StatementType.INDIRECT, "Ann Dahl", Stance.ASSERT);
    assertNoStatementOn(extract("Rita Moss, when asked whether the clinic was safe, told reporters she had no doubt."), "the clinic was safe");
  }

  @Test
  void anAndAfterOfGoesOnInsideTheOrganisationsName() {
    String[][] cases = {
      {"Ruth Fenn of the Coastal Institute of Water and Marine Studies said ", "the reef was recovering", "Ruth Fenn"},
      {"Ola Berg of Vestby Fire and Rescue said late on Monday ", "no crews would enter the mill", "Ola Berg"},
      {"The Northland Department of Parks and Wildlife Protection announced ", "the trail would reopen", "Northland Department of Parks and Wildlife Protection"},
      // without the name preposition before it, "and" joins two speakers: the later one is the nearer
      {"Anna Lund and Peter Moss said ", "the fund was empty", "Peter Moss"},
    };
    assertEachStatement(cases, ".", StatementType.INDIRECT);
  }

  @Test
  void theRegionAfterAPlaceInAnAsideIsNoSpeaker() {
    String[][] cases = {
      {"Ann Roe, from Leeds, England, on Monday said ", "the shop had been closed", "Ann Roe"},
      // after a title and a place, the words between commas are the name
      {"The mayor in Dunmore, Alf Berg, said ", "the roads were safe", "Alf Berg"},
    };
    assertEachStatement(cases, ".", StatementType.INDIRECT);
  }

  @Test
  void saidAndANameBetweenCommasAttributeTheClauseAroundThem() {
    Extraction e = extract("Regional museums, said Tom Ash, are asked to lend the prints every year.");
    assertStatement(e, "Regional museums, said Tom Ash, are asked to lend the prints every year", StatementType.INDIRECT, "Tom Ash", Stance.ASSERT);
    // after "told" the phrase is the one spoken to, and the speaker stands before the verb
    e = extract("Rita Moss, a nurse at the clinic, told Radio North, staff from other towns tried to help.");
    assertEquals("Rita Moss", e.statements().get(0).speaker().orElseThrow().actor().name());
  }

  @Test
  void aParticiplesSpeakerIsItsClausesSubjectNotAPrepositionsObject() {
    String[][] cases = {
      {"The Harbour Board rejected the findings of the inquiry, calling ", "the report \"deeply flawed\"", "Harbour Board"},
      {"Mayor Lise Dahl posted a video on Facebook on Monday announcing ", "she would step down", "Lise Dahl"},
      {"Rolf Berg, who led the club for years, replied to the letter on Twitter, saying ", "he had no regrets", "Rolf Berg"},
    };
    for (String[] c : cases) {
      Statement s = ExtractionAssert.statement(extract(c[0] + c[1] + "."), c[1]);
      assertEquals(c[2], s.actor().orElseThrow().name());
    }
    // "with" and its object before the participle make an absolute clause whose subject speaks
    assertEquals("Ivan Petrov", ExtractionAssert.statement(extract("The search was halted on Tuesday, with Ivan Petrov saying the ice was too thin."),
        "the ice was too thin").actor().orElseThrow().name());
  }

  @Test
  void toldAfterWhoOrBeforeALowerCaseAudienceAndATimeReportsTheClause() {
    String[][] cases = {
      // the relative pronoun stands for the phrase before its comma
      {"The storm hit the farm of Chief Sela Tui, who told the press ", "his cattle had drowned", "Sela Tui"},
      {"The dig was led by Ines Moor, a geologist at Vale College, who said ", "the bones were old", "Ines Moor"},
      // an adjective before the audience, a time after it
      {"Fire chief Bo Lind told local media ", "the blaze was under control", "Bo Lind"},
      {"Judge Ada Kern told reporters today ", "new hearings will be held", "Ada Kern"},
    };
    assertEachStatement(cases, ".", StatementType.INDIRECT);
  }

  @Test
  void aCompanyFormsFullStopEndsNoClause() {
    String[][] cases = {
      {"The paper reported that ", "the firm Delta Gep Kft. (Delta Limited) bought the plant", "The paper"},
      {"Ann Bell said that ", "Marlow Bros. had sold the mill", "Ann Bell"},
    };
    assertEachStatement(cases, ".", StatementType.INDIRECT);
  }

  @Test
  void aPostOrTweetSpeaksForItsAuthor() {
    String[][] cases = {
      {"According to a Twitter post by Eva Holm, ", "the bridge was closed", "Eva Holm"},
      {"A tweet from the Harbour Board said ", "the ferry would not sail", "Harbour Board"},
    };
    assertEachStatement(cases, ".", StatementType.INDIRECT);
  }

  @Test
  void postedWithAnObjectReportsNothingButAfterThatOrAQuote() {
    assertNoStatementOn(extract("The runner Ken Opiyo posted a time of 2:07:12."), "a time of 2:07:12");
    assertNoStatementOn(extract("Maria Lund posted a short video from the hospital."), "a short video from the hospital");
    assertNoStatementOn(extract("The fastest woman, Ann Kiprop, posted a time of 2:20:51."), "The fastest woman");
    assertStatement(extract("Maria Lund posted that she was feeling better."), "she was feeling better", StatementType.INDIRECT, "Maria Lund", Stance.ASSERT);
    assertStatement(extract("Maria Lund posted on Twitter, \"I am feeling better.\""), "I am feeling better.", StatementType.DIRECT, "Maria Lund", Stance.ASSERT);
  }

  @Test
  void anIfAfterAClauseOfItsOwnIsAConditionNotTheReportedQuestion() {
    String[][] cases = {
      {"Ella Ward said ", "she would only sign the deal if the council paid for the road", "Ella Ward"},
      {"The mayor said ", "they were unsure whether the bridge would hold", "The mayor"},
    };
    assertEachStatement(cases, ".", StatementType.INDIRECT);
    assertStatement(extract("Ella Ward asked if the road was open."), "the road was open", StatementType.INDIRECT, "Ella Ward", Stance.QUESTION);
  }

  @Test
  void aListWithCommasOrAColonAfterOfStaysInsideTheOrganisationsName() {
    String[][] cases = {
      {"The Institute of Geology, Soil Science and Mining reported ", "the quarry was unsafe", "Institute of Geology, Soil Science and Mining"},
      {"Lars Eng of the Centre for Coastal Studies: Tides and Storms said ", "the dunes were shrinking", "Lars Eng"},
    };
    assertEachStatement(cases, ".", StatementType.INDIRECT);
  }

  @Test
  void observedContinuedQuippedAndExclaimedIntroduceAQuote() {
    String[][] cases = {
      {"\"", "The roads were empty by noon,", "\" Ida Marsh observed during the briefing."},
      {"Tom Quill continued, \"", "We will rebuild the pier next spring.", "\""},
      {"\"", "Bring a coat next time,", "\" quipped the skipper Ned Oram."},
      {"In an email to members, Rosa Vint exclaimed: \"", "The festival is back!", "\""},
    };
    for (String[] c : cases) {
      assertEquals(StatementType.DIRECT, ExtractionAssert.statement(extract(c[0] + c[1] + c[2]), c[1]).type());
    }
    assertStatement(extract("The council informed residents the water was safe."), "the water was safe", StatementType.INDIRECT, "council", Stance.ASSERT);
    assertStatement(extract("Lea Holt backed the plan, stating that the costs were low."), "the costs were low", StatementType.INDIRECT, "Lea Holt", Stance.ASSERT);
  }

  @Test
  void observedContinuedOrNotingWithAnObjectReportsNothing() {
    assertNoStatementOn(extract("The astronomers observed the dust disk around the star."), "the dust disk around the star");
    assertNoStatementOn(extract("The senator continued his campaign for two more months."), "his campaign for two more months");
    assertNoStatementOn(extract("In her talk, Una Berg showed the old rooms, noting the paintings on the walls."), "In her talk");
    assertStatement(extract("The team observed that the birds returned every spring."), "the birds returned every spring",
        StatementType.INDIRECT, "The team", Stance.ASSERT);
  }

  @Test
  void aVerbBeforeAnInfinitiveAttributesNoClauseBeforeIt() {
    assertNoStatementOn(extract("Despite the storm and the late hour, the crew continued to search the bay."), "Despite the storm");
    assertNoStatementOn(extract("After his arrest last year, Sam Cole agreed to help the inquiry."), "After his arrest");
    Extraction e = extract("The storm had passed, the mayor said to reporters.");
    assertStatement(e, "The storm had passed", StatementType.INDIRECT, "the mayor", Stance.ASSERT);
  }

  @Test
  void oneOfAGroupIsADescriptionNotAName() {
    Extraction e = extract("Many residents were angry at the council. One of the tenants said \"We were never asked.\"");
    assertEquals("One of the tenants", ExtractionAssert.speaker(e, "We were never asked.").name());
    e = extract("Lena Ortiz spoke first. One candidate stated he had raised the money.");
    assertEquals("One candidate", ExtractionAssert.speaker(e, "he had raised the money").name());
  }

  @Test
  void toldOnlyAnAddresseeAndATopicReportsNoClause() {
    assertNoStatementOn(extract("Biologist Ann Roe tells Wikinews about her study of ants"), "Wikinews about her study");
    assertNoStatementOn(extract("Years later she spoke of it again. She told an audience at the fair."), "an audience at the fair");
    assertStatement(extract("Ann Roe told Wikinews the ants were sick."), "the ants were sick", StatementType.INDIRECT, "Ann Roe", Stance.ASSERT);
  }

  @Test
  void aQuoteAfterToldAndItsAddresseeIsTheSpeakersDirectQuote() {
    Extraction e = extract("One farmer told Ann Roe of Radio 4, \"We lost everything.\"");
    assertStatement(e, "We lost everything.", StatementType.DIRECT, "One farmer", Stance.ASSERT);
    e = extract("Tom Hale, a lawyer for the family, told the BBC after the hearing \"We are relieved.\"");
    assertStatement(e, "We are relieved.", StatementType.DIRECT, "Tom Hale", Stance.ASSERT);
    assertNoStatementOn(e, "a lawyer for the family");
  }

  @Test
  void toldOurCorrespondentReportsTheClauseAfterIt() {
    Extraction e = extract("Dan Moss of Harbour Radio, a firm that sells beacons, told our correspondent a beacon will keep sending for days.");
    assertStatement(e, "a beacon will keep sending for days", StatementType.INDIRECT, "Dan Moss", Stance.ASSERT);
    e = extract("Eva Lind told a reporter the vote was lost.");
    assertStatement(e, "the vote was lost", StatementType.INDIRECT, "Eva Lind", Stance.ASSERT);
  }

  @Test
  void aPlaceAfterAnOrganisationsNameAtTheEndOfAnAsideIsNoSpeaker() {
    Extraction e = extract("Rita Vale, a curator at the University of Oregon, Eugene, said, \"The prints are fragile.\"");
    assertStatement(e, "The prints are fragile.", StatementType.DIRECT, "Rita Vale", Stance.ASSERT);
    // after a title's preposition the name in apposition is the speaker's
    e = extract("The director of the Harbour Society, Ben Cole, said the pier was unsafe.");
    assertStatement(e, "the pier was unsafe", StatementType.INDIRECT, "Ben Cole", Stance.ASSERT);
  }

  @Test
  void aQuoteBeforeALongAttributionIsTheSpeakersDirectQuote() {
    Extraction e = extract("\"The roof held up well,\" Ada Brun, head of safety at the Lund Fire Service, said.");
    assertStatement(e, "The roof held up well,", StatementType.DIRECT, "Ada Brun", Stance.ASSERT);
    e = extract("\"We will search until we find them,\" Harbour Guard information office head Rui Tan told The Daily Star.");
    assertStatement(e, "We will search until we find them,", StatementType.DIRECT, "Rui Tan", Stance.ASSERT);
    assertNoStatementOn(e, "The Daily Star");
  }

  @Test
  void praisedOrDisagreedBeforeAColonIntroduceAQuoteButReportNoObject() {
    Extraction e = extract("Former mayor Nils Ek praised the crew on Twitter: \"They saved the town.\"");
    assertStatement(e, "They saved the town.", StatementType.DIRECT, "Nils Ek", Stance.ASSERT);
    e = extract("Geologist Vera Holm disagreed with the study: \"The wells were never dry.\"");
    assertStatement(e, "The wells were never dry.", StatementType.DIRECT, "Vera Holm", Stance.DENY);
    assertNoStatementOn(extract("The mayor praised the firefighters for their work."), "the firefighters for their work");
  }

  @Test
  void anAttributionBetweenCommasAfterAnActIsNoClauseOfTheAct() {
    Extraction e = ExtractionAssert.extract("en", "Israel and Hamas agreed on Wednesday to a four-day truce in Gaza, Qatar said, "
        + "in a deal that will see the release of 50 hostages.");
    assertEquals(1, e.statements().size(), ExtractionAssert.describe(e));
    assertEquals("Qatar", ExtractionAssert.speaker(e, "Israel and Hamas agreed on Wednesday to a four-day truce in Gaza").name());
  }

  @Test
  void callOnIsOnePhrasalVerbWhoseParticleFollowsTheVerb() {
    Extraction e = extract("Premier Tom Hale called on the two towns to share the new ferry.");
    Statement s = assertStatement(e, "to share the new ferry", StatementType.INDIRECT, "Tom Hale", Stance.OTHER);
    assertEquals("called on", s.cue().orElseThrow().text());
    e = extract("The union is calling on its members to stop work at noon.");
    assertEquals("calling on", ExtractionAssert.statement(e, "to stop work at noon").cue().orElseThrow().text());
    assertNoStatementOn(extract("A farmer called the police in Dunmore on Friday after a fire broke out in his barn."),
        "Friday after a fire broke out");
    assertNoStatementOn(extract("The Harbour Guard called off its search late on Monday."), "Monday");
    e = extract("Senator Ann Webb called the plan a \"raid on our savings\".");
    assertStatement(e, "the plan a \"raid on our savings\"", StatementType.MIXED, "Ann Webb", Stance.ASSERT);
  }

  @Test
  void aSpeechVerbInARelativeClauseAfterACommaReportsNoClauseBeforeIt() {
    assertNoStatementOn(extract("The storm flooded two villages near the coast, which local radio said were cut off for a day."),
        "The storm flooded two villages");
    assertNoStatementOn(extract("We plan each issue on Monday and then hand the drafts to the design team, who adds the pictures."),
        "We plan each issue on Monday");
    assertNoStatementOn(extract("The old mill burned down in the spring, that the owner claimed was an accident."),
        "The old mill burned down");
    Extraction e = extract("Mayor Lena Dahl met the builder twice. Dahl was later accused of taking bribes, which she denied.");
    assertStatement(e, "Dahl was later accused of taking bribes", StatementType.INDIRECT, "Lena Dahl", Stance.DENY);
    e = extract("The bridge will stay closed until May, the council said.");
    assertStatement(e, "The bridge will stay closed until May", StatementType.INDIRECT, "council", Stance.ASSERT);
  }

  @Test
  void tellPointedOutAndCounteredReportAClause() {
    String[][] cases = {
        {"Officials tell The Courier every request will be read by a judge.", "every request will be read by a judge", "Officials", "ASSERT"},
        {"Councillor Rob Vane pointed out that the road had been closed twice this year.", "the road had been closed twice this year", "Rob Vane", "ASSERT"},
        {"The coach, Ida Sørli, countered that the team had trained harder than ever.", "the team had trained harder than ever", "Ida Sørli", "DENY"},
    };
    assertEachIndirect(cases);
    assertNoStatementOn(extract("Residents tell stories of the flood to every visitor."), "stories of the flood");
  }

  @Test
  void peopleNamedByTheSideTheyTakeOrWhatTheySawAreSources() {
    String[][] cases = {
        {"According to critics, the new bridge will cost twice as much.", "the new bridge will cost twice as much", "critics"},
        {"According to the mayor's opponents, the vote was rushed.", "the vote was rushed", "the mayor's opponents"},
        {"The ferry left the harbour late, eyewitnesses said.", "The ferry left the harbour late", "eyewitnesses"},
    };
    assertEachIndirect(cases);
    assertNoStatementOn(extract("According to the schedule, the ferry leaves at noon."), "the ferry leaves at noon");
  }

  @Test
  void aPastTenseVerbEndsTheSubjectOfAClauseWithoutThatOrAuxiliary() {
    String[][] cases = {
        {"Harbour master Jo Lind said fishermen first spotted the raft at dawn.", "fishermen first spotted the raft at dawn", "Jo Lind"},
        {"Police said 12 people died in the fire.", "12 people died in the fire", "Police"},
        {"The ministry said 40 rescue teams searched the coast overnight.", "40 rescue teams searched the coast overnight", "ministry"},
    };
    assertEachIndirect(cases);
    assertNoStatementOn(extract("The council announced measures designed to help farmers."), "measures designed to help");
    assertNoStatementOn(extract("The agency reported 21 confirmed cases on the island."), "21 confirmed cases");
    assertNoStatementOn(extract("The museum announced discovery of wrecked ships near the cape."), "wrecked ships");
  }

  @Test
  void aSecondVerbAfterAFrontedPhraseSpeaksForTheClausesSubject() {
    String[][] cases = {
        {"In a radio interview, Mayor Eva Lund thanked the volunteers and said the dam would hold.", "the dam would hold", "Eva Lund"},
        {"At the opening of the debate, Tim Cole introduced himself and said taxes must be cut.", "taxes must be cut", "Tim Cole"},
        {"Ida Berg, the club's captain, thanked the fans and said the team would be back.", "the team would be back", "Ida Berg"},
    };
    assertEachIndirect(cases);
    // the object of the fronted preposition is no speaker
    assertNotEquals("Eva Lund", ExtractionAssert.speaker(extract("In a letter to Mayor Eva Lund, Tom Ek thanked the crew and said "
        + "the road was unsafe."), "the road was unsafe").name());
  }

  @Test
  void aQuoteWhoseParagraphIsSetAsTwoLinesRunsOnToItsClosingMark() {
    Extraction e = extract("After the race, coach Ben Holt said, \"We started too slowly.\n\n"
        + "In the second lap we found our pace and never looked back.\" The next race is in May.");
    assertStatement(e, "We started too slowly.\n\nIn the second lap we found our pace and never looked back.", StatementType.DIRECT,
        "Ben Holt", Stance.ASSERT);
    // a new quote on the next line opens its own: the one left open is dropped, not joined to it
    e = extract("Coach Ben Holt said, \"We started too slowly.\n\nHolt added: \"Next time we will be ready.\"");
    assertStatement(e, "Next time we will be ready.", StatementType.DIRECT, "Ben Holt", Stance.ASSERT);
    assertNoStatementOn(e, "Holt added");
  }

  @Test
  void aMemberOfParliamentsTitleIsNoPartOfTheName() {
    String[][] cases = {
        {"Labour MP Rosa Finch said the ferry subsidy would be cut.", "the ferry subsidy would be cut", "Rosa Finch"},
        {"MEP Jan Vos said the rules were too strict.", "the rules were too strict", "Jan Vos"},
    };
    assertEachIndirect(cases);
    assertStatement(extract("Tom Lake, an MP for the coast, said the harbour was safe."), "the harbour was safe", StatementType.INDIRECT,
        "Tom Lake", Stance.ASSERT);
  }

  @Test
  void anAdverbBetweenTheSpeakerAndTheVerbKeepsTheSpeaker() {
    String[][] cases = {
        {"Mayor Ann Lee reportedly said the bridge would stay shut.", "the bridge would stay shut", "Ann Lee"},
        {"Ravi Shah formally claimed the papers were private.", "the papers were private", "Ravi Shah"},
        {"Port officials subsequently said two ships had sunk.", "two ships had sunk", "Port officials"},
    };
    assertEachIndirect(cases);
  }

  @Test
  void aRequestLeavesTheAddresseeOutOfItsContent() {
    String[][] cases = {
        {"The mayor urged the residents of the old town to leave their homes.", "to leave their homes", "The mayor", "OTHER"},
        {"Ann Lee urged them to stay calm.", "to stay calm", "Ann Lee", "OTHER"},
        {"Ann Lee asked the Harbour Safety Board to close the pier.", "to close the pier", "Ann Lee", "OTHER"},
        {"Ann Lee asked the ferry companies not to sail on Sunday.", "not to sail on Sunday", "Ann Lee", "OTHER"},
        {"Police warned people near the plant to keep their windows shut.", "to keep their windows shut", "Police", "WARN"},
    };
    assertEachIndirect(cases);
    assertStatement(extract("Ann Lee urged voters to \"stay home\" on Sunday."), "to \"stay home\" on Sunday", StatementType.MIXED,
        "Ann Lee", Stance.OTHER);
    // a clause of its own after "for", and no infinitive in "three to six", "accused … of trying to"
    assertStatement(extract("Ann Lee urged for the army to be sent in."), "for the army to be sent in", StatementType.INDIRECT,
        "Ann Lee", Stance.OTHER);
    assertTrue(extract("Forecasters predicted a surge of three to six feet on the coast.").statements().stream()
        .noneMatch(x -> x.content().startsWith("to six")));
    assertStatement(extract("Tom Reed accused his neighbour of trying to sell the farm."), "trying to sell the farm",
        StatementType.INDIRECT, "Tom Reed", Stance.DENY);
  }

  @Test
  void aQuoteSplitByAnInvertedAttributionHasOneSpeakerInBothParts() {
    Extraction e = extract("\"Storms test the city,\" said Mayor Ann Lee, \"but the dams will hold.\"");
    assertStatement(e, "Storms test the city,", StatementType.DIRECT, "Ann Lee", Stance.ASSERT);
    assertStatement(e, "but the dams will hold.", StatementType.DIRECT, "Ann Lee", Stance.ASSERT);
  }

  @Test
  void aSourcePhraseAfterThatOrWithANamedTitleReportsTheClauseAfterItsComma() {
    String[][] cases = {
        {"The paper has learned that according to mayor Ann Lee, the mill will be sold.", "the mill will be sold", "Ann Lee"},
        {"According to the firm's chief executive, Jan Berg, the plant will close in May.", "the plant will close in May", "Jan Berg"},
    };
    assertEachIndirect(cases);
    // "that" as a pronoun, with no comma after the source, opens no clause
    assertStatement(extract("Fitness was a big factor in that according to Tom Reed."), "Fitness was a big factor in that according to Tom Reed",
        StatementType.INDIRECT, "Tom Reed", Stance.ASSERT);
  }

  @Test
  void threeRoleWordsTheLexiconLacksMayStandBeforeTheNameAfterAnInvertedVerb() {
    Extraction e = extract("\"The prize tells us something about ourselves,\" said selection panel member Ulf Berg.");
    assertStatement(e, "The prize tells us something about ourselves,", StatementType.DIRECT, "Ulf Berg", Stance.ASSERT);
  }

  @Test
  void contractionsOfPronounsAreNoNames() {
    Extraction e = extract("Tom Reed runs the mill. He's said the plan would fail.");
    Statement s = assertStatement(e, "the plan would fail", StatementType.INDIRECT, "Tom Reed", Stance.ASSERT);
    assertEquals("He's", s.speaker().orElseThrow().mention());
    // a second-person subject is no source the text can resolve
    assertNoStatementOn(extract("You've said that you want to build a new road."), "you want to build");
  }

  @Test
  void anAppositionWithARoleAfterACapitalisedBodyDescribesTheNameBeforeIt() {
    Extraction e = extract("Ann Lee, USI associate professor of art history, said, \"His photographs changed the field.\"");
    assertStatement(e, "His photographs changed the field.", StatementType.DIRECT, "Ann Lee", Stance.ASSERT);
  }

  @Test
  void aSpeechVerbInTheInfinitiveSpeaksForTheSubjectOfTheVerbThatGovernsIt() {
    Extraction e = extract("Ann Lee said the plan was bad. She went on to say, \"Nobody asked the farmers.\"");
    Statement s = assertStatement(e, "Nobody asked the farmers.", StatementType.DIRECT, "Ann Lee", Stance.ASSERT);
    assertEquals("She", s.speaker().orElseThrow().mention());
    assertStatement(extract("Judge Tom Reed went on to say the fines were too low."), "the fines were too low", StatementType.INDIRECT,
        "Tom Reed", Stance.ASSERT);
    // an impersonal "it" reports nobody's words
    assertNoStatementOn(extract("Bone tools are rare, so it's kind of hard to say if they were used."), "they were used");
  }

  @Test
  void aParticipleOpeningTheSentenceBeforeAQuoteSpeaksForTheSubjectAfterIt() {
    Extraction e = extract("Writing \"The mill has a future\", Ann Wright added that the mill would stay open.");
    assertStatement(e, "The mill has a future", StatementType.DIRECT, "Ann Wright", Stance.ASSERT);
  }

  @Test
  void anAbbreviatedTitleWithItsFullStopBeforeTheNameIsNoSpeaker() {
    Extraction e = extract("Ann Reed studies bacteria. \"The strains were different\", said Dr. Reed.");
    Statement s = assertStatement(e, "The strains were different", StatementType.DIRECT, "Ann Reed", Stance.ASSERT);
    assertEquals("Reed", s.speaker().orElseThrow().mention());
  }

  @Test
  void partyWhipsAssemblyMembersAndScientistsTitlesAreNoPartOfTheName() {
    String[][] cases = {
        {"Senate Minority Whip Tom Hale said the vote would fail.", "the vote would fail", "Tom Hale"},
        {"Assemblywoman Rosa Finch said the budget was late.", "the budget was late", "Rosa Finch"},
        {"Immunologist Ida Berg said the virus spread quickly.", "the virus spread quickly", "Ida Berg"},
    };
    assertEachIndirect(cases);
  }

  @Test
  void aNameEndingInJrOrAnAbbreviatedCompanySuffixKeepsItsFullStop() {
    String[][] cases = {
        {"Harold Benson Jr. said the march would go on.", "the march would go on", "Harold Benson Jr"},
        {"Acme Inc. said the plant would close in June.", "the plant would close in June", "Acme Inc"},
        {"The strike will go on, said Harold Benson Jr., a pastor.", "The strike will go on", "Harold Benson Jr"},
    };
    assertEachIndirect(cases);
    Extraction e = extract("\"We lost,\" said Rob Cole Sr. He added that the team would regroup.");
    assertStatement(e, "We lost,", StatementType.DIRECT, "Rob Cole Sr", Stance.ASSERT);
  }

  @Test
  void aTitledNameBeforeAVerbAfterABodysNameIsTheSubjectNotTheSource() {
    String[][] cases = {
        {"According to the Arts and Sciences Book Index Professor Lund is the most cited author.", "Professor Lund is the most cited author",
            "Arts and Sciences Book Index"},
        {"According to the Arts and Sciences Book Index, Professor Lund is the most cited author.",
            "Professor Lund is the most cited author", "Arts and Sciences Book Index"},
        {"According to Arts and Sciences Book Index Professor Lund, the archive is incomplete.", "the archive is incomplete", "Lund"},
    };
    assertEachIndirect(cases);
  }

  @Test
  void aQuoteAfterAColonSpeaksForTheSubjectOfTheClauseBeforeIt() {
    Extraction e = extract("Governor Ann Lee addressed the public: \"Nobody should take this storm lightly.\"");
    assertStatement(e, "Nobody should take this storm lightly.", StatementType.DIRECT, "Ann Lee", Stance.ASSERT);
    e = extract("After the vote, Senator Tom Hale spoke to reporters: \"We lost fairly.\"");
    assertStatement(e, "We lost fairly.", StatementType.DIRECT, "Tom Hale", Stance.ASSERT);
    // a description names no one who speaks
    assertNoStatementOn(extract("The sign on the door was clear: \"Staff only beyond this point.\""), "Staff only beyond this point.");
  }

  @Test
  void aCapitalisedBodyNounAfterTheArticleIsTheBodyNamedBefore() {
    Extraction e = extract("The Ohio Department of Water Safety opened an inquiry. The Department issued a statement: \"The pipes were tested.\"");
    assertStatement(e, "The pipes were tested.", StatementType.DIRECT, "Ohio Department of Water Safety", Stance.ASSERT);
  }

  @Test
  void anAttributionBetweenAnOpeningPhraseAndItsClauseReportsTheWholeSentence() {
    String[][] cases = {
        {"At 9:15 a.m. local time, her office said, she left the hospital.", "At 9:15 a.m. local time, her office said, she left the hospital",
            null},
        {"Longer term, according to Mayor Ann Lee, the plan is to close the mine.",
            "Longer term, according to Mayor Ann Lee, the plan is to close the mine", "Ann Lee"},
    };
    for (String[] c : cases) {
      Statement s = ExtractionAssert.statement(extract(c[0]), c[1]);
      assertEquals(StatementType.INDIRECT, s.type());
      if (c[2] != null) {
        assertEquals(c[2], s.speaker().orElseThrow().actor().name());
      }
    }
    // a clause of its own before the source keeps its content apart from what follows
    assertStatement(extract("At least nine people died, according to officials, some of whom were injured."), "At least nine people died",
        StatementType.INDIRECT, "officials", Stance.ASSERT);
  }

  @Test
  void aRoleNounAfterAnAcronymStandsBeforeTheName() {
    assertStatement(extract("The goal, according to NASA administrator Jim Brent, is to reach the moon."),
        "The goal, according to NASA administrator Jim Brent, is to reach the moon", StatementType.INDIRECT, "Jim Brent", Stance.ASSERT);
  }

  @Test
  void aLongSourceOfNamesAndBodiesEndsAtItsComma() {
    assertStatement(extract("According to Chief Inspector Tom Vale of the police of the Northern Region in Kalor Province, the confirmed deaths "
        + "are fourteen."), "the confirmed deaths are fourteen", StatementType.INDIRECT, "Tom Vale", Stance.ASSERT);
  }

  @Test
  void aRelativeClauseWithoutCommasStandsBetweenTheSpeakerAndTheVerb() {
    String[][] cases = {
        {"Senator Ann Lee who sponsored the bill remarked the bill was too weak.", "the bill was too weak", "Ann Lee"},
        {"Tom Hale who runs the union said the strike would go on.", "the strike would go on", "Tom Hale"},
    };
    assertEachIndirect(cases);
  }

  @Test
  void itAfterTheVerbIsItsObjectNoInvertedSpeaker() {
    assertNoStatementOn(extract("Most voters expected the result, with analyst Tom Bey having declared it on his blog as the dullest race."),
        "Most voters expected the result");
  }

  @Test
  void readSpeaksForADocumentAndItsAuthor() {
    Extraction e = extract("Ann Lee's statement read: \"The bridge will reopen on Monday.\"");
    assertStatement(e, "The bridge will reopen on Monday.", StatementType.DIRECT, "Ann Lee", Stance.ASSERT);
    e = extract("\"The bridge will reopen on Monday,\" reads Ann Lee's statement.");
    assertStatement(e, "The bridge will reopen on Monday,", StatementType.DIRECT, "Ann Lee", Stance.ASSERT);
    e = extract("Zelbrook Inc. released a statement which read, in part, \"We regret the delay.\"");
    assertStatement(e, "We regret the delay.", StatementType.DIRECT, "Zelbrook Inc", Stance.ASSERT);
    // without a document "read" reports nothing, nor as a message read out
    assertNoStatementOn(extract("He read \"Moby Dick\" on the train."), "Moby Dick");
    e = extract("Governor Ann Lee, in a message read out on Friday, offered help: \"We will rebuild the port.\"");
    assertStatement(e, "We will rebuild the port.", StatementType.DIRECT, "Ann Lee", Stance.ASSERT);
  }

  @Test
  void aQuoteAfterAColonGoesToTheAttributionItsCommaHandsItOnTo() {
    Extraction e = extract("The agency noted the need to act: \"All countries can still change the course of this outbreak,\" "
        + "said Ann Lee, the director of the agency. \"We are deeply concerned.\"");
    Statement s = assertStatement(e, "All countries can still change the course of this outbreak,", StatementType.DIRECT, "Ann Lee",
        Stance.ASSERT);
    assertEquals("said", s.cue().orElseThrow().text());
    assertStatement(e, "We are deeply concerned.", StatementType.DIRECT, "Ann Lee", Stance.ASSERT);
    assertNoStatementOn(e, "Ann Lee, the director");
    // a quote that ends as a sentence stays with the cue before its colon
    e = extract("The agency noted the need to act: \"All countries can still change course.\" Ann Lee left early.");
    assertStatement(e, "All countries can still change course.", StatementType.DIRECT, "agency", Stance.ASSERT);
  }

  @Test
  void findsTheSpeakerBehindLongerRolePhrases() {
    // an owner's genitive and four words of role before the name; two roles joined by "and"; a
    // document with a word that describes it after its owner; a title, then the name in apposition
    // after lower-case role words; a name with an en dash inside
    ExtractionAssert.assertEach("en", StatementType.DIRECT, new String[][] {
        {"\"Heartbroken and numb,\" writes Huber's longtime tag team partner Erick Rowan on Instagram.", "Heartbroken and numb,",
            "Erick Rowan"},
        {"\"The flies had trouble landing,\" said study co-author and research fellow Tim Caro of the university.",
            "The flies had trouble landing,", "Tim Caro"},
        {"PC World's recent analysis concluded, \"Usually, Internet Explorer is the second browser.\"",
            "Usually, Internet Explorer is the second browser.", "PC World"},
        {"RIAA's take-down notice claimed \"comments in the source code make clear the purpose\".",
            "comments in the source code make clear the purpose", "RIAA"},
        {"The study's lead author, doctoral candidate Maninder Thind, said, \"We looked at emissions from power plants.\"",
            "We looked at emissions from power plants.", "Maninder Thind"},
        {"African Export–Import Bank president Okey Oramah spoke, saying, \"Africa has a scarcity of foreign exchange.\"",
            "Africa has a scarcity of foreign exchange.", "Okey Oramah"},
    });
  }


  @Test
  void aRelativeClauseAfterTheSourceIsNoPartOfWhatItReports() {
    assertEachIndirect(new String[][] {
        {"According to Agence France-Presse, which cited sources close to the investigation, the man had converted a year ago.",
            "the man had converted a year ago", "Agence France-Presse"},
    });
  }

  @Test
  void aCueFormInsideANameIsAWordOfTheName() {
    // "States" is also the verb "states"; inside "United States" it names the speaker
    assertEachIndirect(new String[][] {
        {"The United States said that Russia must pull back its troops.", "Russia must pull back its troops", "United States"},
        {"United States officials said the talks had failed.", "the talks had failed", "United States officials"},
        // the verb itself after a name is still a cue
        {"Ann Lee states that the plant will close.", "the plant will close", "Ann Lee"},
    });
  }

  @Test
  void aDemandThatOpensAClauseReportsTheClause() {
    assertEachIndirect(new String[][] {
        {"The West has demanded that Russia pull back its troops.", "Russia pull back its troops", "The West", "OTHER"},
        {"Russia has demanded guarantees that NATO will not expand.", "guarantees that NATO will not expand", "Russia", "OTHER"},
    });
  }

  @Test
  void whomAnAgencyQuotesAsSayingSpeaks() {
    assertEachIndirect(new String[][] {
        {"Interfax news agency quoted the ministry as saying tanks were being loaded onto trains.",
            "tanks were being loaded onto trains", "ministry"},
        {"The magazine cited the Air Force as stating Saha Airlines owned the plane.", "Saha Airlines owned the plane", "Air Force"},
    });
  }

  @Test
  void aTimeAfterTheSourceIsNoPartOfIt() {
    assertEachIndirect(new String[][] {
        {"According to officials on Saturday, the virus may have killed two visitors.", "the virus may have killed two visitors", "officials"},
        {"According to police on Thursday, the chef was found in the river.", "the chef was found in the river", "police"},
    });
    assertStatement(extract("\"The road is closed,\" said officials on Saturday."), "The road is closed,", StatementType.DIRECT,
        "officials", Stance.ASSERT);
  }

  @Test
  void anAcronymSpokenToEndsBeforeTheNameThatOpensTheClause() {
    assertEachIndirect(new String[][] {
        {"Terrorism specialist Ali Soufan told NPR Hamza bin Laden had appeared in videos since he was a boy.",
            "Hamza bin Laden had appeared in videos since he was a boy", "Ali Soufan"},
        {"Officials told BBC News every claim will be assessed on its merits.", "every claim will be assessed on its merits", "Officials"},
    });
  }

  @Test
  void aNegatedVerbBeforeWhetherAsksNothing() {
    assertNoStatementOn(extract("Biden would not say whether he supported court packing."), "he supported court packing");
    assertStatement(extract("The reporter asked whether Biden supported court packing."), "Biden supported court packing",
        StatementType.INDIRECT, "The reporter", Stance.QUESTION);
  }

  @Test
  void anAsideOrAClauseBeforeTheReportedMainClauseBelongsToIt() {
    assertEachIndirect(new String[][] {
        {"The minister said that, as president, he should be immune from the inquiry.",
            "as president, he should be immune from the inquiry", "The minister"},
        {"Ann Lee remarked that, because the spray wears off, it was unlikely to be used widely.",
            "because the spray wears off, it was unlikely to be used widely", "Ann Lee"},
    });
  }

  @Test
  void aThingCalledByANameIsNoStatement() {
    assertNoStatementOn(extract("Scientists studied a comet called Wild 2 last year."), "Wild 2");
    assertNoStatementOn(extract("Biden introduced an economic plan called \"Build Back Better\" in July."), "Build Back Better");
    assertNoStatementOn(extract("Guy found a pattern called a \"glider\" in the game."), "glider");
    // a person, an object pronoun or an agent makes it someone's words again
    ExtractionAssert.assertEach("en", StatementType.MIXED, new String[][] {
        {"The ministry met on Monday. A spokesman called the move \"reckless\".", "the move \"reckless\"", "A spokesman"},
        {"A witness called it \"horrific\".", "it \"horrific\"", "A witness"},
        {"Satellites show a pattern described by Marine Bulletin as \"rather hectic\".", "by Marine Bulletin as \"rather hectic\"",
            "Marine Bulletin"},
    });
  }


  @Test
  void attributesADocumentToWhoIssuedIt() {
    // the subject of an issuing verb is the author of the document that speaks; so is the agent
    // after its participle ("a statement released by X"); someone who only saw a document is not
    assertEachIndirect(new String[][] {
        {"Presidential physician Sean Conley issued a statement saying the patient is doing well.",
            "the patient is doing well", "Sean Conley"},
        {"On Friday, the Combined Task Force released a statement saying an attack produced no casualties.",
            "an attack produced no casualties", "Combined Task Force"},
        {"Ann Lee leads the board. She signed a letter saying the port must stay open.", "the port must stay open", "Ann Lee"},
        {"Tom Bey died yesterday, according to a statement released by the Bey Foundation.", "Tom Bey died yesterday", "Bey Foundation"},
        {"Water flooded the street. At 6:30 pm, the city issued a follow-up statement announcing the break had been contained.",
            "the break had been contained", "the city"},
        {"Ann Lee saw a report saying the port will close.", "the port will close", "a report"},
    });
    // a colon after the document: the issuer speaks the quote
    assertStatement(extract("The Harbour Board released a statement: \"We regret the delay.\""), "We regret the delay.",
        StatementType.DIRECT, "Harbour Board", Stance.ASSERT);
  }


  @Test
  void addRecountedAndOpinesIntroduceQuotes() {
    Extraction e = extract("Ann Lee studies rivers. She went on to add, \"The river is cleaner than ten years ago.\"");
    assertStatement(e, "The river is cleaner than ten years ago.", StatementType.DIRECT, "Ann Lee", Stance.ASSERT);
    e = extract("Engineer Jing Wu recounted, \"When we coated the pipe, the mud slid off.\"");
    assertStatement(e, "When we coated the pipe, the mud slid off.", StatementType.DIRECT, "Jing Wu", Stance.ASSERT);
    e = extract("\"The law is clear,\" Tom Bey opines, \"and the court will follow it.\"");
    assertStatement(e, "The law is clear,", StatementType.DIRECT, "Tom Bey", Stance.ASSERT);
    // an infinitive with no speaker, its clause going on after the quote, introduces nobody's words
    assertNoStatementOn(extract("The office has been trying to add the question, \"Is this person a farmer?\", to the next survey."),
        "Is this person a farmer?");
  }

  @Test
  void aQuoteAfterACommaThatEndsItsSentenceSpeaksForTheSubjectOfTheClauseBeforeIt() {
    Extraction e = extract("Senator Tom Hale spoke on local radio, \"This is going to hurt every farmer in the valley.\"");
    assertStatement(e, "This is going to hurt every farmer in the valley.", StatementType.DIRECT, "Tom Hale", Stance.ASSERT);
    // the object of a preposition is no one's words
    assertNoStatementOn(extract("The charter specifies that members are removed after being convicted of, \"Theft, Fraud, or other grave Crimes and Deeds.\""),
        "Theft, Fraud");
  }

  @Test
  void aCommaAfterTheOneSpokenToOpensTheClause() {
    assertEachIndirect(new String[][] {
        {"Ann Lee told The Harbour Post, river levels have dropped since May.", "river levels have dropped since May", "Ann Lee"},
    });
  }

  @Test
  void theSubjectOpeningTheClauseSpeaksAcrossItsPhraseOrThroughByAndAParticiple() {
    Extraction e = extract("Ann Lee from the opposition camp said in a press conference: \"The vote was rigged.\"");
    assertStatement(e, "The vote was rigged.", StatementType.DIRECT, "Ann Lee", Stance.ASSERT);
    e = extract("Tom Hale spoke first. He closed the meeting by saying \"we are ready to talk to anyone.\"");
    assertStatement(e, "we are ready to talk to anyone.", StatementType.DIRECT, "Tom Hale", Stance.ASSERT);
    assertNoStatementOn(extract("Jim Bode won the prize for his work in predicting heavy storms."), "heavy storms");
  }

  @Test
  void aClauseWithoutThatCoordinatedWithOneWithThatIsOneContent() {
    assertEachIndirect(new String[][] {
        {"Party officials said his words were misread and that he did not back the plan.",
            "his words were misread and that he did not back the plan", "Party officials"},
    });
  }

  @Test
  void speakerAndAdministratorAreTitlesBeforeAName() {
    assertEachIndirect(new String[][] {
        {"Assembly Speaker Ann Lee confirmed a vote will be held today.", "a vote will be held today", "Ann Lee"},
        {"Agency Administrator Tom Hale said the launch would slip.", "the launch would slip", "Tom Hale"},
    });
  }

  @Test
  void aStatesAcronymSpeaksAsItsStateAndBeforeANounIsItsAdjective() {
    assertEachIndirect(new String[][] {
      {"The US said on Tuesday it would send more troops to Europe.", "it would send more troops to Europe", "US"},
      {"US says Russia must withdraw", "Russia must withdraw", "US"},
      {"UK urges Russia to waive immunity for the diplomat", "to waive immunity for the diplomat", "UK", "OTHER"},
      {"US officials said the talks had failed.", "the talks had failed", "US"},
      // the acronym is no pronoun ("us") and no part of the role or the name
      {"Former US presidential candidate Elizabeth Warren announced she was endorsing Joe Biden.", "she was endorsing Joe Biden",
          "Elizabeth Warren"},
      {"On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said Bryant had been on his way to a game.",
          "Bryant had been on his way to a game", "Adrian Wojnarowski"},
    });
    Statement s = ExtractionAssert.statement(extract("US President Donald Trump said the operation had succeeded."),
        "the operation had succeeded");
    assertEquals("President", s.actor().orElseThrow().role().orElseThrow());
  }

  @Test
  void aQuoteAfterAParagraphEndingInItsAttributionAndAColonIsAttributed() {
    Extraction e = extract("At Ballot Access News, party chairman Mark Seidenberg commented:\n"
        + "\"Her parents were not citizens. She is not eligible.\"\n\nMary Lund said:\n\n\"The count was fair.\"");
    assertStatement(e, "Her parents were not citizens. She is not eligible.", StatementType.DIRECT, "Mark Seidenberg", Stance.ASSERT);
    assertStatement(e, "The count was fair.", StatementType.DIRECT, "Mary Lund", Stance.ASSERT);
  }

  @Test
  void anAdverbOpeningTheSentenceOrTheClauseIsNoNameAndNoEndOfTheClause() {
    assertEachIndirect(new String[][] {
      {"Nearly all legal experts consider the view incorrect, arguing there is no question about her eligibility.",
          "there is no question about her eligibility", "all legal experts"},
      {"Even the minister said the plan would fail.", "the plan would fail", "the minister"},
      {"Officials said nearly 3,000 people had died.", "nearly 3,000 people had died", "Officials"},
      {"Regional Governor Mujiv Hataman agreed, saying only this group appeared capable of the bombing.",
          "only this group appeared capable of the bombing", "Mujiv Hataman"},
      // an adverb before a second verb of the clause's subject: the clause goes on
      {"ABC News reported Trump was expected to win the nomination, but only secured 39 of the 40 delegates.",
          "Trump was expected to win the nomination, but only secured 39 of the 40 delegates", "ABC News"},
      {"Emergency workers have indicated a homicide probe is ongoing.", "a homicide probe is ongoing", "Emergency workers"},
    });
    // a subordinator is no adverb before the clause's subject
    Extraction e = extract("Mary Cole claimed Biden commented on her looks when she was 14 years old.");
    assertStatement(e, "Biden commented on her looks when she was 14 years old", StatementType.INDIRECT, "Mary Cole", Stance.ASSERT);
    // the verb goes on to its own object after a focus particle: no attribution of the clause before the comma
    assertNoStatementOn(extract("The firm started home deliveries, but Gazeta Prawna reports only 0.5% of turnover comes "
        + "from this segment."), "The firm started home deliveries");
  }

  @Test
  void unnamedSourcesSpeak() {
    assertEachIndirect(new String[][] {
      {"According to sources familiar with the matter, the talks could resume next week.", "the talks could resume next week",
          "sources familiar with the matter"},
      {"Rather, government sources confirmed his identity to news outlets.", "his identity to news outlets", "government sources"},
      {"Sources said the talks could resume next week.", "the talks could resume next week", "Sources"},
      // a title's postmodifier belongs to the speaker phrase
      {"Officials familiar with the plans said the talks could resume next week.", "the talks could resume next week",
          "Officials familiar with the plans"},
      // a postmodifier's object may be a plan: the title is the source
      {"According to officials familiar with the plans, the talks could resume next week.", "the talks could resume next week",
          "officials familiar with the plans"},
      // "people" and "person" name a source with a postmodifier or a prepositional phrase
      {"The talks could resume next week, according to people familiar with the matter.", "The talks could resume next week",
          "people familiar with the matter"},
      {"People familiar with the plans said the talks could resume next week.", "the talks could resume next week",
          "People familiar with the plans"},
      {"People in the administration and campaign said his comments were misconstrued.", "his comments were misconstrued", "People"},
      {"One person familiar with the negotiations said the deal was close.", "the deal was close",
          "One person familiar with the negotiations"},
    });
    assertStatement(extract("\"We are ready,\" said one person familiar with the negotiations."), "We are ready,",
        StatementType.DIRECT, "one person familiar with the negotiations", Stance.ASSERT);
    assertStatement(extract("\"We are ready,\" said one official."), "We are ready,", StatementType.DIRECT, "one official", Stance.ASSERT);
  }
}
