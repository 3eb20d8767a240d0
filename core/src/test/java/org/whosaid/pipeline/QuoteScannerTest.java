package org.whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.whosaid.spi.QuoteRules;
import org.whosaid.spi.QuoteRules.QuotePair;

/** {@link QuoteScanner}: quotations found from the tokens, marks matched like brackets per paragraph. */
class QuoteScannerTest {

  private final QuoteScanner scanner = new QuoteScanner(new QuoteRules(List.of(new QuotePair("«", "»"),
      new QuotePair("“", "”"), new QuotePair("‘", "’"), new QuotePair(",,", "''"), new QuotePair("\"", "\"")), true));

  /** The quoted words of each quotation found. */
  private List<String> contents(String text) {
    return scanner.scan(text).stream().map(q -> text.substring(q.contentStart(), q.contentEnd())).toList();
  }

  @Test
  void findsTopLevelQuotationsWithTheirNestedOnesInside() {
    assertEquals(List.of("Han sa ‘nei’ i går", "Ja"), contents("«Han sa ‘nei’ i går», sa hun. “Ja”"));
  }

  @Test
  void anApostropheBetweenLettersIsNoMark() {
    assertEquals(List.of("de regio’s en Ukraine’s steden"), contents("“de regio’s en Ukraine’s steden”, zei hij"));
  }

  @Test
  void aStraightSingleQuoteOpensAWordNotAYearOrAClitic() {
    QuoteScanner straight = new QuoteScanner(new QuoteRules(List.of(new QuotePair(",,", "''"), new QuotePair("'", "'")), false));
    String text = "In de jaren '30 noemde hij 's avonds de waarschuwingen 'hysterisch', zei de auto's-man.";
    assertEquals(List.of("hysterisch"),
        straight.scan(text).stream().map(q -> text.substring(q.contentStart(), q.contentEnd())).toList());
  }

  @Test
  void twoCommasOpenAndTwoApostrophesClose() {
    assertEquals(List.of("Zeer zorgelijk"), contents("Rutte noemde het ,,Zeer zorgelijk'' gisteren, 1,5 keer"));
  }

  @Test
  void aQuoteRunsOnIntoAParagraphThatOpensWithItsMark() {
    String text = "«Første avsnitt.\n\n«Andre avsnitt», sa han.\n«Åpen\nUten merke";
    assertEquals(List.of("Første avsnitt.\n\n«Andre avsnitt"), contents(text));
  }

  @Test
  void aDialogueDashQuotesItsParagraphAtItsStartOrAfterAColon() {
    String text = "– Vi har ingen planer, sa Peskov.\nSvarte han: – Nei.\nEt tall - 5 - i teksten.";
    assertEquals(List.of("Vi har ingen planer, sa Peskov.", "Nei."), contents(text));
  }

  @Test
  void aDashAfterASentenceInItsParagraphOpensAQuoteThatEndsBeforeTheNextOne() {
    String text = "Han kom i går. – Vi vant, sier han. – Og det fortjente vi.\nDe tapte U.S. – men ikke mer.";
    assertEquals(List.of("Vi vant, sier han.", "Og det fortjente vi."), contents(text));
  }

  @Test
  @Timeout(10) // a scan that stays on such a token never ends
  void twoCommasThatNeitherOpenNorCloseArePassed() {
    assertEquals(List.of("Ja"), contents("Hij zei a,, b en 1,,5 ,,Ja'' nu,,"));
  }

  /** On any text the scan ends, and its quotations lie in order inside the text, their words inside their marks. */
  @Property(tries = 500)
  void quotationsLieInOrderInsideTheText(@ForAll @IntRange(max = 100_000) int seed) {
    String[] pieces = {"«", "»", "“", "”", "‘", "’", ",,", "''", "\"", "'", ",", ":", " – ", "- ", ". ", "? ", "\n", "\n\n",
        "a", "B", "regio’s", " ", "1,5", "U.S. "};
    java.util.Random random = new java.util.Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(400); i > 0; i--) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    String text = b.toString();
    int last = 0;
    for (Quote q : scanner.scan(text)) {
      assertTrue(last <= q.start() && q.start() <= q.contentStart() && q.contentStart() <= q.contentEnd()
          && q.contentEnd() <= q.end() && q.end() <= text.length(), q + " in " + text);
      last = q.end();
    }
  }

  @Test
  void aStrayMarkSwallowsNothing() {
    assertEquals(List.of("b"), contents("a « c\n“b” d"));
  }

  @Test
  void aClosingMarkThatOpensAWordOpensItsPair() {
    assertEquals(List.of("Vi trekker oss tilbake"), contents("Han sa: ”Vi trekker oss tilbake”, sa han."));
  }

  @Test
  void aQuoteClosedByAMarkOfAnotherPairEndsThere() {
    // machine-translated text sets one quote with two kinds of marks: the last mark that may close ends it
    assertEquals(List.of("Troppene vil returnere til basene sine", "Dette er en vanlig prosess"),
        contents("Han la til: «Troppene vil returnere til basene sine\".\n\n\"Dette er en vanlig prosess», sa Konasjenkov."));
    // a paragraph that opens a quote of its own is no second line of the quote left open before it
    assertEquals(List.of("b"), contents("a « c\n“b” d"));
  }
}
