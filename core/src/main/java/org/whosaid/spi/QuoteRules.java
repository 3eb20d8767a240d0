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
   * @param open  the opening mark, one or two characters (",," is two commas)
   * @param close the closing mark, one or two characters ("''" is two apostrophes)
   */
  public record QuotePair(String open, String close) {
    public QuotePair {
      Objects.requireNonNull(open, "open");
      Objects.requireNonNull(close, "close");
      if (open.isEmpty() || open.length() > 2 || close.isEmpty() || close.length() > 2) {
        throw new IllegalArgumentException("quote marks are one or two characters: '" + open + "' '" + close + "'");
      }
    }
  }
}
