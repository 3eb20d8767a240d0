package org.whosaid.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.whosaid.testing.ExtractionAssert.assertNoStatementOn;
import static org.whosaid.testing.ExtractionAssert.assertStatement;

import org.junit.jupiter.api.Test;
import org.whosaid.Extraction;
import org.whosaid.model.ActorType;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementType;
import org.whosaid.testing.ExtractionAssert;

class EnglishStanceTest {

  private static Extraction extract(String text) {
    return ExtractionAssert.extract("en", text);
  }

  @Test
  void negationInsideADirectQuoteStaysAnAssertion() {
    Extraction e = extract("“We have no plans to attack anyone,” the minister said.");
    assertStatement(e, "We have no plans to attack anyone,", StatementType.DIRECT, "the minister", Stance.ASSERT);
  }

  @Test
  void warnedThatIsAWarning() {
    Extraction e = extract("The general warned that an attack could come within days.");
    assertStatement(e, "an attack could come within days", StatementType.INDIRECT, "The general", Stance.WARN);
  }

  @Test
  void askedWhetherIsAQuestion() {
    Extraction e = extract("Reporters asked whether the troops would leave.");
    assertStatement(e, "the troops would leave", StatementType.INDIRECT, "Reporters", Stance.QUESTION);
  }

  @Test
  void deniedThatIsADenial() {
    Extraction e = extract("The Kremlin denied that it planned an invasion.");
    assertStatement(e, "it planned an invasion", StatementType.INDIRECT, "Kremlin", Stance.DENY);
  }

  @Test
  void accordingToAtTheEndReportsTheSentenceBefore() {
    Extraction e = extract("Some units have returned to their bases, according to the defence ministry.");
    assertStatement(e, "Some units have returned to their bases", StatementType.INDIRECT, "defence ministry", Stance.ASSERT);
  }

  @Test
  void twoCuesOfOneClauseMakeOneStatement() {
    // "according to" and "reports" both attribute the same sentence: one statement, the first cue's
    Extraction e = extract("Measles killed at least 62 people, including, according to government reports, 54 children.");
    assertEquals(1, e.statements().size(), e.statements().toString());
    assertEquals("according to", e.statements().get(0).cue().orElseThrow().text());
  }

  @Test
  void aClauseWithoutThatMayOpenWithANumber() {
    Extraction e = ExtractionAssert.extract("en", "Oleg Klimov indicated 68 people were missing. Officials announced 3 days of mourning.");
    assertStatement(e, "68 people were missing", StatementType.INDIRECT, "Oleg Klimov", Stance.ASSERT);
    assertNoStatementOn(e, "3 days of mourning"); // a counted object, no clause
  }

  @Test
  void capitalisedWordsRunningIntoAnOrganisationNounNameTheOrganisation() {
    Extraction e = ExtractionAssert.extract("en", "The Democratic National Committee said it would appeal. "
        + "The North Carolina State Board of Elections said the vote was valid.");
    assertStatement(e, "it would appeal", StatementType.INDIRECT, "Democratic National Committee", Stance.ASSERT);
    Statement s = assertStatement(e, "the vote was valid", StatementType.INDIRECT, "North Carolina State Board of Elections", Stance.ASSERT);
    assertEquals(ActorType.ORGANIZATION, s.speaker().orElseThrow().actor().type());
  }

  @Test
  void theAddresseeBeforeAClauseWithoutThatIsNoPartOfIt() {
    Extraction e = ExtractionAssert.extract("en", "Jan Smith told reporters he would resign. Tom Jones told the BBC the plan was dead. "
        + "Anna Lee said Bolton broke the law.");
    assertStatement(e, "he would resign", StatementType.INDIRECT, "Jan Smith", Stance.ASSERT);
    assertStatement(e, "the plan was dead", StatementType.INDIRECT, "Tom Jones", Stance.ASSERT);
    assertStatement(e, "Bolton broke the law", StatementType.INDIRECT, "Anna Lee", Stance.ASSERT);
  }

  @Test
  void anAddresseeAloneIsNoContent() {
    Extraction e = ExtractionAssert.extract("en", "“We will win,” Jan Smith told Wikinews.");
    assertNoStatementOn(e, "Wikinews");
  }

  @Test
  void anAsideOrATimeBetweenSubjectAndVerbIsSkipped() {
    Extraction e = ExtractionAssert.extract("en", "The National Crime Agency (NCA) said the suspects were arrested. "
        + "Toronto mayor John Tory on Tuesday suggested the city would pay.");
    assertStatement(e, "the suspects were arrested", StatementType.INDIRECT, "National Crime Agency", Stance.ASSERT);
    assertStatement(e, "the city would pay", StatementType.INDIRECT, "John Tory", Stance.ASSERT);
  }

  @Test
  void aNeuterSubjectWithAnAuxiliaryStillSpeaks() {
    Extraction e = ExtractionAssert.extract("en", "Although Moscow has denied planning an attack, it has demanded guarantees "
        + "from NATO that Kyiv will not join the bloc.");
    assertEquals(StatementType.INDIRECT, ExtractionAssert.statement(e, "guarantees from NATO that Kyiv will not join the bloc").type());
  }

  @Test
  void aTextNamedAsSourceIsItsAuthors() {
    Extraction e = ExtractionAssert.extract("en", "The airline transports weapons, according to a tweet on Monday by Mike Pompeo.");
    assertStatement(e, "The airline transports weapons", StatementType.INDIRECT, "Mike Pompeo", Stance.ASSERT);
  }

  @Test
  void aTextReleasedBySomeoneIsTheirs() {
    Extraction e = ExtractionAssert.extract("en", "The law stands, according to a ruling issued by the Supreme Court.");
    assertStatement(e, "The law stands", StatementType.INDIRECT, "Supreme Court", Stance.ASSERT);
  }

  @Test
  void aClauseWithoutThatMayOpenWithABareNoun() {
    Extraction e = ExtractionAssert.extract("en", "German Chancellor Olaf Scholz arrived in Moscow.\n\n"
        + "The chancellor said diplomacy was far from exhausted.");
    assertStatement(e, "diplomacy was far from exhausted", StatementType.INDIRECT, "Olaf Scholz", Stance.ASSERT);
  }

  @Test
  void aPluralSubjectWarnsInTheBaseForm() {
    Extraction e = ExtractionAssert.extract("en", "Western officials warn that an invasion could begin at any time.");
    assertStatement(e, "an invasion could begin at any time", StatementType.INDIRECT, "Western officials", Stance.WARN);
  }

  @Test
  void anAccusationLeavesOutTheAccused() {
    Extraction e = ExtractionAssert.extract("en", "The Kremlin accused the West of hysteria.\n\n"
        + "Pelosi accused Trump of ignoring “truth, evidence, data and facts”.\n\nThe general was accused of corruption.");
    assertStatement(e, "hysteria", StatementType.INDIRECT, "Kremlin", Stance.DENY);
    assertStatement(e, "ignoring “truth, evidence, data and facts”", StatementType.MIXED, "Pelosi", Stance.DENY);
    assertNoStatementOn(e, "corruption");
  }
}
