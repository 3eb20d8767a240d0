package org.whosaid.spi;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The quotation marks of a language.
 *
 * @param pairs        the opening and closing marks, most specific first
 * @param dialogueDash whether a paragraph that opens with a dash ("– ", "— ", "- ") is a quote up to
 *                     its attribution, as in Norwegian news
 */
public record QuoteRules(List<QuotePair> pairs, boolean dialogueDash) {

  public QuoteRules {
    pairs = ImmutableList.copyOf(pairs);
  }

  /**
   * One kind of quotation.
   *
   * @param open   the opening mark, one or two characters (",," is two commas)
   * @param close  the closing mark, one or two characters ("''" is two apostrophes)
   * @param speech whether the press opens with this mark nothing but someone's words (the Dutch
   *               ",,…''": titles and scare quotes take other marks), so that a quote of whole
   *               sentences standing alone is someone's statement
   */
  public record QuotePair(String open, String close, boolean speech) {

    /** A mark that may quote anything: speech, titles, words used as words. */
    public QuotePair(String open, String close) {
      this(open, close, false);
    }

    public QuotePair {
      Objects.requireNonNull(open, "open");
      Objects.requireNonNull(close, "close");
      if (open.isEmpty() || open.length() > 2 || close.isEmpty() || close.length() > 2) {
        throw new IllegalArgumentException("quote marks are one or two characters: '" + open + "' '" + close + "'");
      }
    }
  }
}
