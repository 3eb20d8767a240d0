package org.whosaid.spi;

/** How a cue word reports what was said. */
public enum CueKind {
  /** A verb of saying: "zei", "sa", "said"; takes a quote, a clause, or inverts after a quote. */
  SPEECH,
  /** A verb of thinking or fearing that reports a clause: "vreest dat", "mener at", "believes". */
  COGNITION,
  /** A verb of asking someone to act: "riep op", "urged"; its content is the infinitive. */
  DIRECTIVE,
  /** A phrase before its source, governing the rest of the clause: "volgens", "ifølge", "according to". */
  SOURCE_BEFORE,
  /** A word after the content and before its source: "aldus". */
  SOURCE_AFTER,
  /** A verb whose object is the speaker: "the report quoted Kuleba as saying", "citeerde". */
  QUOTING,
  /** A verb that names what it reports with a noun phrase: "welcomed", "demanded", "kalte". */
  NOMINAL
}
