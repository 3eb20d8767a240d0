package org.whosaid.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.whosaid.Extraction;
import org.whosaid.model.Actor;
import org.whosaid.model.ActorType;
import org.whosaid.model.Speaker;
import org.whosaid.testing.ExtractionAssert;

/** The actors an English article names. */
class EnglishActorsTest {

  @Test
  void aPlaceThatOpensWithACompassWordIsNoPersonAPronounMeans() {
    Extraction e = ExtractionAssert.extract("en", "The Greek prime minister Kyriakos Mitsotakis said the project, which involves "
        + "Greece, Cyprus and Israel, is open. \"We exclude no one,\" he said. Turkey holds that only Northern Cyprus has rights there.");
    ExtractionAssert.assertStatement(e, "We exclude no one,", org.whosaid.model.StatementType.DIRECT, "Kyriakos Mitsotakis",
        org.whosaid.model.Stance.ASSERT);
    // a compass word as a person's surname stays one
    e = ExtractionAssert.extract("en", "The rapper Kanye West announced a run. The interviewer asked about it. West did not deny the suggestion.");
    ExtractionAssert.assertStatement(e, "the suggestion", org.whosaid.model.StatementType.INDIRECT, "Kanye West",
        org.whosaid.model.Stance.DENY);
  }

  @Test
  void theLastWordOfAKnownOrganisationIsNoSurname() {
    Extraction e = ExtractionAssert.extract("en",
        "The White House said on Monday that talks would resume. The House voted on Tuesday, and the "
            + "Associated Press said that the Press Club was closed. South Korea agreed. Korea has elections in April.");
    for (Actor a : e.actors()) {
      assertTrue(!a.forms().contains("House") && !a.forms().contains("Press") && !a.forms().contains("Korea"),
          "a known organisation's last word is no mention of it, nor a person: " + a);
    }
    Actor whiteHouse = e.actors().stream().filter(a -> a.name().equals("White House")).findFirst().orElseThrow();
    assertEquals("Q35525", whiteHouse.key().value());
  }

  @Test
  void anAcronymThatSpeaksIsAnOrganisation() {
    Extraction e = ExtractionAssert.extract("en", "KBRX said that the station would close.");
    Actor kbrx = ExtractionAssert.speaker(e, "the station would close");
    assertEquals(ActorType.ORGANIZATION, kbrx.type());
  }

  @Test
  void aFullNameBeforeOfficialsIsAPlaceOrBodyNoPerson() {
    Extraction e = ExtractionAssert.extract("en", "Residents of some areas, such as Ferris Parish, have been told to leave. "
        + "Towns near the river and Ferris Parish officials have said the dams would hold.");
    Actor county = ExtractionAssert.speaker(e, "the dams would hold");
    assertEquals("Ferris Parish", county.name());
    assertEquals(ActorType.ORGANIZATION, county.type());
  }

  @Test
  void aFullNameInTheGenitiveGivesALaterSurnameItsFullName() {
    Extraction e = ExtractionAssert.extract("en", "Governor Maria Kowalczyk's plan to close the bridge was leaked on Monday. "
        + "Kowalczyk said the plan was only a draft.");
    Actor governor = ExtractionAssert.speaker(e, "the plan was only a draft");
    assertEquals("Maria Kowalczyk", governor.name());
  }

  @Test
  void companiesAndPlatformsAreOrganisations() {
    Extraction e = ExtractionAssert.extract("en", "Boeing said the jet was safe. Facebook said it had removed the posts.");
    Actor boeing = ExtractionAssert.speaker(e, "the jet was safe");
    assertEquals(ActorType.ORGANIZATION, boeing.type());
    assertEquals("Q66", boeing.key().value());
    assertEquals(ActorType.ORGANIZATION, ExtractionAssert.speaker(e, "it had removed the posts").type());
  }

  @Test
  void newsMediaAreOrganisationsWithTheKeysOfTheOtherLanguages() {
    Extraction e = ExtractionAssert.extract("en", "NBC News reported that the bridge had closed. "
        + "According to the Guardian, the ferry was late.");
    Actor nbc = ExtractionAssert.speaker(e, "the bridge had closed");
    assertEquals(ActorType.ORGANIZATION, nbc.type());
    assertEquals("whosaid:nbc-news", nbc.key().value());
    assertEquals("whosaid:the-guardian", ExtractionAssert.speaker(e, "the ferry was late").key().value());
  }

  @Test
  void anAcronymWithAnAmpersandIsOneOrganisationsName() {
    Extraction e = ExtractionAssert.extract("en", "The utility KG&W stated it cut the power because of high winds.");
    Actor utility = ExtractionAssert.speaker(e, "it cut the power because of high winds");
    assertEquals("KG&W", utility.name());
    assertEquals(ActorType.ORGANIZATION, utility.type());
  }

  @Test
  void aSpokespersonOfANamedOrganisationIsThatOrganisationNotTheOneThatSpokeBefore() {
    Extraction e = ExtractionAssert.extract("en", "The chain BRIXO, in a post on Tuesday, called the demand \"unexpected\". "
        + "Sales went up last week, according to a Velda spokesperson. Japanese officials said the shops were calm.");
    Speaker velda = ExtractionAssert.statement(e, "Sales went up last week").speaker().orElseThrow();
    assertEquals("Velda", velda.actor().name());
    assertEquals("a Velda spokesperson", velda.mention());
    assertEquals(ActorType.ORGANIZATION, velda.actor().type());
    assertEquals("Q17", ExtractionAssert.speaker(e, "the shops were calm").key().value()); // Japan: officials of a state are that state
  }

  @Test
  void anUnnamedSpokespersonIsWhoThePhraseSaysTheySpeakFor() {
    Extraction e = ExtractionAssert.extract("en", "Prime Minister Anna Holt met the unions on Monday. "
        + "A Kremlin spokesman said that the talks were a provocation. Hamas's spokesman said the offer was rejected. "
        + "A spokesman for Holt said that she would reply on Friday. Former spokesman Tim Ray said it was a mistake.");
    assertEquals("whosaid:kremlin", ExtractionAssert.speaker(e, "the talks were a provocation").key().value());
    assertEquals("A Kremlin spokesman", ExtractionAssert.statement(e, "the talks were a provocation").speaker().orElseThrow().mention());
    assertEquals("Hamas", ExtractionAssert.speaker(e, "the offer was rejected").name());
    assertEquals("Anna Holt", ExtractionAssert.speaker(e, "she would reply on Friday").name());
    assertEquals("Tim Ray", ExtractionAssert.speaker(e, "it was a mistake").name());
    Extraction army = ExtractionAssert.extract("en", "The Russian army said it had left. An Israeli army spokesman said the strikes would go on. "
        + "A ministry spokesman said that the talks had gone well. Chinese officials said trade was up.");
    assertEquals("organization:Q801:army", ExtractionAssert.speaker(army, "the strikes would go on").key().value());
    assertEquals(ActorType.ANONYMOUS, ExtractionAssert.speaker(army, "the talks had gone well").type());
    assertEquals("China", ExtractionAssert.speaker(army, "trade was up").name());
  }

  @Test
  void aPersonsSurnameAloneIsThatPerson() {
    Extraction e = ExtractionAssert.extract("en", "Senator Mary Holt spoke on Monday. Holt said that the bill would pass.");
    assertEquals("Mary Holt", ExtractionAssert.speaker(e, "the bill would pass").name());
  }

  @Test
  void aRomanceNameRunsOverItsParticle() {
    Extraction e = ExtractionAssert.extract("en", "\u201cWe will not accept this,\u201d Luiz Inácio Lula da Silva said on Monday. "
        + "Director Guillermo del Toro said that the film would open in March.");
    assertEquals("Luiz Inácio Lula da Silva", ExtractionAssert.speaker(e, "We will not accept this,").name());
    assertEquals("Guillermo del Toro", ExtractionAssert.speaker(e, "the film would open in March").name());
  }

  @Test
  void aNationalityBeforeAnOrganisationsNameIsPartOfItAndGivesItsState() {
    Extraction e = ExtractionAssert.extract("en", "The Saudi Press Agency reported that exports were continuing. "
        + "The Turkish government said the talks would resume next week.");
    Actor agency = ExtractionAssert.speaker(e, "exports were continuing");
    assertEquals("Saudi Press Agency", agency.name());
    assertEquals("organization:Q851:agency+pres", agency.key().value());
    assertEquals("organization:Q43:government",
        ExtractionAssert.speaker(e, "the talks would resume next week").key().value());
  }

  @Test
  void stateMediaSpeak() {
    Extraction e = ExtractionAssert.extract("en", "According to Iranian state media, the talks had failed. "
        + "Local media reported that the president would travel to Moscow.");
    Actor media = ExtractionAssert.speaker(e, "the talks had failed");
    assertEquals("Iranian state media", media.name());
    assertEquals(ActorType.ORGANIZATION, media.type());
    assertEquals("Local media", ExtractionAssert.speaker(e, "the president would travel to Moscow").name());
  }

  @Test
  void aPronounAfterAPhraseOfPlaceSpeaks() {
    Extraction e = ExtractionAssert.extract("en", "Erdogan said earlier he might rename the monument.\n\n"
        + "On the live television he said, \u201cThe name will never change.\u201d");
    assertEquals("Erdogan", ExtractionAssert.speaker(e, "The name will never change.").name());
  }

  @Test
  void aKnownNameWithATitleWordInItIsOneName() {
    Extraction e = ExtractionAssert.extract("en", "Doctors Without Borders said that the hospital had run out of fuel. "
        + "Hezbollah said it had fired rockets.");
    Actor msf = ExtractionAssert.speaker(e, "the hospital had run out of fuel");
    assertEquals("Doctors Without Borders", msf.name());
    assertEquals("whosaid:msf", msf.key().value());
    Actor hezbollah = ExtractionAssert.speaker(e, "it had fired rockets");
    assertEquals(ActorType.ORGANIZATION, hezbollah.type());
    assertEquals("whosaid:hezbollah", hezbollah.key().value());
  }

  @Test
  void aNameBehindTheArabicArticleSpeaks() {
    Extraction e = ExtractionAssert.extract("en", "\u201cWe will not accept this,\u201d Abdel Fattah al-Sisi said on Monday. "
        + "The situation is difficult, al-Sisi told reporters.");
    assertEquals("Abdel Fattah al-Sisi", ExtractionAssert.speaker(e, "We will not accept this,").name());
    assertEquals("Abdel Fattah al-Sisi", ExtractionAssert.speaker(e, "The situation is difficult").name());
  }

  @Test
  void aWireReportsDatelineIsNoPartOfTheClause() {
    Extraction e = ExtractionAssert.extract("en", "Truce agreed\n\nJERUSALEM (Reuters) - Israel and Hamas agreed to a truce in Gaza, "
        + "Qatar's foreign ministry said.");
    assertEquals("organization:Q846:foreign+ministry",
        ExtractionAssert.speaker(e, "Israel and Hamas agreed to a truce in Gaza").key().value());
  }

  @Test
  void aNameHeadedAfterTheArticleIsNoPersonAPronounMeans() {
    String[][] cases = {
      {"Senator Omar Vance spoke about drilling in the Southern Baltic. He said ", "the rigs were safe", "Omar Vance"},
      {"Tom Hale recalled his uncle, who fought in the Korean Campaign. He said ", "the veterans were forgotten", "Tom Hale"},
      {"Ann Pike read out a clause of the Harbour Charter. She said ", "the port was public land", "Ann Pike"},
    };
    assertEachSpeaker(cases);
    // as a modifier before a noun, the name after the article may be a person's
    Extraction e = ExtractionAssert.extract("en", "The club posted the Rick Dawes interview. Dawes said that he would stay.");
    assertEquals("Rick Dawes", ExtractionAssert.speaker(e, "he would stay").name());
  }

  @Test
  void aGenderedPronounSkipsAPersonWhoseGivenNameIsOfTheOtherGender() {
    String[][] cases = {
      {"Mary Holt accused two guards, Peter Lund and Antoine Roux. She said ", "the guards had lied", "Mary Holt"},
      {"John Weir met the curator, Susan Park, on Friday. He said ", "the museum would reopen", "John Weir"},
      // a given name borne by both fits either pronoun
      {"Kim Lee met the architect Tom Hart on Friday. She said ", "the tower would be built", "Kim Lee"},
    };
    assertEachSpeaker(cases);
  }


  @Test
  void aNameEndingInAPlaceOrEventHeadIsNoPersonAPronounMeans() {
    String[][] cases = {
      {"Mayor Ruth Okafor opened the fair on Lantern Day this year. Of the plan, she said ", "the fair would grow", "Ruth Okafor"},
      {"Paul Sato spoke at a memorial of the Korea-Japan War on Monday. He said ", "the veterans deserved more", "Paul Sato"},
      {"Lena Moss thanked the press. Speaking to Harbour News, she said ", "the campaign had worked", "Lena Moss"},
      // a given name opens a person's name whatever its last word
      {"Tom Fenn sang with Doris Day in 1950. She said ", "the song was his", "Doris Day"},
    };
    assertEachSpeaker(cases);
  }
  /** Each case is text before the content, the content and the expected speaker's name; a full stop ends it. */
  private static void assertEachSpeaker(String[][] cases) {
    for (String[] c : cases) {
      Extraction e = ExtractionAssert.extract("en", c[0] + c[1] + ".");
      assertEquals(c[2], ExtractionAssert.statement(e, c[1]).actor().orElseThrow().name());
    }
  }

  @Test
  void thePronounIIsNoPartOfAName() {
    Extraction e = ExtractionAssert.extract("en", "A neighbour said, \"Sometimes I still hear the alarm at night.\" Mary Lund said the house was cold.");
    for (Actor a : e.actors()) {
      assertTrue(a.forms().stream().noneMatch(f -> f.endsWith(" I")), "\"I\" is no part of a name: " + a);
    }
  }

  @Test
  void aTitlesFieldStandsBetweenTheTitleAndTheName() {
    Extraction e = ExtractionAssert.extract("en", "\"This is important,\" said professor of economics John Smith of Leeds University.");
    assertEquals("John Smith", ExtractionAssert.speaker(e, "This is important,").name());
  }

  @Test
  void anHonorificIsATitleButNoRole() {
    Extraction e = ExtractionAssert.extract("en", "Ukrainian Foreign Minister Dmytro Kuleba spoke on Monday. Mr Kuleba added that Ukraine "
        + "would not be provoked. Ms. Truss said Britain stood ready.");
    Actor kuleba = ExtractionAssert.speaker(e, "Ukraine would not be provoked");
    assertEquals("Dmytro Kuleba", kuleba.name());
    assertEquals("Minister", kuleba.role().orElseThrow());
    assertEquals("Truss", ExtractionAssert.speaker(e, "Britain stood ready").name());
    assertTrue(ExtractionAssert.speaker(e, "Britain stood ready").role().isEmpty());
  }

  @Test
  void aPersonsSpokesmanSpeaksForThatPersonWhoseRoleHeIsNot() {
    Extraction e = ExtractionAssert.extract("en", "Dick Schoof spoke on Monday. Schoof's spokesman said the cabinet would stay on. "
        + "A spokesman for Kanye West said the album was finished.");
    Actor schoof = ExtractionAssert.speaker(e, "the cabinet would stay on");
    assertEquals("Dick Schoof", schoof.name());
    assertTrue(schoof.role().isEmpty());
    assertTrue(ExtractionAssert.speaker(e, "the album was finished").role().isEmpty());
  }

  @Test
  void aBestKnownLeadersSurnameAloneIsThatLeader() {
    Extraction e = ExtractionAssert.extract("en", "Hunter Biden spoke to reporters. Later, Biden said he did not support the policies.");
    assertEquals("Q6279", ExtractionAssert.speaker(e, "he did not support the policies").key().value());
  }
}
