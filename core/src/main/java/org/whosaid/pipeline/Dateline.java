package org.whosaid.pipeline;

/**
 * The dateline that opens a wire report's first paragraph: the place in capitals, perhaps the
 * agency in brackets, then a dash or colon ("JERUSALEM (Reuters) - ", "OSLO (NTB): ", "DEN HAAG
 * - "). It is no part of the reported clause that follows it.
 */
final class Dateline {

  /** The most characters a dateline takes. */
  private static final int MAX_LENGTH = 60;

  private Dateline() {}

  /**
   * Where the text after a dateline at {@code start} begins, {@code start} when there is none; a
   * dateline starts a paragraph, so {@code start} must open one.
   */
  static int skip(String text, int start, int end) {
    if (start > 0 && text.charAt(start - 1) != '\n') {
      return start;
    }
    int limit = Math.min(end, start + MAX_LENGTH);
    int i = start;
    int capitals = 0;
    // the place: capitals, spaces, full stops, commas and hyphens ("WASHINGTON, D.C.", "BADEN-BADEN")
    while (i < limit && (Character.isUpperCase(text.charAt(i)) || " .,-'\u2019".indexOf(text.charAt(i)) >= 0 && i > start)) {
      if (Character.isUpperCase(text.charAt(i))) {
        capitals++;
      }
      if (text.charAt(i) == '-' && i + 1 < limit && text.charAt(i + 1) == ' ') {
        break; // the dash after the place
      }
      i++;
    }
    if (capitals < 2) {
      return start;
    }
    if (i < limit && text.charAt(i) == '(') {
      int close = text.indexOf(')', i);
      if (close < 0 || close >= limit) {
        return start;
      }
      i = close + 1; // the agency: "(Reuters)", "(ANP)"
    }
    while (i < limit && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= limit || "-\u2013\u2014:".indexOf(text.charAt(i)) < 0 || i + 1 >= end || text.charAt(i + 1) != ' ') {
      return start;
    }
    i += 2;
    return i < end && !Character.isWhitespace(text.charAt(i)) ? i : start;
  }
}
