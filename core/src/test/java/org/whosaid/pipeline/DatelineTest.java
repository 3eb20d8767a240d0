package org.whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatelineTest {

  private static String after(String text) {
    return text.substring(Dateline.skip(text, 0, text.length()));
  }

  @Test
  void skipsThePlaceTheAgencyAndTheDash() {
    assertEquals("Israel and Hamas agreed.", after("JERUSALEM (Reuters) - Israel and Hamas agreed."));
    assertEquals("De regering valt.", after("DEN HAAG (ANP) \u2013 De regering valt."));
    assertEquals("Regjeringen går av.", after("OSLO (NTB): Regjeringen går av."));
    assertEquals("The vote was close.", after("WASHINGTON, D.C. \u2014 The vote was close."));
  }

  @Test
  void leavesTextWithoutADatelineAlone() {
    assertEquals("NATO said - as expected - that it would stay.", after("NATO said - as expected - that it would stay."));
    assertEquals("A - B", after("A - B"));
    assertEquals("Israel and Hamas agreed.", after("Israel and Hamas agreed."));
    String mid = "Earlier: JERUSALEM (Reuters) - text";
    assertEquals(9, Dateline.skip(mid, 9, mid.length()), "a dateline only opens a paragraph");
  }
}
