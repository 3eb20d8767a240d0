package org.whosaid.spi;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * What a language contributes to whosaid. Implementations are found with
 * {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.whosaid.spi.LanguageModule} and in {@code module-info.java}
 * ({@code provides org.whosaid.spi.LanguageModule with ...}). Core never names a language: adding
 * one means adding a module.
 *
 * <p>Most modules extend {@link ResourceLanguageModule}, which reads every list below from resource
 * files next to the module's class:
 *
 * <pre>{@code
 * public final class GermanLanguageModule extends ResourceLanguageModule {
 *   public GermanLanguageModule() {
 *     super("de", "German", name -> GermanLanguageModule.class.getResourceAsStream(name));
 *   }
 * }
 * }</pre>
 *
 * <p>Every method must return the same values each time it is called, and the values must be safe
 * to share between threads.
 */
public interface LanguageModule {

  /** ISO 639-1 code of the language, lower case ("nl"). */
  String language();

  /** English name of the language ("Dutch"). */
  String displayName();

  /**
   * How strongly {@code sample} looks like this language: 0 not at all, 1 certainly. Used to
   * identify the language of articles that do not say.
   */
  double identify(CharSequence sample);

  /** The quote marks of the language, and whether a line-initial dash opens a quote. */
  QuoteRules quoteRules();

  /** Speech verbs, attribution phrases and cognition verbs, with their inflected forms. */
  CueLexicon cues();

  /** Closed-class words the attribution rules need: articles, pronouns, complementizers, etc. */
  WordClasses words();

  /** Role and title nouns ("minister", "woordvoerder", "spokesman"), lower case. */
  Set<String> titles();

  /**
   * Title nouns of people who speak for an organisation ("woordvoerder", "talsmann", "spokesman"),
   * lower case: without a name, such a speaker stands for the organisation that spoke last.
   */
  default Set<String> spokespersonTitles() {
    return Set.of();
  }

  /** Head nouns of organisation descriptions ("ministerie", "departement", "ministry"), lower case. */
  Set<String> organisationNouns();

  /**
   * Nouns for a document that speaks for its author ("report", "verklaring", "uttalelse"): a speaker
   * phrase headed by one names its author when it has one ("the ministry's report", "a statement
   * from X"). Empty by default.
   */
  default Set<String> documentNouns() {
    return Set.of();
  }

  /**
   * Nouns for data or measurements ("data", "figures", "metingen", "tallene"), which show rather
   * than say: a subject headed by one, without an author, reports no statement (non-verbal
   * communication). Empty by default.
   */
  default Set<String> measurementNouns() {
    return Set.of();
  }

  /**
   * Phrases that tell how something was said, not what ("without elaborating", "zonder uit te
   * weiden", "uten å utdype"): after a reported clause they end its content, which is the
   * speaker's, while they are the journalist's. Lower case, words separated by single spaces; a
   * phrase matches the words that start with it ("without giving details" also in "without giving
   * details about the attack"). Empty by default.
   */
  default Set<String> mannerPhrases() {
    return Set.of();
  }

  /** Abbreviations that end with a full stop but do not end a sentence ("dhr.", "mr."), lower case. */
  Set<String> abbreviations();

  /**
   * Spelling rules that map this language's transliteration of foreign names onto a common one
   * (Dutch "oe" to "u", "sj" to "sh"), applied to lower-case ASCII-folded name words.
   */
  List<SpellingRule> nameSpelling();

  /** Surface forms of well-known actors and places, mapped to shared identifiers. */
  List<GazetteerEntry> gazetteer();

  /** Frequent news words mapped to language-independent concepts ("troepen" to "troops"). */
  List<ConceptEntry> concepts();

  /** A Lucene analyzer that normalises and stems words of this language. */
  Analyzer analyzer();

  /**
   * Whether the finite verb comes second in main clauses, so that a subject may follow it
   * ("Gisteren zei Lavrov dat ..."): true for Dutch and Norwegian, false for English.
   */
  default boolean verbSecond() {
    return false;
  }

  /**
   * Whether the language writes a compound as one word, its head last ("troepenopbouw",
   * "militærøvelsene"), so that an unknown word may be read as a known word with a modifier
   * before it: true for Dutch and Norwegian, false for English, where a word's tail is seldom a
   * word of its own ("disease" is no kind of "ease", "discontinue" no kind of "continue").
   */
  default boolean closedCompounds() {
    return false;
  }

  /**
   * Whether a name's genitive may be the name with a bare -s, without an apostrophe ("Signy
   * Fardals hals", "Jansens boek"): true for Dutch and Norwegian, false for English, where a name
   * ending in -s is no genitive ("Liberal Democrats").
   */
  default boolean genitiveS() {
    return false;
  }

  /**
   * Whether a title noun, in lower case, is in the definite singular where the language marks that
   * on the noun ("teatersjefen", "23-åringen", not "ekspertene"): such a title alone after a quote,
   * which no earlier role matches, is the person quoted just before, named anew ("…, sier
   * teatersjefen"). False by default: where the form does not tell a singular from a plural, the
   * rule stays off.
   */
  default boolean definiteSingularTitle(String lower) {
    return false;
  }

  /**
   * Whether a lower-case word is by its form a finite verb in the past tense ("noticed", "died"),
   * which ends a clause's subject where no auxiliary stands: "said fishermen first noticed the
   * boat", "said 18 people died". False by default (the rule is for languages whose clause may go
   * without its complementizer).
   */
  default boolean pastTense(String lower) {
    return false;
  }

  /**
   * Whether a reported clause may go without its complementizer ("he said Russia would …", "hun
   * mener partiet må …"): by default true where the verb does not come second, as in English.
   */
  default boolean dropsComplementizer() {
    return !verbSecond();
  }

  /**
   * Whether a word in capitals, two letters or more, is an acronym and no word of the lexicon ("DA
   * hevder", "SV og Sp": not the conjunction "da"), except next to another word in capitals (an
   * all-caps heading). False by default: where downstream rules read such a word as its lower case
   * ("US" as "us"), the language turns it on once they read it as a name.
   */
  default boolean acronymsAreNoWords() {
    return false;
  }
}
