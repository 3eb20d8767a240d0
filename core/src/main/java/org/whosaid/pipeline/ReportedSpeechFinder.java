package org.whosaid.pipeline;

import java.util.List;
import java.util.Optional;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementType;
import org.whosaid.spi.CueKind;
import org.whosaid.spi.WordClass;

/**
 * Finds reported speech around a cue: a speech or cognition verb with its complement clause
 * ({@code zei dat …}, {@code sa at …}, {@code said Kyiv would …}), an attribution after the
 * content ({@code …, meldt Interfax}, {@code …, the ministry said}), a source phrase
 * ({@code volgens X}, {@code according to X}), a directive with its infinitive
 * ({@code urged Moscow to …}) and a verb whose object holds a quote or a clause
 * ({@code kalte forslaget «interessant»}, {@code welcomed signals that …}).
 */
final class ReportedSpeechFinder {

  private static final int COMPLEMENTIZER_WINDOW = 7;
  /** How far a complementizer may stand after a cue that a prepositional phrase follows. */
  private static final int PHRASE_COMPLEMENTIZER_WINDOW = 11;

  private final LanguageRules rules;
  private final SpeakerResolver speakers;
  private final QuoteAttributor quotes;

  ReportedSpeechFinder(LanguageRules rules, SpeakerResolver speakers, QuoteAttributor quotes) {
    this.rules = rules;
    this.speakers = speakers;
    this.quotes = quotes;
  }

  Optional<Draft> find(Tokens t, CueFinder.Hit h) {
    int s = t.sentence(h.token());
    int sentStart = t.sentenceStart(s);
    int sentEnd = t.sentenceEnd(s);
    CueKind kind = h.entry().kind();
    if (meansIdiom(t, h, sentStart) || impersonal(t, h, sentStart, t.sentenceEnd(s)) || refusal(t, h, sentEnd)
        || kind == CueKind.NOMINAL && namesAThing(t, h, sentStart)) {
      return Optional.empty();
    }
    Optional<Draft> before = sentenceBefore(t, h, s, sentStart, sentEnd);
    if (before.isPresent()) {
      return before;
    }
    switch (kind) {
      case SOURCE_BEFORE:
        return source(t, h, sentStart, sentEnd);
      case SOURCE_AFTER:
        return after(t, h, sentStart, sentEnd);
      case QUOTING:
        return Optional.empty();
      default:
        break;
    }
    int from = h.end() + 1;
    // a complementizer close after the cue: "zei gisteren dat", "told a briefing that"; past a
    // prepositional phrase right after the cue (or after its inverted pronoun) a little further:
    // "schreef in een brief aan de Tweede Kamer dat", "eiste zij in een brief aan de Kamer dat"
    int pp = from < sentEnd && speakers.isPronoun(t, from) ? from + 1 : from;
    int window = pp < sentEnd && t.isWord(pp) && rules.is(t, pp, WordClass.PREPOSITION)
        && !rules.is(t, pp, WordClass.COMPLEMENTIZER) && !rules.is(t, pp, WordClass.INFINITIVE)
        ? PHRASE_COMPLEMENTIZER_WINDOW : COMPLEMENTIZER_WINDOW;
    for (int k = from; k < Math.min(sentEnd, from + window); k++) {
      if (!t.isWord(k) && !t.is(k, ',') && !t.is(k, '(') && !t.is(k, ')')
          || t.is(k, ',') && k + 1 < sentEnd && rules.is(t, k + 1, WordClass.CONJUNCTION) && !rules.is(t, k + 1, WordClass.COMPLEMENTIZER)) {
        break; // also a new clause: "Hij kan dat melden, en officieus wordt dat …"
      }
      boolean question = rules.is(t, k, WordClass.QUESTION_COMPLEMENTIZER) && kind != CueKind.NOMINAL
          && !(k + 1 < sentEnd && rules.is(t, k + 1, WordClass.INFINITIVE))
          && !(k + 1 < sentEnd && rules.is(t, k + 1, WordClass.COMPLEMENTIZER))
          && !(rules.is(t, k, WordClass.PREPOSITION) && k + 1 < sentEnd && rules.is(t, k + 1, WordClass.DETERMINER)
              && !speakers.isPronoun(t, k + 1))
          // a request for a plain noun asks nothing: "ber om tilbakeholdenhet"
          && !(kind == CueKind.DIRECTIVE && rules.is(t, k, WordClass.PREPOSITION) && k + 1 < sentEnd
              && t.isWord(k + 1) && !t.isCapitalized(k + 1) && !speakers.isPronoun(t, k + 1)
              && !rules.is(t, k + 1, WordClass.DETERMINER))
          && !(h.entry().stance() != Stance.QUESTION && (topicAfter(t, k, sentEnd) || nounBefore(t, from, k))) // "skriver om tallmagi og …"
          && (h.entry().stance() == Stance.ASSERT || h.entry().stance() == Stance.QUESTION || kind == CueKind.DIRECTIVE)
          && (rules.verbSecond || !clauseBefore(t, from, k)); // "said he would vote for it if …": a condition, no question
      if (innerComplementizer(t, h, k, from, sentStart)) {
        break; // "mener dette kosttilskuddet bidro til at …": the "at" of a preposition inside the clause
      }
      if (relativeAfterObject(t, k, from, sentEnd)) {
        break; // "announced measures that were designed to …": the object's relative clause, no content
      }
      if (question && negatedBefore(t, h, k, sentStart)) {
        return Optional.empty(); // "did not say whether …", "zei niet of …": nothing said, no question asked
      }
      // after a nominal cue only a complementizer that can be nothing else opens its clause at once
      // ("gjentok at …"), not one that may be an object ("noemde dat een …"); after a demand, one before
      // a clause's subject ("demanded that Russia pull back …")
      boolean pureComplementizer = !rules.is(t, k, WordClass.DETERMINER) && !rules.is(t, k, WordClass.RELATIVE)
          || h.entry().stance() == Stance.OTHER && k + 1 < sentEnd && t.isWord(k + 1)
              && (t.isCapitalized(k + 1) || speakers.isPronoun(t, k + 1) || rules.is(t, k + 1, WordClass.DETERMINER));
      if (rules.is(t, k, WordClass.COMPLEMENTIZER) && (kind != CueKind.NOMINAL || k > from || pureComplementizer) || question) {
        if ((kind == CueKind.SPEECH || kind == CueKind.COGNITION) && infinitiveBefore(t, from, k)) {
          // the clause is the object of an infinitive that the cue governs: "beloofde nog eens te kijken of …"
          return clause(t, h, t.nextWordFrom(from), sentStart, sentEnd, h.entry().stance());
        }
        if (kind == CueKind.NOMINAL) {
          return clause(t, h, k == from ? k + 1 : from, sentStart, sentEnd, h.entry().stance());
        }
        if (!rules.verbSecond && !question && k - 1 > from + 1 && t.isWord(k - 1) && rules.is(t, k - 1, WordClass.CONJUNCTION)
            && !rules.is(t, k - 1, WordClass.COMPLEMENTIZER) && t.isWord(from) && !rules.is(t, from, WordClass.PREPOSITION)) {
          // a clause without "that", then one with it: "said his comments were misconstrued and that he …"
          return clause(t, h, from, sentStart, sentEnd, h.entry().stance());
        }
        return clause(t, h, k + 1, sentStart, sentEnd, question ? Stance.QUESTION : h.entry().stance());
      }
      if (rules.cuesOf(t, k).size() > 0 && k > from) {
        break;
      }
    }
    if (kind == CueKind.DIRECTIVE) {
      if (h.particle() > h.last() && (infinitiveComplement(t, from, sentEnd)
          || from < sentEnd && t.isWord(from) && rules.is(t, from, WordClass.INFINITIVE) && !rules.is(t, from, WordClass.PREPOSITION))) {
        // the addressee stands before the particle: "riep Amerikanen op Oekraïne onmiddellijk te verlaten"
        return clause(t, h, from, sentStart, sentEnd, h.entry().stance());
      }
      for (int j = from + 2; h.particle() < 0 && j < Math.min(sentEnd - 1, from + COMPLEMENTIZER_WINDOW) && t.isWord(j); j++) {
        if (rules.is(t, j, WordClass.INFINITIVE) && !rules.is(t, j, WordClass.PREPOSITION) && rules.is(t, j - 1, WordClass.PREPOSITION)
            && !rules.is(t, j - 1, WordClass.VERB_PARTICLE) // "vroeg China om druk [uit] te oefenen": a separable verb's particle
            && !rules.is(t, j - 2, WordClass.ADVERB) && t.isWord(j + 1)) {
          return clause(t, h, j, sentStart, sentEnd, h.entry().stance()); // "oppfordret amerikanere til å forlate …"
        }
      }
      if (rules.is(t, h.token(), WordClass.REQUEST_VERB)) {
        return request(t, h, from, sentStart, sentEnd);
      }
      int k = from;
      int limit = Math.min(sentEnd, from + COMPLEMENTIZER_WINDOW);
      boolean addressee = from < sentEnd && t.isWord(from) && !rules.is(t, from, WordClass.DETERMINER)
          && (t.isCapitalized(from) || speakers.isPronoun(t, from) || rules.is(t, from, WordClass.OBJECT_PRONOUN));
      int opener = addressee ? openerAfterAddressee(t, from, sentEnd) : -1;
      for (int j = from; addressee && j < limit; j++) {
        if (rules.is(t, j, WordClass.INFINITIVE) && j + 1 < sentEnd && t.isWord(j + 1)) {
          k = j;
          break;
        }
      }
      if (opener >= 0) {
        k = opener;
      } else if (k == from) {
        int marker = infinitiveAfterAddressee(t, from, sentEnd);
        k = marker >= 0 ? marker : k;
      }
      if (k < sentEnd && t.isWord(k)) {
        return clause(t, h, k, sentStart, sentEnd, h.entry().stance());
      }
      return Optional.empty();
    }
    int opener = kind == CueKind.SPEECH && h.entry().stance() != Stance.ASSERT && rules.verbSecond && h.particle() < 0
        ? openerAfterAddressee(t, from, sentEnd) : -1;
    if (opener >= 0 && hasSubjectBefore(t, h, sentStart)) {
      // what is warned against, without whom: "advarte Russland mot [å invadere]", "waarschuwde Rusland om [Oekraïne niet binnen te vallen]"
      return clause(t, h, opener, sentStart, sentEnd, h.entry().stance());
    }
    // an infinitive complement sharing the speaker's subject: "Poetin zegt niet van plan te zijn …", after
    // adverbials that are no part of it: "Het Kremlin zei eerder op de dag [toegewijd te blijven aan …]"
    int lead = kind == CueKind.SPEECH ? afterAdverbials(t, from, sentEnd) : from;
    int complement = lead > from && lead < sentEnd && t.isWord(lead) && !rules.isFunctionWord(t, lead)
        && !rules.is(t, lead, WordClass.INFINITIVE) && infinitiveComplement(t, lead, sentEnd) ? lead
        // right after a separable verb's particle the marker may come first: "liet het bestuur weten [te stoppen]"
        : kind == CueKind.SPEECH && infinitiveComplement(t, h.particle() > h.last() ? from - 1 : from, sentEnd) ? from : -1;
    if (complement >= 0) {
      NounPhrase subject = speakers.subject(t, h, sentStart, sentEnd);
      if (subject != null && subject.end() <= h.token()) {
        return clause(t, h, complement, sentStart, sentEnd, h.entry().stance());
      }
    }
    if (kind == CueKind.COGNITION) {
      Optional<Draft> zero = withoutComplementizer(t, h, from, sentStart, sentEnd);
      if (zero.isPresent()) {
        return zero;
      }
    }
    if (kind == CueKind.COGNITION && h.token() > sentStart && (t.is(h.token() - 1, ',') || !rules.verbSecond && !t.hasWord(from, sentEnd))) {
      Optional<Draft> a = after(t, h, sentStart, sentEnd); // "…, mener han.", "…, she believes."
      if (a.isPresent()) {
        return a;
      }
    }
    if (kind == CueKind.NOMINAL || kind == CueKind.COGNITION) {
      Optional<Draft> d = clause(t, h, from, sentStart, sentEnd, h.entry().stance());
      d.ifPresent(x -> x.needsQuote = kind == CueKind.COGNITION
          || !containsComplementizer(t, t.tokenAt(x.start), t.tokenAt(x.end)));
      return d;
    }
    // a denial or warning of what follows: "has denied ever planning to attack"
    // (also a quote: "accused Trump of “trying …”")
    if (kind == CueKind.SPEECH && h.entry().stance() != Stance.ASSERT && from < sentEnd && (t.isWord(from) || t.opensQuote(from))
        && !rules.is(t, from, WordClass.PREPOSITION) && !rules.is(t, from, WordClass.CONJUNCTION)
        && hasSubjectBefore(t, h, sentStart)) {
      if (h.entry().stance() == Stance.QUESTION && asksToBeDone(t, from, sentEnd)) {
        return Optional.empty(); // "who asked not to be named": a request about the speaker, no content
      }
      // "asked the council to help …", "warned residents not to …": what is asked or warned of, without whom
      int marker = h.particle() < 0 && (h.entry().stance() == Stance.QUESTION || rules.is(t, h.token(), WordClass.ADDRESSEE_VERB))
          ? infinitiveAfterAddressee(t, from, sentEnd) : -1; // not "predicted prices to rise", "accused X of trying to …"
      if (marker >= 0) {
        Stance stance = h.entry().stance() == Stance.QUESTION ? Stance.OTHER : h.entry().stance(); // a request
        return clause(t, h, marker, sentStart, sentEnd, stance);
      }
      return clause(t, h, from, sentStart, sentEnd, h.entry().stance());
    }
    Optional<Draft> zero = withoutComplementizer(t, h, from, sentStart, sentEnd);
    if (zero.isPresent()) {
      return zero;
    }
    // attribution after its content: "…, meldt Interfax", "…, the ministry said"
    return after(t, h, sentStart, sentEnd);
  }

  /**
   * Whether the question complementizer at {@code k} is a preposition of the topic: a preposition
   * follows it ("skrev om på onsdag"), or a plain lower-case word that ends its phrase, before the
   * sentence's end, a comma, a conjunction or a preposition, so that no clause's verb follows
   * ("skriver om tallmagi og bioenergi i …", "avslører detaljer om sykdomsforløpet."; a question
   * has its verb: "sa ikke om regjeringen vil …").
   */
  private boolean topicAfter(Tokens t, int k, int sentEnd) {
    if (!rules.is(t, k, WordClass.PREPOSITION) || k + 1 >= sentEnd || !t.isWord(k + 1)) {
      return false;
    }
    int w = k + 1;
    if (rules.is(t, w, WordClass.PREPOSITION) && !rules.is(t, w, WordClass.INFINITIVE)) {
      return true;
    }
    if (t.isCapitalized(w) || rules.isFunctionWord(t, w) || rules.is(t, w, WordClass.ADVERB)) {
      return false;
    }
    int next = w + 1;
    return next >= sentEnd || !t.isWord(next) && !t.opensQuote(next)
        || rules.is(t, next, WordClass.CONJUNCTION) && !rules.is(t, next, WordClass.COMPLEMENTIZER)
        || rules.is(t, next, WordClass.PREPOSITION) && !rules.is(t, next, WordClass.INFINITIVE);
  }

  /**
   * Whether a plain lower-case word, no function word, adverb or negation, stands between the cue's end at
   * {@code from} and the question complementizer at {@code k}: the object whose preposition it is
   * ("mener historien om livet hans bør …", "avslører detaljer om …"; not "sa ikke/onsdag om …").
   */
  private boolean nounBefore(Tokens t, int from, int k) {
    if (!rules.is(t, k, WordClass.PREPOSITION)) {
      return false;
    }
    for (int j = from; j < k; j++) {
      if (t.isWord(j) && !t.isCapitalized(j) && !rules.isFunctionWord(t, j) && !rules.is(t, j, WordClass.ADVERB)
          && !rules.is(t, j, WordClass.NEGATION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [first, comma)} are a prepositional phrase with a clause inside it, no
   * clause of their own (verb-second languages): a preposition opens them and a complementizer comes
   * before any auxiliary ("Op de vraag of ze blij is dat …, antwoordt ze", "På spørsmål om …, svarer
   * han"; not "Op de provincies Drenthe en Limburg na is overal iets georganiseerd, aldus X").
   */
  private boolean prepositionalOpening(Tokens t, int first, int comma) {
    if (!t.isWord(first) || !rules.is(t, first, WordClass.PREPOSITION)) {
      return false;
    }
    for (int k = first + 1; k < comma; k++) {
      if (t.isWord(k) && rules.is(t, k, WordClass.AUXILIARY)) {
        return false;
      }
      if (t.isWord(k) && (rules.is(t, k, WordClass.COMPLEMENTIZER) || rules.is(t, k, WordClass.QUESTION_COMPLEMENTIZER))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the comma at {@code comma} parts the names of a list that runs up to the verb at
   * {@code verb}: a capitalised word before it, only capitalised words and a conjunction after it
   * ("Ap, SV og Sp svarer"). The comma is bounded by the attribution's look-back (eight tokens).
   */
  private boolean listComma(Tokens t, int comma, int verb) {
    if (comma < 1 || !t.isWord(comma - 1) || !t.isCapitalized(comma - 1)) {
      return false;
    }
    boolean conjunction = false;
    for (int k = comma + 1; k < verb; k++) {
      if (t.isWord(k) && rules.is(t, k, WordClass.CONJUNCTION) && !t.isCapitalized(k)) {
        conjunction = true;
      } else if (!t.isWord(k) || !t.isCapitalized(k)) {
        return false;
      }
    }
    return conjunction;
  }

  /**
   * Whether the complementizer at {@code k} follows an infinitive marker that is no preposition and
   * its verb ("te kijken of", "å undersøke om"), after the cue at {@code from}: the clause belongs
   * to that verb, the infinitive is the cue's complement. Not an adverb after the marker ("te vaak dat").
   */
  private boolean infinitiveBefore(Tokens t, int from, int k) {
    int marker = k - 2;
    return marker >= from && t.isWord(marker) && t.isWord(marker + 1) && rules.is(t, marker, WordClass.INFINITIVE)
        && !rules.is(t, marker, WordClass.PREPOSITION) && !t.isCapitalized(marker + 1) && !rules.isFunctionWord(t, marker + 1)
        && !rules.is(t, marker + 1, WordClass.ADVERB);
  }

  /** The most tokens of a directive's infinitive clause after the preposition that opens it ({@link #openerAfterAddressee}). */
  private static final int OPENED_CLAUSE_TOKENS = 12;

  /**
   * Where a directive's infinitive clause starts after its addressee at {@code from}: after a
   * preposition that ends the addressee's capitalised words (joined by a conjunction) or pronoun
   * and opens a clause whose infinitive marker follows within a few words ("vraagt Ron en Hermelien
   * om [Malfidus in de gaten te houden]", "vroeg hem om [de brug te repareren]"); -1 when none.
   */
  private int openerAfterAddressee(Tokens t, int from, int sentEnd) {
    int j = from;
    int addresseeEnd = Math.min(sentEnd, from + COMPLEMENTIZER_WINDOW); // a few words: the look-ahead stays bounded
    while (j < addresseeEnd && t.isWord(j) && (t.isCapitalized(j) && !rules.isFunctionWord(t, j) || speakers.isPronoun(t, j)
        || rules.is(t, j, WordClass.OBJECT_PRONOUN)
        || j > from && rules.is(t, j, WordClass.CONJUNCTION) && j + 1 < sentEnd && t.isCapitalized(j + 1))) {
      j++;
    }
    if (j == from || j + 1 >= sentEnd || !t.isWord(j) || !t.isWord(j + 1) || !rules.is(t, j, WordClass.PREPOSITION)
        || rules.is(t, j, WordClass.INFINITIVE)) {
      return -1;
    }
    for (int m = j + 1; m < Math.min(sentEnd - 1, j + 1 + OPENED_CLAUSE_TOKENS); m++) {
      if (!t.isWord(m) && !t.is(m, '-')) {
        return -1; // a comma or bracket first: no clause of the preposition's
      }
      if (rules.is(t, m, WordClass.INFINITIVE) && !rules.is(t, m, WordClass.PREPOSITION) && t.isWord(m + 1)) {
        return j + 1;
      }
    }
    return -1;
  }

  /**
   * What a {@link WordClass#REQUEST_VERB} asks, after its inverted subject and its addressee (a
   * pronoun, capitalised words or one plain noun): an infinitive without its marker, perhaps negated
   * ("ber regjeringen [stanse …]", "ba henne [ikke bekymre seg]"), or one after a preposition ("ba
   * ham om [å dra]"). A preposition with a thing asks for that thing, which is no statement ("ber om
   * nåde", "ba Nord-Korea om unnskyldning").
   */
  private Optional<Draft> request(Tokens t, CueFinder.Hit h, int from, int sentStart, int sentEnd) {
    NounPhrase subject = speakers.subject(t, h, sentStart, sentEnd);
    int k = subject != null && subject.start() == from ? t.nextWordFrom(subject.end()) : from;
    if (k >= sentEnd) {
      return Optional.empty();
    }
    if (rules.is(t, k, WordClass.PREPOSITION)) {
      return rules.is(t, k + 1, WordClass.INFINITIVE) ? clause(t, h, k + 1, sentStart, sentEnd, h.entry().stance()) : Optional.empty();
    }
    int opener = openerAfterAddressee(t, k, sentEnd);
    if (opener >= 0) {
      return clause(t, h, opener, sentStart, sentEnd, h.entry().stance());
    }
    int verb = k;
    if (t.isCapitalized(k) && !rules.isFunctionWord(t, k)) {
      int max = Math.min(sentEnd, k + COMPLEMENTIZER_WINDOW); // a few words: the look-ahead stays bounded
      while (verb < max && t.isWord(verb) && t.isCapitalized(verb) && !rules.isFunctionWord(t, verb)) {
        verb++; // "ber Ola og Kari" is left alone: a conjunction ends the addressee
      }
    } else if (speakers.isPronoun(t, k) || rules.is(t, k, WordClass.OBJECT_PRONOUN) || rules.is(t, k, WordClass.PRONOUN_FIRST)
        || rules.is(t, k, WordClass.PRONOUN_SECOND) || t.isWord(k) && !t.isCapitalized(k) && plainWord(t, k)) {
      verb = k + 1;
    }
    if (verb == k || verb + 1 >= sentEnd) {
      return Optional.empty();
    }
    int content = verb;
    if (rules.is(t, verb, WordClass.NEGATION)) {
      verb++;
    }
    if (!t.isWord(verb) || !plainWord(t, verb) || t.isCapitalized(verb)) {
      return Optional.empty();
    }
    return clause(t, h, content, sentStart, sentEnd, h.entry().stance());
  }

  /** The most words of an addressee before the infinitive marker of what it is asked to do. */
  private static final int DIRECTED_ADDRESSEE_WORDS = 8;

  /**
   * In a language whose object precedes the infinitive (not verb-second), the infinitive marker
   * (or the negation before it) after an addressee of a few words: "urged the residents of the
   * city [to leave]", "asked them [not to …]", "urged voters [to “vote …”]". No comma, clause word,
   * auxiliary or cue stands between; a "to" before an article or a name is a preposition inside the
   * addressee ("residents to the south"). -1 when there is none.
   */
  private int infinitiveAfterAddressee(Tokens t, int from, int sentEnd) {
    if (rules.verbSecond || from >= sentEnd || rules.is(t, from, WordClass.PREPOSITION)) {
      return -1; // "urged for the National Guard to be brought in": a clause of its own
    }
    for (int j = from; j < Math.min(sentEnd - 1, from + DIRECTED_ADDRESSEE_WORDS + 1); j++) {
      if (!t.isWord(j) || rules.is(t, j, WordClass.COMPLEMENTIZER) || rules.is(t, j, WordClass.RELATIVE)
          || rules.is(t, j, WordClass.QUESTION_COMPLEMENTIZER) || rules.is(t, j, WordClass.AUXILIARY)
          || rules.cuesOf(t, j).size() > 0 && !t.isCapitalized(j)) { // a name may hold one: "the United States …"
        return -1;
      }
      if (j > from && rules.is(t, j, WordClass.INFINITIVE)) {
        int verb = t.opensQuote(j + 1) ? j + 2 : j + 1;
        if (verb < sentEnd && t.isWord(verb) && !t.isCapitalized(verb) && !Character.isDigit(t.first(verb))
            && !rules.is(t, verb, WordClass.DETERMINER)
            && !speakers.isPronoun(t, verb)) {
          return rules.is(t, j - 1, WordClass.NEGATION) && j - 1 > from ? j - 1 : j;
        }
      }
    }
    return -1;
  }

  /**
   * Whether a passive infinitive follows a verb of asking at once, with no addressee between (a
   * negation aside): the speaker asks for something done to itself, "asked not to be named",
   * "asked to be identified only by his first name", which says nothing of the matter.
   */
  private boolean asksToBeDone(Tokens t, int from, int sentEnd) {
    int k = from;
    while (k < sentEnd && t.isWord(k) && rules.is(t, k, WordClass.NEGATION)) {
      k++;
    }
    return k + 1 < sentEnd && t.isWord(k) && t.isWord(k + 1) && rules.is(t, k, WordClass.INFINITIVE)
        && rules.is(t, k + 1, WordClass.PASSIVE_AUXILIARY);
  }

  /** The most tokens between a denial verb and the infinitive marker of what is refused. */
  private static final int REFUSAL_WINDOW = 4;

  /**
   * Whether a denial verb takes an infinitive of an action, not of a state or a past ("avviser
   * Solberg å svare", "nekter å kommentere": a refusal to act, no content; "benekter å ha hatt" is a
   * denial): the marker follows within a few words (an inverted subject, adverbs), and no
   * auxiliary after it.
   */
  private boolean refusal(Tokens t, CueFinder.Hit h, int sentEnd) {
    if (h.entry().stance() != Stance.DENY || h.particle() >= 0 || h.entry().kind() != CueKind.SPEECH) {
      return false;
    }
    for (int k = h.end() + 1; k < Math.min(sentEnd - 1, h.end() + 1 + REFUSAL_WINDOW) && t.isWord(k); k++) {
      if (rules.is(t, k, WordClass.INFINITIVE) && !rules.is(t, k, WordClass.PREPOSITION)) {
        return t.isWord(k + 1) && !rules.is(t, k + 1, WordClass.AUXILIARY) && !rules.isFunctionWord(t, k + 1);
      }
      if (!(rules.is(t, k, WordClass.ADVERB) || rules.is(t, k, WordClass.NEGATION) || speakers.isPronoun(t, k)
          || t.isCapitalized(k) && !rules.isFunctionWord(t, k) || !rules.isFunctionWord(t, k) && k > h.end() + 1)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, to)} hold a subject pronoun and an auxiliary: a clause of its own
   * ("he would only vote for it"), after which "if" or "whether" opens a condition, not a question.
   */
  private boolean clauseBefore(Tokens t, int from, int to) {
    boolean subject = false;
    for (int k = from; k < to; k++) {
      if (t.isWord(k) && speakers.isPronoun(t, k) && !rules.is(t, k, WordClass.DETERMINER)) {
        subject = true;
      } else if (subject && t.isWord(k) && rules.is(t, k, WordClass.AUXILIARY)) {
        return true;
      }
    }
    return false;
  }

  /** The most tokens of adverbials between a speech verb and its infinitive complement. */
  private static final int MAX_ADVERBIALS = 14;

  /**
   * The token after the adverbs and prepositional phrases that follow a cue at {@code from}
   * ("eerder op de dag", "na afloop van het gesprek met zijn Russische ambtgenoot Lavrov"): a
   * preposition, a determiner or possessive, nationality words, one word and the capitalised words
   * of a name after it; {@code from} when none stand there. A negation ends them: "niet van plan".
   * The complement starts with a content word after them, not a conjunction ("om de havens in het
   * zuiden en een aantal eilanden te bezetten" is a purpose clause) nor its infinitive marker ("van
   * plan te zijn" is the complement).
   */
  private int afterAdverbials(Tokens t, int from, int sentEnd) {
    int limit = Math.min(sentEnd, from + MAX_ADVERBIALS);
    int k = from;
    while (k < limit && t.isWord(k) && !rules.is(t, k, WordClass.NEGATION)) {
      if (rules.is(t, k, WordClass.ADVERB) && !rules.is(t, k, WordClass.PREPOSITION) && !t.isCapitalized(k)) {
        k++;
        continue;
      }
      if (!rules.is(t, k, WordClass.PREPOSITION) || rules.is(t, k, WordClass.INFINITIVE)) {
        break;
      }
      int j = k + 1;
      if (j < limit && t.isWord(j) && (rules.is(t, j, WordClass.DETERMINER) || rules.is(t, j, WordClass.POSSESSIVE))) {
        j++;
      }
      while (j < limit && t.isWord(j) && rules.is(t, j, WordClass.NATIONALITY)) {
        j++;
      }
      if (j >= limit || !t.isWord(j) || rules.isFunctionWord(t, j) || rules.is(t, j, WordClass.DETERMINER)
          || rules.is(t, j, WordClass.INFINITIVE)) {
        break;
      }
      j++;
      while (j < limit && t.isWord(j) && t.isCapitalized(j) && !rules.isFunctionWord(t, j)) {
        j++; // "ambtgenoot Lavrov"
      }
      k = j;
    }
    return k;
  }

  /**
   * Whether an infinitive marker that is no preposition ("te", "å", not "to") follows the cue
   * closely, after at least one word and before any comma, complementizer or other cue, is not
   * led by a preposition, and is followed by a lower-case word.
   */
  private boolean infinitiveComplement(Tokens t, int from, int sentEnd) {
    for (int k = from; k < Math.min(sentEnd - 1, from + COMPLEMENTIZER_WINDOW + 1); k++) {
      if (!t.isWord(k)) {
        return false;
      }
      if (rules.is(t, k, WordClass.COMPLEMENTIZER) || rules.cuesOf(t, k).size() > 0) {
        return false;
      }
      if (k > from && rules.is(t, k, WordClass.INFINITIVE) && !rules.is(t, k, WordClass.PREPOSITION)) {
        // not a purpose clause ("om … te", "for å") nor an adjective's complement ("villig til å")
        // (a separable verb's particle is no preposition there: "een motie in te dienen")
        return !(rules.is(t, k - 1, WordClass.PREPOSITION) && !rules.is(t, k - 1, WordClass.VERB_PARTICLE))
            && t.isWord(k + 1) && !t.isCapitalized(k + 1);
      }
    }
    return false;
  }

  /**
   * A reported clause without its complementizer: "he said Russia would …", also after a time or
   * an addressee ("said on Tuesday there were", "told reporters he would"); in a verb-second
   * language only after a subject that opens the sentence and with an auxiliary in the clause
   * ("Han mener partiet snart må …"), since a subject may follow the verb there.
   */
  private Optional<Draft> withoutComplementizer(Tokens t, CueFinder.Hit h, int from, int sentStart, int sentEnd) {
    CueKind kind = h.entry().kind();
    if (!rules.dropsComplementizer || !(kind == CueKind.SPEECH || kind == CueKind.COGNITION)
        || rules.is(t, h.token(), WordClass.OBJECT_VERB)) {
      return Optional.empty(); // "posted a podcast dedicated to …": a thing posted, no clause
    }
    if (kind == CueKind.COGNITION && !rules.verbSecond && !namedSubjectOpensSentence(t, h, sentStart)) {
      // a view without "that" only of one the sentence opens with, by name or title ("Some scientists
      // believe the first fliers were …"), not a pronoun's inside what someone said ("said they believed …")
      return Optional.empty();
    }
    int number = rules.verbSecond ? -1 : numberAfterLead(t, from, sentEnd); // "said at least 71 people were …"
    int time = number >= 0 ? from : afterTime(t, from, sentEnd);
    // a prepositional phrase: "said in May the …", "said late Sunday the …", "said at a press conference the …";
    // the clause after it needs an auxiliary, and a comma after it a phrase with a determiner ("said in a
    // statement, X would …", not "when she asked for help, I …"), else the phrase's words may be an object's
    int phrase = rules.verbSecond || number >= 0 ? time : afterPhrase(t, time, sentEnd);
    boolean crossed = phrase > time;
    if (crossed && phrase < sentEnd && t.is(phrase, ',') && !hasDeterminer(t, time, phrase)) {
      return Optional.empty();
    }
    time = phrase;
    if (!rules.verbSecond && time > from && time + 1 < sentEnd && t.is(time, ',')) {
      time++; // "said on Sunday, the 36 people had been …", "said in a statement, Navalny would …"
    }
    boolean addresseeVerb = rules.is(t, h.token(), WordClass.ADDRESSEE_VERB);
    int k = afterAddressee(t, time, sentEnd, addresseeVerb);
    if (k >= sentEnd || !t.isWord(k) || number < 0 && (rules.is(t, k, WordClass.PREPOSITION) || rules.is(t, k, WordClass.CONJUNCTION))
        || addresseeVerb && k == time && onlyAddressee(t, k, sentEnd)) {
      return Optional.empty();
    }
    int end = clauseEnd(t, k, sentEnd);
    if (h.token() > sentStart && t.is(h.token() - 1, ',') && onlyNamesSomeone(t, from, clauseEnd(t, from, sentEnd), addresseeVerb)) {
      return Optional.empty(); // "The ship was hijacked, said the Maritime Bulletin on Tuesday.": who said it, not what
    }
    // a second-person pronoun names no speaker but may be a clause's subject: "They say you can be …"
    boolean subjectWord = !rules.isFunctionWord(t, k) || rules.is(t, k, WordClass.PRONOUN_SECOND);
    int subjectAt = k;
    while (!subjectWord && subjectAt + 2 < end && !t.isCapitalized(subjectAt) && plainAdverb(t, subjectAt) && t.isWord(subjectAt + 1)) {
      subjectAt++; // an adverb before the clause's subject: "mener spesielt språkklimaet har …", "reports only 0.5% of … comes"
      subjectWord = !rules.isFunctionWord(t, subjectAt) || rules.is(t, subjectAt, WordClass.PRONOUN_SECOND);
    }
    boolean opens = rules.verbSecond
        ? (subjectOpensSentence(t, h, sentStart) || secondVerbOfSubject(t, h, sentStart)) && (subjectWord && hasAuxiliary(t, subjectAt + 1, end)
            || !demonstrativeSubject(t, h, sentStart) && (subjectWord || rules.is(t, subjectAt, WordClass.DETERMINER) || speakers.isPronoun(t, subjectAt)) && verbAfterSubject(t, subjectAt, end))
        : t.isCapitalized(subjectAt) || speakers.isPronoun(t, subjectAt) || rules.is(t, subjectAt, WordClass.DETERMINER)
            || countedClause(t, number >= 0 ? number : subjectAt, sentEnd) // "said 68 people were missing", "said about 20 were"
            || existentialClause(t, subjectAt, end) // "said there’s no danger", "told reporters there were …"
            || subjectWord && subjectAt + 1 < end && t.isWord(subjectAt + 1) && rules.is(t, subjectAt + 1, WordClass.AUXILIARY) // "said diplomacy was"
            || subjectWord && auxiliaryAfterSubject(t, subjectAt, end); // "said water bombing by aircraft was"
    if (opens && kind == CueKind.COGNITION && !rules.verbSecond && !auxiliaryAfterSubject(t, subjectAt, end)) {
      opens = false; // a view needs a clause with its verb: "believes the sanctions are illegal", not "expected the result, with …"
    }
    if (opens && (!crossed || hasAuxiliary(t, k + 1, end)) && hasSubjectBefore(t, h, sentStart)
        && t.hasWord(k + 1, end) // not a lone word: "he told Wikinews."
        && !attributionAhead(t, k, end)) {
      return clause(t, h, k, sentStart, sentEnd, h.entry().stance());
    }
    return Optional.empty();
  }

  /**
   * Whether the words from {@code k} are an attribution set off by commas, a subject and its speech
   * verb (no participle after an auxiliary) right before a comma, within {@value #SUBJECT_WORDS}
   * words: "agreed on Wednesday to a truce, Qatar said, in a deal …" reports no clause "Qatar said".
   */
  private boolean attributionAhead(Tokens t, int k, int end) {
    for (int j = k + 1; j + 1 < Math.min(end, k + SUBJECT_WORDS + 2) && t.isWord(j); j++) {
      if (t.is(j + 1, ',') && !rules.cues(t, j).isEmpty() && !rules.is(t, j - 1, WordClass.AUXILIARY)
          && !rules.is(t, j - 1, WordClass.PASSIVE_AUXILIARY)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words from {@code k} are a subject and an auxiliary within {@value #SUBJECT_WORDS}
   * words, before any punctuation, pronoun, conjunction or word that opens a clause of its own: a
   * clause whose subject is a noun phrase ("said most of the injured were minors"), not a clause
   * inside an object ("announced measures that were …", "said goodbye before he was …"), an
   * embedded question ("confirmed what work the crew was doing", "announces where four orbiters
   * will …": a determiner or number after the first word, other than after a preposition: "most of
   * the injured"; an interrogative: "explains what the site is") or one after an addressee ("told reporters today …", "telling him his brother was …").
   */
  private boolean auxiliaryAfterSubject(Tokens t, int k, int end) {
    if (rules.is(t, k, WordClass.OBJECT_PRONOUN)) {
      return false;
    }
    for (int j = k; j < Math.min(end, k + SUBJECT_WORDS); j++) {
      if (!t.isWord(j) || speakers.isPronoun(t, j) || rules.is(t, j, WordClass.RELATIVE) || rules.is(t, j, WordClass.COMPLEMENTIZER)
          || rules.is(t, j, WordClass.QUESTION_COMPLEMENTIZER) || rules.is(t, j, WordClass.CONJUNCTION)
          || rules.is(t, j, WordClass.AUDIENCE) || rules.is(t, j, WordClass.INTERROGATIVE)
          || j > k && (Character.isDigit(t.first(j))
              || rules.is(t, j, WordClass.DETERMINER) && !rules.is(t, j - 1, WordClass.PREPOSITION))) {
        return false;
      }
      if (j > k && (rules.is(t, j, WordClass.AUXILIARY) || pastVerb(t, j, end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code k} is a past-tense verb that ends a subject before it ("fishermen first
   * [noticed] the boat", "18 people [died]"): not a participle that modifies the noun before it,
   * which a preposition, an agent or an infinitive follows ("measures designed to …", "people
   * injured in the blast"), nor an adjective after a number or a function word ("21 confirmed
   * cases", "discovery of wrecked subs").
   */
  private boolean pastVerb(Tokens t, int k, int end) {
    return pastAfterNoun(t, k) && (k + 1 >= end || !t.isWord(k + 1)
        || !rules.is(t, k + 1, WordClass.PREPOSITION) && !rules.is(t, k + 1, WordClass.INFINITIVE) && !rules.is(t, k + 1, WordClass.AGENT));
  }

  /**
   * Whether a short subject at {@code k} (a pronoun, a name or noun, or a determiner and its noun:
   * "partiet", "dette kosttilskuddet", "de") is followed by a plain word that may be the clause's
   * finite verb and then by more of the clause: "mener [partiet bidro til …]", "tror [det går bra]",
   * in a verb-second language where the clause's verb comes second. Not an object with a
   * prepositional phrase or adverb ("mener alvor med dette", "tror det ikke"), nor a lone adverb.
   */
  private boolean verbAfterSubject(Tokens t, int k, int end) {
    if (rules.is(t, k, WordClass.ADVERB) || rules.is(t, k, WordClass.NEGATION) || rules.is(t, k, WordClass.OBJECT_PRONOUN)) {
      return false;
    }
    int j = k + 1;
    if (rules.is(t, k, WordClass.DETERMINER) && !speakers.isPronoun(t, k) && j < end && t.isWord(j) && !t.isCapitalized(j)
        && !rules.isFunctionWord(t, j) && j + 1 < end && t.isWord(j + 1) && !rules.isFunctionWord(t, j + 1)) {
      j++; // "dette kosttilskuddet bidro"
    }
    return j + 1 < end && t.isWord(j) && t.isWord(j + 1) && !t.isCapitalized(j) && !rules.isFunctionWord(t, j)
        && !Character.isDigit(t.first(j)) && !rules.is(t, j, WordClass.ADVERB);
  }

  /** Whether the cue's subject is a lone demonstrative or neuter pronoun: "Det bekreftet X etter …" (the subject follows). */
  private boolean demonstrativeSubject(Tokens t, CueFinder.Hit h, int sentStart) {
    int first = SpeakerResolver.firstWord(t, sentStart);
    return h.token() == first + 1 && (rules.is(t, first, WordClass.DETERMINER) || rules.is(t, first, WordClass.PRONOUN_NEUTER));
  }

  /** How many words a subject without a complementizer may run to before its auxiliary. */
  private static final int SUBJECT_WORDS = 5;

  /**
   * Whether tokens {@code [from, end)} name someone who speaks (a name, or a title or organisation
   * with a definite article) and at most prepositional phrases after it, without an auxiliary: a
   * speaker, and when or where, but no clause and no object ("declared a state of emergency",
   * "announced the end of his campaign"); or someone between commas before more of the clause, unless
   * {@code addresseeVerb} makes the phrase the one spoken to.
   */
  private boolean onlyNamesSomeone(Tokens t, int from, int end, boolean addresseeVerb) {
    Optional<NounPhrase> np = speakers.after(t, from, end);
    if (np.isEmpty() || np.get().start() != from || np.get().kind() == NounPhrase.Kind.DESCRIPTION
        || np.get().kind() == NounPhrase.Kind.PRONOUN || rules.is(t, from, WordClass.INDEFINITE)
        || rules.is(t, from, WordClass.POSSESSIVE)) {
      return false;
    }
    int k = np.get().end();
    if (k + 1 < end && t.is(k, ',')) {
      if (!addresseeVerb && t.isWord(k + 1) && !rules.is(t, k + 1, WordClass.PREPOSITION)) {
        // "Most donors, said Smith, are required to …": an attribution inside the clause it reports
        // (after "told" the phrase is the addressee: "X told CNN, neighbours tried to …")
        return true;
      }
      k++; // "…, said Smith, to the delight of critics."
    }
    if (k < end && !(t.isWord(k) && rules.is(t, k, WordClass.PREPOSITION))) {
      return false;
    }
    return !hasAuxiliary(t, k, end);
  }

  /** Whether a clause opens at {@code k} with an existential subject and a form of "be": "there were", "there’s". */
  private boolean existentialClause(Tokens t, int k, int end) {
    return rules.is(t, k, WordClass.EXISTENTIAL) && (rules.is(t, k, WordClass.AUXILIARY)
        || k + 1 < end && t.isWord(k + 1) && rules.is(t, k + 1, WordClass.AUXILIARY));
  }

  /** Whether token {@code k} is a past tense after a plain word, not after a number or function word. */
  private boolean pastAfterNoun(Tokens t, int k) {
    return rules.isPastTense(t, k) && t.isWord(k - 1) && !Character.isDigit(t.first(k - 1)) && !rules.isFunctionWord(t, k - 1)
        && !rules.is(t, k - 1, WordClass.DETERMINER);
  }

  /**
   * Whether a clause opens with a number and the noun it counts and has an auxiliary before its
   * end ("68 people were missing", "24 people have been hospitalised") or a past-tense verb after
   * at most a few plain words ("18 people died"), unlike a counted object
   * ("announced three days of mourning", "in 2019, two months after").
   */
  private boolean countedClause(Tokens t, int from, int sentEnd) {
    if (!Character.isDigit(t.first(from)) || from + 1 >= sentEnd || !t.isWord(from + 1) || t.isCapitalized(from + 1)) {
      return false;
    }
    int end = clauseEnd(t, from, sentEnd);
    for (int k = from + 2; k < Math.min(end, from + SUBJECT_WORDS); k++) {
      if (pastAfterNoun(t, k)) {
        return true; // "said 18 people died in …", "said 128 vaccination teams participated" (a participle: "12 people injured in the blast were …")
      }
      if (!t.isWord(k) || t.isCapitalized(k) || rules.isFunctionWord(t, k)) {
        break;
      }
    }
    return hasAuxiliary(t, from + 2, end);
  }

  private boolean hasSubjectBefore(Tokens t, CueFinder.Hit h, int sentStart) {
    return speakers.subject(t, h, sentStart, t.sentenceEnd(t.sentence(h.token()))) != null;
  }

  private Optional<Draft> clause(Tokens t, CueFinder.Hit h, int from, int sentStart, int sentEnd, Stance stance) {
    int scanFrom = from;
    if (from + 1 < sentEnd && t.is(from, ',') && t.isWord(from + 1)) {
      // an aside opens the clause between commas: "said that, as president, he should be immune": the
      // clause starts after the first comma and goes on past the second
      from++;
      for (int k = from + 1; k < Math.min(sentEnd, from + ASIDE_WORDS); k++) {
        if (t.is(k, ',')) {
          scanFrom = k + 1;
          break;
        }
        if (!t.isWord(k)) {
          break;
        }
      }
    }
    int end = Math.max(from, clauseEnd(t, Math.max(from, scanFrom), sentEnd, from < sentEnd && frontedClause(t, from)));
    if (end <= from || onlyAPronoun(t, from, end) || onlyAdverbs(t, from, end)) {
      return Optional.empty();
    }
    NounPhrase speaker = speakers.subject(t, h, sentStart, sentEnd);
    int start = from;
    if (speaker != null && speaker.start() == from && t.hasWord(speaker.end(), end)) {
      start = t.nextWordFrom(speaker.end()); // the inverted subject is no part of what it says: "waarschuwt Lode [voor …]"
    }
    Draft d = new Draft(StatementType.INDIRECT, t.start(start), t.end(end - 1));
    d.cue = h;
    d.stance = stance;
    d.speaker = speaker;
    return Optional.of(d);
  }

  /** The most words of an aside between commas that opens a reported clause. */
  private static final int ASIDE_WORDS = 8;

  /**
   * Whether tokens {@code [from, end)} are a neuter pronoun or demonstrative with only adverbs or a
   * negation after it ("ontkent het weliswaar", "bekreftet det ikke"), perhaps before the one spoken
   * to ("avkrefter dette overfor avisen"): an object that says nothing.
   */
  private boolean onlyAPronoun(Tokens t, int from, int end) {
    if (!t.isWord(from) || !rules.is(t, from, WordClass.PRONOUN_NEUTER) && !rules.is(t, from, WordClass.DETERMINER)
        || rules.is(t, from, WordClass.COMPLEMENTIZER)) {
      return false;
    }
    int k = from + 1;
    while (k < end && (!t.isWord(k) || rules.is(t, k, WordClass.ADVERB) || rules.is(t, k, WordClass.NEGATION))) {
      k++;
    }
    return k == end || rules.is(t, k, WordClass.ADDRESSEE) && k + 1 < end && t.isWord(k + 1)
        && (t.isCapitalized(k + 1) || rules.is(t, k + 1, WordClass.DETERMINER));
  }

  /**
   * Whether tokens {@code [from, end)} hold no word but adverbs and a negation: what follows a
   * demonstrative read as a complementizer says nothing ("Wijngaards bestrijdt dat niet, maar …").
   */
  private boolean onlyAdverbs(Tokens t, int from, int end) {
    for (int k = from; k < end; k++) {
      if (t.isWord(k) && !rules.is(t, k, WordClass.ADVERB) && !rules.is(t, k, WordClass.NEGATION)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a source that a comma ends at {@code end} ends without a time after a preposition at its
   * end: "According to officials on Saturday, …" is the officials; {@code end} itself when no comma
   * ends the source ({@code end == sentEnd}) or no time ends it.
   */
  private int withoutTimeAtEnd(Tokens t, int from, int end, int sentEnd) {
    if (end >= sentEnd) {
      return end;
    }
    int k = end - 1;
    while (k > from && t.isWord(k) && rules.is(t, k, WordClass.ADVERB) && !rules.is(t, k, WordClass.PREPOSITION) && k >= end - 2) {
      k--;
    }
    return k < end - 1 && k > from && t.isWord(k) && rules.is(t, k, WordClass.PREPOSITION) ? k : end;
  }

  private Optional<Draft> source(Tokens t, CueFinder.Hit h, int sentStart, int sentEnd) {
    int sourceEnd = sentEnd;
    // the source opens its clause at the start of the sentence or after a conjunction: "…, men
    // ifølge flere medier skal besøket ha …", "…, but according to the report the virus …"
    // (also between commas: "…, but, according to his agent, Hunter had …")
    int beforeSource = h.token() - 2 > sentStart && t.is(h.token() - 1, ',') ? h.token() - 2 : h.token() - 1;
    boolean opensClause = SpeakerResolver.firstWord(t, sentStart) == h.token()
        || beforeSource > sentStart && t.isWord(beforeSource) && rules.is(t, beforeSource, WordClass.CONJUNCTION);
    // or after a complementizer, when a comma ends the source: "Wikinews has learned that according to
    // a posting, the site …" (not the pronoun of "a big factor in that according to X.")
    boolean afterComplementizer = !opensClause && !rules.verbSecond && h.token() - 1 > sentStart && t.isWord(h.token() - 1)
        && rules.is(t, h.token() - 1, WordClass.COMPLEMENTIZER);
    if ((opensClause || afterComplementizer) && !verbAfterSource(t, h, sentEnd)) {
      for (int k = h.last() + 1; k < Math.min(sentEnd, h.last() + LONG_SOURCE_TOKENS); k++) {
        if (k >= h.last() + SOURCE_TOKENS && !nameLike(t, k)) {
          break; // past the usual length only the words of names and bodies: "According to X of the police of the Y Region in Z, …"
        }
        if (t.is(k, ',')) {
          sourceEnd = k; // "According to the WHO's situation report dated March 16, the virus …"
          opensClause = true;
          break;
        }
        if (finiteVerbAfterSource(t, h, k)) {
          break; // the clause goes on with its verb: "Volgens Van 't Hof is de sluiting, waarvoor …, de druppel"
        }
      }
    }
    int until = withoutTimeAtEnd(t, h.last() + 1, sourceEnd, sentEnd);
    int pronoun = h.last() + 1;
    int head = afterElidedCompound(t, pronoun, until);
    Optional<NounPhrase> src = objectPronoun(t, pronoun, sentEnd)
        ? Optional.of(new NounPhrase(pronoun, pronoun + 1, pronoun, pronoun, pronoun, pronoun, NounPhrase.Kind.PRONOUN))
        : until < sentEnd
        ? speakers.afterSourceWord(t, head, until).map(np -> speakers.analyse(t, np.start(), until).orElse(np))
        : speakers.afterSourceWord(t, head, sentEnd);
    if (src.isEmpty() || namesNoSource(t, src.get())) {
      return Optional.empty();
    }
    src = Optional.of(author(t, src.get(), until));
    if (opensClause && until < sentEnd && src.get().kind() == NounPhrase.Kind.TITLE && !src.get().hasName()) {
      // a title, then its name between commas: "According to the firm's chief executive, Jan Berg, the plant …"
      src = speakers.withAppositionName(t, src.get(), sentEnd);
    }
    int afterSource = afterBrackets(t, src.get().end(), sentEnd);
    if (until < sourceEnd && afterSource == until) {
      afterSource = sourceEnd; // past the time the source was given at
    }
    int subject = titledSubjectInSource(t, src.get(), afterSource, sentEnd);
    if (opensClause && until == sentEnd && subject > src.get().start()) {
      // no comma, and a verb right after a body's name, a title and a name: the titled name is the
      // clause's subject ("According to the Arts Index Professor Chomsky is the most cited …")
      src = speakers.analyse(t, src.get().start(), subject).map(np -> author(t, np, subject));
      if (src.isEmpty()) {
        return Optional.empty();
      }
      afterSource = subject;
    }
    if (opensClause && rules.verbSecond) {
      afterSource = afterCoordinatedSource(t, afterSource, sentEnd);
    }
    Draft d;
    if (opensClause) {
      int from = afterSource < sentEnd && t.is(afterSource, ',') ? afterSource + 1 : afterSource;
      from = afterApposition(t, from, sentEnd); // "According to UpGuard, a cybersecurity firm, two databases …"
      from = afterRelativeClause(t, from, sentEnd); // "According to Interfax, which cited the ministry, the units …"
      from = afterPlaceApposition(t, src.get(), from, sentEnd); // "According to police in Baytown, Texas, …"
      int end = clauseEnd(t, from, sentEnd);
      if (end <= from) {
        return Optional.empty();
      }
      d = new Draft(StatementType.INDIRECT, t.start(from), t.end(end - 1));
    } else if (h.token() > sentStart && t.is(h.token() - 1, ',') && !clauseGoesOn(t, afterSource, sentEnd)
        && !openingPhraseBefore(t, sentStart, h.token() - 1, afterSource, sentEnd)) {
      int end = trimEnd(t, sentStart, h.token() - 1);
      d = new Draft(StatementType.INDIRECT, t.start(SpeakerResolver.firstWord(t, sentStart)), t.end(end - 1));
    } else if (afterSource + 1 < sentEnd && t.is(afterSource, ',') && t.isWord(afterSource + 1)
        && !openingPhraseBefore(t, sentStart, h.token() - 1, afterSource, sentEnd)
        && (speakers.isPronoun(t, afterSource + 1) && !rules.is(t, afterSource + 1, WordClass.DETERMINER)
            || rules.is(t, afterSource + 1, WordClass.RELATIVE) && !rules.is(t, afterSource + 1, WordClass.COMPLEMENTIZER))
        && t.hasWord(sentStart, h.token())) {
      // the source closes the clause before it and a new clause or a relative follows:
      // "Magnitude 6.3 according to the institute, it was …", "… were affected according to the report, which …"
      int end = trimEnd(t, sentStart, h.token());
      d = new Draft(StatementType.INDIRECT, t.start(SpeakerResolver.firstWord(t, sentStart)), t.end(end - 1));
    } else {
      int end = trimEnd(t, sentStart, sentEnd);
      d = new Draft(StatementType.INDIRECT, t.start(SpeakerResolver.firstWord(t, sentStart)), t.end(end - 1));
    }
    d.cue = h;
    d.stance = h.entry().stance();
    d.speaker = src.get();
    return Optional.of(d);
  }

  /** The most tokens of a source phrase before its comma, and of one whose words past that all belong to names of people and bodies. */
  private static final int SOURCE_TOKENS = 14;
  private static final int LONG_SOURCE_TOKENS = 24;

  /** Whether token {@code k} may be a word of a name of someone or a body: a capital, a preposition, an article, a conjunction, a title or a body's noun; or a comma. */
  private boolean nameLike(Tokens t, int k) {
    return t.is(k, ',') || t.isWord(k) && (t.isCapitalized(k) || rules.is(t, k, WordClass.PREPOSITION) || rules.is(t, k, WordClass.DETERMINER)
        || rules.is(t, k, WordClass.CONJUNCTION) || rules.isTitle(t, k) || rules.isOrganisation(t, k));
  }

  /**
   * Where a title and name that end a source phrase start, when capitalised words of a body stand
   * before the title inside it and a finite verb follows the phrase at {@code next} (in a language
   * that is not verb-second): that title and name are the subject of the reported clause; else -1.
   */
  private int titledSubjectInSource(Tokens t, NounPhrase src, int next, int sentEnd) {
    if (rules.verbSecond || !src.hasName() || !src.hasTitle() || src.titleEnd() > src.nameStart() || src.nameEnd() != src.end()
        || next >= sentEnd || !t.isWord(next) || !(rules.is(t, next, WordClass.AUXILIARY) || rules.isPastTense(t, next))) {
      return -1;
    }
    for (int k = src.start(); k < src.titleStart(); k++) {
      if (t.isWord(k) && t.isCapitalized(k) && !rules.is(t, k, WordClass.DETERMINER)) {
        return src.titleStart();
      }
    }
    return -1;
  }

  /**
   * Whether, in a verb-second language, the source phrase after the cue ends before a word that is
   * no comma: the clause's verb follows the fronted source at once ("Ifølge CNN varte møtet …, før
   * …"), and a comma further on is the clause's, not the end of a long source phrase.
   */
  private boolean verbAfterSource(Tokens t, CueFinder.Hit h, int sentEnd) {
    if (!rules.verbSecond) {
      return false;
    }
    int head = afterElidedCompound(t, h.last() + 1, sentEnd);
    Optional<NounPhrase> src = speakers.afterSourceWord(t, head, sentEnd);
    if (src.isEmpty()) {
      return false;
    }
    int next = afterBrackets(t, src.get().end(), sentEnd);
    // a relative clause goes on with the source: "Volgens een rapport dat maandag is verschenen, is …"
    return next < sentEnd && t.isWord(next) && !rules.is(t, next, WordClass.CONJUNCTION)
        && !rules.is(t, next, WordClass.RELATIVE) && !rules.is(t, next, WordClass.COMPLEMENTIZER);
  }

  /**
   * After a fronted source in a verb-second language, the token after a second source coordinated
   * with it ("Ifølge partiets generalsekretær og lederen i LO kan staten …": the clause starts at
   * "kan"); else {@code k}.
   */
  private int afterCoordinatedSource(Tokens t, int k, int sentEnd) {
    if (k + 1 >= sentEnd || !t.isWord(k) || !rules.is(t, k, WordClass.CONJUNCTION) || rules.is(t, k, WordClass.COMPLEMENTIZER)) {
      return k;
    }
    Optional<NounPhrase> second = speakers.afterSourceWord(t, k + 1, sentEnd);
    if (second.isEmpty() || second.get().start() != k + 1 || speakers.isPronoun(t, k + 1)) {
      return k;
    }
    return afterBrackets(t, second.get().end(), sentEnd);
  }

  /**
   * Whether token {@code k}, after a sentence-initial source word, is the clause's finite auxiliary
   * in a verb-second language ("Volgens X is …", "Ifølge X er …"): no determiner ("zijn"), and no
   * relative or complementizer between, whose clause it would end ("Volgens een rapport dat … is
   * verschenen, …").
   */
  private boolean finiteVerbAfterSource(Tokens t, CueFinder.Hit h, int k) {
    if (!rules.verbSecond || k == h.last() + 1 || !t.isWord(k) || !rules.is(t, k, WordClass.AUXILIARY)
        || rules.is(t, k, WordClass.DETERMINER)) {
      return false;
    }
    for (int j = h.last() + 1; j < k; j++) {
      if (t.isWord(j) && (rules.is(t, j, WordClass.RELATIVE) || rules.is(t, j, WordClass.COMPLEMENTIZER))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The token after the region or country of a place that ends the source ("police in Baytown,
   * Texas,": one or two capitalised words between commas after a place preposition and a name);
   * else {@code from}.
   */
  private int afterPlaceApposition(Tokens t, NounPhrase src, int from, int sentEnd) {
    int last = src.end() - 1;
    if (from == src.end() || last - 1 < src.start() || !t.isCapitalized(last) || !rules.is(t, last - 1, WordClass.PLACE_PREPOSITION)) {
      return from;
    }
    for (int k = from; k < Math.min(sentEnd - 1, from + 3); k++) {
      if (t.is(k, ',')) {
        return k > from ? k + 1 : from;
      }
      if (!t.isWord(k) || !t.isCapitalized(k) || rules.isFunctionWord(t, k)) {
        return from;
      }
    }
    return from;
  }

  /** The most tokens of a bracket after a source's name: "(Sp)", "(38)", "(H-Oslo)". */
  private static final int SHORT_BRACKET = 5;

  /** The token after a short bracket at {@code k} that says more of the source ("X (Sp) må …"); else {@code k}. */
  private static int afterBrackets(Tokens t, int k, int sentEnd) {
    if (k >= sentEnd || !t.is(k, '(')) {
      return k;
    }
    for (int j = k + 1; j < Math.min(sentEnd, k + SHORT_BRACKET); j++) {
      if (t.is(j, ')')) {
        return j + 1;
      }
    }
    return k;
  }

  /**
   * The head of a source phrase that opens with the first half of a compound whose head it shares
   * with the next word ("landbruks- og matminister X": the source is "matminister X"); else {@code k}.
   */
  private int afterElidedCompound(Tokens t, int k, int end) {
    if (k + 2 < end && t.isWord(k) && t.is(k + 1, '-') && t.isWord(k + 2) && rules.is(t, k + 2, WordClass.CONJUNCTION)) {
      return k + 3;
    }
    if (k + 1 < end && t.isWord(k) && t.lower(k).endsWith("-") && rules.is(t, k + 1, WordClass.CONJUNCTION)) {
      return k + 2;
    }
    return k;
  }

  /**
   * The token after an apposition that describes the source, when one stands at {@code from}: a
   * few words up to the next comma, with a title or organisation noun and no verb ("a cybersecurity
   * firm,", "the agency's spokesman,"); else {@code from}.
   */
  /** The most tokens of a relative clause between commas that describes a source. */
  private static final int RELATIVE_CLAUSE_TOKENS = 12;

  /**
   * Where the reported clause starts after a relative clause at {@code from} that describes the
   * source between commas: "Volgens Interfax, dat zich baseert op het ministerie, gaat het om …",
   * "According to Interfax, which cited the ministry, the units …"; {@code from} itself otherwise.
   */
  private int afterRelativeClause(Tokens t, int from, int sentEnd) {
    if (from >= sentEnd || !t.isWord(from) || t.isCapitalized(from) || !rules.is(t, from, WordClass.RELATIVE)) {
      return from;
    }
    for (int k = from + 1; k < Math.min(sentEnd, from + RELATIVE_CLAUSE_TOKENS); k++) {
      if (t.is(k, ',')) {
        return k + 1 < sentEnd && t.isWord(k + 1) ? k + 1 : from;
      }
      if (!t.isWord(k)) {
        return from;
      }
    }
    return from;
  }

  private int afterApposition(Tokens t, int from, int sentEnd) {
    boolean describes = false;
    for (int k = from; k < Math.min(sentEnd, from + 7); k++) {
      if (t.is(k, ',')) {
        int next = k + 1; // and the clause after it, no more of the phrase before: "a host, such as Facebook, must …"
        boolean subject = next < sentEnd && t.isWord(next) && !rules.is(t, next, WordClass.PREPOSITION)
            && !rules.is(t, next, WordClass.ADVERB) && !rules.is(t, next, WordClass.CONJUNCTION) && !rules.is(t, next, WordClass.RELATIVE);
        return describes && subject && k > from ? next : from;
      }
      if (!t.isWord(k) && t.first(k) != '\'' && t.first(k) != '\u2019' || rules.is(t, k, WordClass.AUXILIARY)
          || !rules.cuesOf(t, k).isEmpty() || rules.is(t, k, WordClass.COMPLEMENTIZER)) {
        return from;
      }
      // in a verb-second language a name between commas after the fronted source is its name, as the
      // verb comes next: "Volgens het Spaanse luchthavenbedrijf, AENA, hadden er …"
      describes |= rules.isTitle(t, k) || rules.isOrganisation(t, k) || rules.verbSecond && t.isCapitalized(k);
    }
    return from;
  }

  /**
   * Whether token {@code k} is a person's object pronoun standing alone: "volgens hem is …", "according
   * to him, …", also inside its clause ("wordt volgens hem te veel gezien"). One that may be a
   * possessive too ("haar", "her") stands alone only before a verb, an adverb or the clause's end,
   * not before a noun ("volgens haar advocaat").
   */
  private boolean objectPronoun(Tokens t, int k, int sentEnd) {
    if (k >= sentEnd || !t.isWord(k) || !rules.is(t, k, WordClass.OBJECT_PRONOUN)) {
      return false;
    }
    boolean possessive = rules.is(t, k, WordClass.DETERMINER) || rules.is(t, k, WordClass.POSSESSIVE);
    return !possessive || k + 1 >= sentEnd || !t.isWord(k + 1) || rules.is(t, k + 1, WordClass.AUXILIARY)
        || rules.is(t, k + 1, WordClass.ADVERB) && !rules.is(t, k + 1, WordClass.DETERMINER) || rules.is(t, k + 1, WordClass.NEGATION);
  }

  /** The most words of a phrase that opens a sentence before an attribution between commas. */
  private static final int OPENING_PHRASE_WORDS = 10;

  /**
   * Whether an attribution set off by commas (the first at {@code comma}, the second at
   * {@code afterSource}) stands between a phrase that opens the sentence and the clause it reports:
   * "At 2:45 a.m., his office said, he died …", "Longer term, according to X, the goal is …". The
   * phrase before has no comma, no auxiliary or past tense, and opens with a preposition or an adverb or is two words at most;
   * the clause after opens with an article, a pronoun or a capital (not a language that is verb-second).
   */
  private boolean openingPhraseBefore(Tokens t, int sentStart, int comma, int afterSource, int sentEnd) {
    int first = SpeakerResolver.firstWord(t, sentStart);
    int next = afterSource + 1;
    if (rules.verbSecond || first >= comma || !t.is(comma, ',') || !t.is(afterSource, ',') || next >= sentEnd || !t.isWord(next)
        || !(rules.is(t, next, WordClass.DETERMINER) || speakers.isPronoun(t, next) || t.isCapitalized(next))
        || rules.is(t, next, WordClass.RELATIVE) || rules.is(t, next, WordClass.CONJUNCTION) || !t.hasWord(next + 1, sentEnd)) {
      return false;
    }
    int words = 0;
    for (int k = first; k < comma; k++) {
      if (t.is(k, ',') || t.is(k, ';') || t.opensQuote(k)) {
        return false;
      }
      if (t.isWord(k) && (rules.is(t, k, WordClass.AUXILIARY) || rules.isPastTense(t, k))) {
        return false; // a clause of its own: "At least 17 people died and 35 were rescued, according to …"
      }
      words += t.isWord(k) ? 1 : 0;
    }
    boolean opener = rules.is(t, first, WordClass.PREPOSITION) && !rules.is(t, first, WordClass.CONJUNCTION)
        && !rules.is(t, first, WordClass.COMPLEMENTIZER) || rules.is(t, first, WordClass.ADVERB) && !rules.is(t, first, WordClass.DETERMINER);
    return words <= OPENING_PHRASE_WORDS && (opener || words <= 2 && rules.cuesOf(t, first).isEmpty());
  }

  /**
   * Whether the clause goes on after a source phrase set off by commas in its middle: "The talks,
   * according to a diplomat, ended without agreement", "De gesprekken zijn, volgens een diplomaat,
   * zonder akkoord geëindigd". Not when what follows the comma starts a clause of its own or says
   * more of the source ("…, according to police, who …", "…, and …", "…, assistant professor of …", "…, the
   * ministry's spokesman, …").
   */
  private boolean clauseGoesOn(Tokens t, int afterSource, int sentEnd) {
    int next = afterSource + 1;
    if (!t.is(afterSource, ',') || next >= sentEnd || !t.isWord(next) || t.isCapitalized(next)) {
      return false;
    }
    if (rules.is(t, next, WordClass.AUXILIARY)) {
      return !t.is(sentEnd - 1, '?'); // the finite verb, also where it doubles as a possessive: "De gesprekken, zei een diplomaat, zijn …"
    }
    return !rules.is(t, next, WordClass.RELATIVE) && !rules.is(t, next, WordClass.CONJUNCTION)
        && !rules.is(t, next, WordClass.DETERMINER) && !rules.is(t, next, WordClass.COMPLEMENTIZER)
        && !rules.isTitle(t, next) && !(next + 1 < sentEnd && t.isWord(next + 1) && rules.isTitle(t, next + 1))
        && rules.cuesOf(t, next).isEmpty() && !speakers.isPronoun(t, next) && !t.is(sentEnd - 1, '?');
  }

  /**
   * The author of a text named as the source, when an agent phrase follows it: "according to a
   * tweet on Monday by Mike Pompeo" is Pompeo's, "a statement released by …" its author's; else
   * the phrase itself.
   */
  private NounPhrase author(Tokens t, NounPhrase src, int limit) {
    if (src.hasName() || src.kind() == NounPhrase.Kind.PRONOUN) {
      return src;
    }
    int k = src.end();
    if (k + 1 < limit && rules.is(t, k, WordClass.PREPOSITION) && t.isCapitalized(k + 1) && rules.is(t, k + 1, WordClass.ADVERB)) {
      k += 2; // "on Monday"
    }
    if (k + 1 < limit && t.isWord(k) && !t.isCapitalized(k) && !rules.isFunctionWord(t, k) && !rules.is(t, k, WordClass.DETERMINER)
        && rules.is(t, k + 1, WordClass.AGENT)) {
      k++; // a participle: "a statement released by her family"
    }
    if (k + 1 < limit && t.isWord(k) && rules.is(t, k, WordClass.AGENT)) {
      Optional<NounPhrase> agent = speakers.after(t, k + 1, limit);
      if (agent.isPresent() && agent.get().hasName()) {
        NounPhrase a = agent.get();
        return new NounPhrase(src.start(), a.end(), a.nameStart(), a.nameEnd(), a.titleStart(), a.titleEnd(), a.kind());
      }
    }
    return src;
  }

  /**
   * Whether a word that may be a complementizer or a relative pronoun ("that") is the relative
   * pronoun of a noun before it, as the subject of its clause: right after a word of the verb's
   * object that is no adverb, and right before an auxiliary ("measures that were designed"), where a
   * complementizer would be followed by the clause's subject.
   */
  private boolean relativeAfterObject(Tokens t, int k, int from, int sentEnd) {
    return k > from && k + 1 < sentEnd && rules.is(t, k, WordClass.COMPLEMENTIZER) && rules.is(t, k, WordClass.RELATIVE)
        && t.isWord(k - 1) && !rules.is(t, k - 1, WordClass.ADVERB) && !rules.isFunctionWord(t, k - 1)
        && t.isWord(k + 1) && rules.is(t, k + 1, WordClass.AUXILIARY) && !rules.is(t, k + 1, WordClass.DETERMINER);
  }

  /**
   * Whether a complementizer after a preposition belongs to that preposition inside the reported
   * clause, not to the cue: in a verb-second language, after a subject that opens the sentence,
   * when the clause after the cue opens with its own subject, not with a preposition or addressee
   * ("Legene mener dette kosttilskuddet bidro til at …"; not "sa til NTB at", "advarte om at").
   */
  private boolean innerComplementizer(Tokens t, CueFinder.Hit h, int k, int from, int sentStart) {
    return rules.verbSecond && k - 1 > from + 1 && rules.is(t, k, WordClass.COMPLEMENTIZER) && rules.is(t, k - 1, WordClass.PREPOSITION)
        && t.isWord(from) && !rules.is(t, from, WordClass.PREPOSITION) && !rules.is(t, from, WordClass.ADVERB)
        && !rules.is(t, from, WordClass.NEGATION) && !t.isCapitalized(from) && subjectOpensSentence(t, h, sentStart);
  }

  /** The most plain words after a source phrase that may still be its head noun ("het rk kerkelijk recht"). */
  private static final int SOURCE_HEAD_WORDS = 2;

  /**
   * Whether a source phrase names a rule or text rather than someone: "volgens de wet", "according
   * to plan"; also when the rule is the head of a compound ("het Goede Vrijdag-akkoord", "de
   * VOV-methode") or stands a plain word or two past the phrase read ("volgens het rk kerkelijk recht").
   */
  private boolean namesNoSource(Tokens t, NounPhrase np) {
    if (np.kind() == NounPhrase.Kind.TITLE && np.titleEnd() < np.end() && t.isWord(np.titleEnd())
        && !rules.is(t, np.titleEnd(), WordClass.PREPOSITION) && !t.isCapitalized(np.titleEnd())) {
      return false; // the title's postmodifier may name a plan: "according to officials familiar with the plans"
    }
    int limit = Math.min(t.size(), np.end() + SOURCE_HEAD_WORDS);
    for (int k = np.start(); k < limit; k++) {
      if (k >= np.end() && (!t.isWord(k) || t.isCapitalized(k) || rules.isFunctionWord(t, k))) {
        return false;
      }
      if (t.isWord(k) && (rules.is(t, k, WordClass.NOT_A_SOURCE) || compoundHeadIsNoSource(t, k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} is a compound whose lower-case head after a hyphen names a rule or text ("VOV-methode"). */
  private boolean compoundHeadIsNoSource(Tokens t, int k) {
    String w = t.word(k);
    int hyphen = w.lastIndexOf('-');
    return hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(hyphen + 1))
        && rules.is(w.substring(hyphen + 1), WordClass.NOT_A_SOURCE);
  }

  private Optional<Draft> after(Tokens t, CueFinder.Hit h, int sentStart, int sentEnd) {
    if (h.token() > sentStart && t.isWord(h.token() - 1) && rules.is(t, h.token() - 1, WordClass.INFINITIVE)) {
      return Optional.empty(); // "…, for å si det enkelt": an infinitive attributes nothing
    }
    int comma = -1;
    for (int k = h.token() - 1; k >= sentStart && k >= h.token() - 8; k--) {
      if (t.is(k, ',')) {
        comma = k;
        break;
      }
      if (!t.isWord(k)) {
        return Optional.empty();
      }
    }
    int first = afterClosedQuote(t, SpeakerResolver.firstWord(t, sentStart), comma);
    if (comma < 0 || comma <= first) {
      return Optional.empty();
    }
    for (int k = comma + 1; k < h.token(); k++) {
      if (rules.is(t, k, WordClass.COMPLEMENTIZER) && !rules.is(t, k, WordClass.DETERMINER)) {
        return Optional.empty(); // "…, til tross for at hun skulle ha svart": the cue is inside a clause of its own
      }
      if (rules.is(t, k, WordClass.RELATIVE) && h.entry().stance() != Stance.DENY && !rules.verbSecond) {
        // "…, which state media said were under control", "…, who adds the visual aspect": the cue is in a
        // relative clause about the phrase before the comma and reports no clause before it ("…, which he
        // denied" does deny it); in a verb-second language the relative may be "as" ("…, som hun sa")
        return Optional.empty();
      }
    }
    boolean afterAuxiliary = t.isWord(h.token() - 1) && rules.is(t, h.token() - 1, WordClass.AUXILIARY);
    for (int k = comma + 1; afterAuxiliary && k < h.token() - 1; k++) {
      if (!rules.cuesOf(t, k).isEmpty() && !t.isCapitalized(k)) {
        return Optional.empty(); // "…, said Russia had added troops": the comma is another verb's, this one is inside its clause
      }
    }
    Optional<NounPhrase> who = quotes.speakerNear(t, h, comma + 1, sentEnd);
    if (who.isEmpty()) {
      return Optional.empty();
    }
    if (who.get().start() > h.token() && (rules.is(t, h.token(), WordClass.OBJECT_VERB)
        || !rules.verbSecond && rules.is(t, h.token(), WordClass.ADDRESSEE_VERB))) {
      // "Winner of the race, Cherono, posted a time of …": its object follows, no speaker; "X, a
      // lawyer, told the BBC …": the one spoken to follows, the speaker stands before
      return Optional.empty();
    }
    if (!rules.verbSecond && who.get().start() > h.token() && who.get().kind() == NounPhrase.Kind.PRONOUN
        && rules.is(t, who.get().start(), WordClass.PRONOUN_NEUTER)) {
      return Optional.empty(); // "…, with X having declared it on his blog": "it" after the verb is its object, no inverted subject
    }
    if (who.get().start() > h.token() && t.isWord(h.token() - 1) && rules.is(t, h.token() - 1, WordClass.AUXILIARY)) {
      return Optional.empty(); // "Local authorities, in Jakarta, have noted other data": the subject stands before, no speaker after
    }
    if (rules.verbSecond && who.get().start() < h.token() && (listComma(t, comma, h.token()) || who.get().start() == comma + 1)) {
      // "… helt til Ap, SV og Sp svarer.": the comma is the list's, the list the verb's subject; in a
      // verb-second language an attribution after its content puts the verb first ("…, zei Terlouw"),
      // and a subject right after the comma opens a main clause of its own ("…, Terlouw benadrukte
      // een liberalere profilering"), unlike "…, som hun sa", "…, slik Aftenposten skrev"
      return Optional.empty();
    }
    int rest = Math.max(h.end(), who.get().end() - 1) + 1;
    int colon = rest;
    while (colon < Math.min(t.size(), rest + 2) && t.isWord(colon)) {
      colon++; // "…, svarte Bråthen slik: …", "…, sa han følgende: …"
    }
    if (colon < t.size() && t.is(colon, ':')) {
      return Optional.empty(); // "I intervjuet med avisen, sa Djuvik: …": the colon announces the words, what stands before is none
    }
    if (!rules.verbSecond && rest + 1 < sentEnd && t.isWord(rest) && rules.is(t, rest, WordClass.INFINITIVE) && t.isWord(rest + 1)
        && !t.isCapitalized(rest + 1) && !rules.isFunctionWord(t, rest + 1) && !rules.is(t, rest + 1, WordClass.AUDIENCE)) {
      return Optional.empty(); // "…, the Sams continued to shun …": the verb goes on to an infinitive, it attributes nothing before it
    }
    if (rest + 1 < sentEnd && t.is(rest, ',') && (clauseGoesOn(t, rest, sentEnd) || openingPhraseBefore(t, sentStart, comma, rest, sentEnd))
        && !rules.is(t, rest + 1, WordClass.PREPOSITION)
        && !rules.is(t, comma - 1, WordClass.CONJUNCTION) && !rules.is(t, comma + 1, WordClass.CONJUNCTION)) {
      // an attribution between commas inside the clause it reports: "The decision, officials said, was final"
      // (not one that goes on with its addressee, "…, bekrefter forlagssjef X, overfor Dagbladet", nor "as he said")
      int clause = first;
      for (int k = comma - 1; k > first; k--) {
        if (t.is(k, ';')) {
          clause = SpeakerResolver.firstWord(t, k + 1); // "…; they had, his father says, paid …": the clause after the semicolon
          break;
        }
      }
      Draft d = new Draft(StatementType.INDIRECT, t.start(clause), t.end(trimEnd(t, clause, sentEnd) - 1));
      d.cue = h;
      d.stance = h.entry().stance();
      d.speaker = who.get();
      return Optional.of(d);
    }
    boolean shortClause = comma - first == 3 && t.isWord(first) && t.isWord(first + 2) && rules.is(t, first + 1, WordClass.AUXILIARY);
    if (comma - first < 4 && !shortClause || rules.verbSecond && prepositionalOpening(t, first, comma)) {
      return Optional.empty(); // too short to be a clause, but for a subject, its auxiliary and verb: "Skatten må økes, sier Ap."
    }
    if (rest < sentEnd && t.isWord(rest) && !rules.is(t, rest, WordClass.PREPOSITION)
        && !rules.is(t, rest, WordClass.CONJUNCTION) && !(rules.is(t, rest, WordClass.ADVERB) && !rules.is(t, rest, WordClass.FOCUS))
        && !rules.is(t, rest, WordClass.ADDRESSEE) && sentEnd - rest > 4) {
      // the verb goes on to its own object: "X, a spokesman, told AFP the victim …", "…, but the paper reports only 0.5% …"
      return Optional.empty();
    }
    int end = trimEnd(t, first, comma);
    Draft d = new Draft(StatementType.INDIRECT, t.start(first), t.end(end - 1));
    d.cue = h;
    d.stance = h.entry().stance();
    d.speaker = who.get();
    return Optional.of(d);
  }

  /**
   * The first word after the last quotation that closes before {@code comma} when a new capitalised
   * sentence follows it in the same sentence span ("«… (...)» Et alvorlig brudd på taushetsplikten,
   * mener advokaten.": the quote is someone else's); {@code first} when there is none.
   */
  private static int afterClosedQuote(Tokens t, int first, int comma) {
    for (int k = comma - 2; k > first; k--) {
      char c = t.first(k);
      if (!t.isWord(k) && (c == '\u201d' || c == '\u00bb' || c == '"') && !t.opensQuote(k) && t.isWord(k + 1) && t.isCapitalized(k + 1)) {
        return k + 1;
      }
    }
    return first;
  }

  /** Whether a speech verb (not a source phrase) follows within a few words, all of them words. */
  private boolean ownCueFollows(Tokens t, int from, int sentEnd) {
    for (int k = from; k < Math.min(sentEnd, from + 6); k++) {
      if (!t.isWord(k)) {
        return false;
      }
      List<org.whosaid.spi.CueEntry> c = rules.cuesOf(t, k);
      if (!c.isEmpty() && c.get(0).kind() != CueKind.SOURCE_BEFORE && (k == from || !t.isCapitalized(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean containsComplementizer(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isWord(k) && rules.is(t, k, WordClass.COMPLEMENTIZER) && !rules.is(t, k, WordClass.RELATIVE)) {
        return true;
      }
      if (t.isWord(k) && rules.is(t, k, WordClass.COMPLEMENTIZER) && k > from && t.isWord(k - 1)
          && !rules.is(t, k - 1, WordClass.DETERMINER) && k + 1 < to && t.isWord(k + 1)
          && (t.isCapitalized(k + 1) || speakers.isPronoun(t, k + 1))) {
        return true; // "guarantees … that Kyiv will", not "that" as a determiner
      }
    }
    return false;
  }

  /** Whether a short phrase and a speech verb follow: "…, Interfax Ukraine news agency reported." */
  private boolean attributionFollows(Tokens t, int from, int sentEnd) {
    for (int k = from; k < Math.min(sentEnd, from + 7); k++) {
      if (!t.isWord(k)) {
        return false;
      }
      if (k > from && !rules.cuesOf(t, k).isEmpty() && rules.cuesOf(t, k).get(0).kind() == CueKind.SPEECH) {
        return true;
      }
    }
    return false;
  }


  /** One past the last token of the clause that starts at {@code from}. */
  /** The first token after a time adverbial at {@code from} ("Tuesday", "on Tuesday", "yesterday"), or {@code from}. */
  private int afterTime(Tokens t, int from, int sentEnd) {
    int k = from;
    if (k + 1 < sentEnd && rules.is(t, k, WordClass.PREPOSITION) && t.isCapitalized(k + 1) && rules.is(t, k + 1, WordClass.ADVERB)) {
      k++; // "on Tuesday"
    }
    // (a focus particle is the clause's own: "saying only this group …")
    return k < sentEnd && t.isWord(k) && rules.is(t, k, WordClass.ADVERB) && !rules.is(t, k, WordClass.FOCUS) && (k > from || t.isCapitalized(k) || k + 1 < sentEnd
        && (t.isCapitalized(k + 1) || speakers.isPronoun(t, k + 1) || rules.is(t, k + 1, WordClass.DETERMINER))) ? k + 1 : from;
  }

  /** The most tokens of a prepositional phrase between a speech verb and its clause ({@link #afterPhrase}). */
  private static final int PHRASE_TOKENS = 8;

  /**
   * Past the adverbs and prepositional phrases between a speech verb and a clause without a
   * complementizer: "in May", "at a press conference", "late on Tuesday", "from the city's main
   * square": a preposition, a determiner or possessive, then either capitalised words (a name or a
   * date, also "May") or up to three plain lower-case words; {@code from} when none stand there. Capitals after
   * the plain words open the clause ("at the meeting Smith would …").
   */
  private int afterPhrase(Tokens t, int from, int sentEnd) {
    int limit = Math.min(sentEnd, from + PHRASE_TOKENS);
    int k = from;
    while (k < limit && t.isWord(k)) {
      if (rules.is(t, k, WordClass.ADVERB) && !rules.is(t, k, WordClass.PREPOSITION) && !speakers.isPronoun(t, k)
          && !rules.is(t, k, WordClass.INTERROGATIVE) && !rules.is(t, k, WordClass.FOCUS) && !(k + 1 < limit && speakers.isPronoun(t, k + 1))) {
        k++; // not a subordinator before its subject: "when she …", "since he …"
        continue;
      }
      if (!rules.is(t, k, WordClass.PREPOSITION) || rules.is(t, k, WordClass.QUESTION_COMPLEMENTIZER)
          || rules.is(t, k, WordClass.AGENT) // a passive's agent speaks itself: "was confirmed by his son, X"
          || rules.is(t, k, WordClass.INFINITIVE) && k + 1 < limit && t.isWord(k + 1) && !t.isCapitalized(k + 1)
              && !rules.is(t, k + 1, WordClass.DETERMINER) && !rules.is(t, k + 1, WordClass.POSSESSIVE)) {
        break; // not an infinitive: "were told to stay …"
      }
      int j = k + 1;
      if (j < limit && t.isWord(j) && (rules.is(t, j, WordClass.DETERMINER) || rules.is(t, j, WordClass.POSSESSIVE))
          && !speakers.isPronoun(t, j)) {
        j++;
      }
      int body = j;
      boolean names = j < limit && t.isWord(j) && t.isCapitalized(j);
      while (j < limit && t.isWord(j) && (names ? t.isCapitalized(j) && !speakers.isPronoun(t, j) && !rules.is(t, j, WordClass.DETERMINER)
          : plainWord(t, j) && !t.isCapitalized(j) && j - body < 3)) {
        j++;
      }
      if (j == body || !names && j < limit && t.isWord(j) && plainWord(t, j) && !t.isCapitalized(j)) {
        break; // no end in sight: "with highest youth suicide rates had …"
      }
      k = j;
    }
    return k;
  }

  /** Whether a determiner or possessive stands in tokens {@code [from, to)}. */
  private boolean hasDeterminer(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isWord(k) && (rules.is(t, k, WordClass.DETERMINER) || rules.is(t, k, WordClass.POSSESSIVE))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number that a short lead of lower-case words brings in at {@code from} ("at least 71",
   * "more than 100", "about 20", "nearly 3,000"), or -1: the counted subject of a clause.
   */
  private int numberAfterLead(Tokens t, int from, int sentEnd) {
    for (int k = from; k < Math.min(sentEnd, from + 3); k++) {
      if (!t.isWord(k) || t.isCapitalized(k)) {
        return -1;
      }
      if (Character.isDigit(t.first(k))) {
        return k > from ? k : -1;
      }
      if (!rules.is(t, k, WordClass.PREPOSITION) && !rules.is(t, k, WordClass.FOCUS) && (rules.isFunctionWord(t, k) || rules.is(t, k, WordClass.ADVERB)
          || rules.is(t, k, WordClass.INTERROGATIVE))) { // not an embedded question: "announced where 4 orbiters will …"
        return -1;
      }
    }
    return -1;
  }

  /** How many words an addressee's name or noun may run to ("The Jakarta Post", "an audience"). */
  private static final int ADDRESSEE_WORDS = 4;

  /**
   * Whether the words from {@code k}, right after a verb whose object is the one spoken to, are
   * only that addressee: capitalised words or an {@link WordClass#AUDIENCE} noun, perhaps after a
   * determiner, then a preposition or the sentence's end: "tells Wikinews about the ants", "told an
   * audience at her session", "told The Jakarta Post." name whom, not what.
   */
  private boolean onlyAddressee(Tokens t, int k, int sentEnd) {
    int j = k;
    if (rules.is(t, j, WordClass.DETERMINER) && !speakers.isPronoun(t, j)) {
      j++;
    }
    int name = j;
    while (j < Math.min(sentEnd, name + ADDRESSEE_WORDS) && t.isWord(j) && plainWord(t, j)
        && (t.isCapitalized(j) || j == name && rules.is(t, j, WordClass.AUDIENCE))) {
      j++;
    }
    return j > name && (j >= sentEnd || t.is(j, '.') || t.isWord(j) && rules.is(t, j, WordClass.PREPOSITION)
        && !rules.is(t, j, WordClass.INFINITIVE));
  }

  /**
   * Past the addressee between a speech verb and a clause without a complementizer: a name of one
   * or two capitalised words or an {@link WordClass#AUDIENCE} noun, then a pronoun or determiner
   * that opens the clause ("told reporters he would", "told AFP the ministry had") or, after an
   * {@link WordClass#ADDRESSEE_VERB}, a lower-case subject before its auxiliary ("told The Jakarta
   * Post radio broadcasts were"); {@code from}
   * itself when no such words stand there.
   */
  private int afterAddressee(Tokens t, int from, int sentEnd, boolean addresseeVerb) {
    int k = from;
    boolean determiner = k < sentEnd && t.isWord(k) && rules.is(t, k, WordClass.DETERMINER) && !speakers.isPronoun(t, k);
    if (determiner) {
      k++; // "told the BBC the …"
    }
    if (k + 1 < sentEnd && t.isWord(k) && t.isWord(k + 1) && !t.isCapitalized(k) && plainWord(t, k)
        && !rules.is(t, k, WordClass.AUDIENCE) && rules.is(t, k + 1, WordClass.AUDIENCE)) {
      k++; // an adjective before the audience: "told local media the …"
    }
    int named = k;
    // lower-case words, the first perhaps a capital's compound adjective ("Brussels-based media network EURACTIV")
    while (named < Math.min(sentEnd - 1, k + 3) && t.isWord(named) && plainWord(t, named)
        && (!t.isCapitalized(named) || named == k && hyphenatedModifier(t, named))) {
      named++;
    }
    if (named > k && t.isWord(named) && t.isCapitalized(named) && rules.isOrganisation(t, named - 1)
        && !SpeakerResolver.isGenitive(t, named)) { // not the clause's own subject: "told local media Adamowicz's heart was …"
      k = named; // the kind of body before its name: "told broadcaster NOS he …", "told news agency Reuters the …"
    }
    // one word, or two capitalised ones ("told Sky News the …"), never a clause's subject and verb ("said Bolton broke the law")
    for (int words = 0; words < 2 && k < sentEnd && t.isWord(k) && plainWord(t, k)
        && (words == 0 ? t.isCapitalized(k) || rules.is(t, k, WordClass.AUDIENCE) : t.isCapitalized(k) && t.isCapitalized(k - 1));
        words++) {
      k++;
      int c = k;
      while (addresseeVerb && c < sentEnd && t.isWord(c) && !t.isCapitalized(c) && rules.is(t, c, WordClass.ADVERB)) {
        c++; // a time after the addressee: "told reporters today psychiatric tests will be …"
      }
      if (c < sentEnd && t.isWord(c) && (speakers.isPronoun(t, c) || rules.is(t, c, WordClass.DETERMINER)
          || existentialClause(t, c, sentEnd)
          // an acronym spoken to, then a name of two words or more and its verb: "told NPR Hamza bin Laden
          // had appeared in …" (not "told BBC News every claim will …")
          || addresseeVerb && words == 0 && c == k && t.acronym(k - 1) && t.isCapitalized(c) && !t.acronym(c)
              && c + 1 < sentEnd && t.isWord(c + 1) && (t.isCapitalized(c + 1) || SpeakerResolver.particleInName(t, rules, c + 1, sentEnd))
              && auxiliaryAfterSubject(t, c, sentEnd)
          // a subject without a determiner and its auxiliary: "told Agence France-Presse arson has been used"
          || addresseeVerb && !t.isCapitalized(c) && plainWord(t, c) && !SpeakerResolver.particleInName(t, rules, c, sentEnd)
              && auxiliaryAfterSubject(t, c, sentEnd)
          // an owner's name opens the subject: "told local media Adamowicz's heart was restarted"
          || addresseeVerb && t.isCapitalized(c) && SpeakerResolver.isGenitive(t, c) && auxiliaryAfterSubject(t, c, sentEnd))) {
        return c;
      }
      if (addresseeVerb && !rules.verbSecond && c + 2 < sentEnd && t.is(c, ',') && t.isWord(c + 1) && !rules.is(t, c + 1, WordClass.INDEFINITE)
          && !rules.is(t, c + 1, WordClass.CONJUNCTION) && !rules.is(t, c + 1, WordClass.COMPLEMENTIZER) && !rules.is(t, c + 1, WordClass.PREPOSITION)
          && (speakers.isPronoun(t, c + 1) || rules.is(t, c + 1, WordClass.DETERMINER) || t.isCapitalized(c + 1)
              || plainWord(t, c + 1) && auxiliaryAfterSubject(t, c + 1, sentEnd))) {
        return c + 1; // a comma after the one spoken to: "told CNN, neighbours tried to …", "told The Huffington Post, US ozone has …"
      }
    }
    return from;
  }

  /** Whether token {@code k} ends in a lower-case word after a hyphen: "Brussels-based", "Kremlin-backed". */
  private static boolean hyphenatedModifier(Tokens t, int k) {
    char[] c = t.chars();
    int hyphen = t.end(k) - 2;
    while (hyphen > t.start(k) && c[hyphen] != '-') {
      hyphen--;
    }
    return hyphen > t.start(k) && hyphen + 1 < t.end(k) && Character.isLowerCase(c[hyphen + 1]) && Character.isLowerCase(c[t.end(k) - 1]);
  }

  /**
   * The sentence before, reported by a sentence that opens with a demonstrative and the verb: "Dat
   * meldt persbureau Reuters.", "Det opplyser Forsvarsdepartementet i en pressemelding." (verb-second
   * languages, where the subject follows); empty when the cue stands elsewhere.
   */
  /** The most tokens from "Dat" to the participle of "Dat heeft X gezegd", its subject and a time between. */
  private static final int PERFECT_SUBJECT_TOKENS = 9;

  /** Whether tokens {@code [from, to)} are all words. */
  private static boolean allWords(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.isWord(k)) {
        return false;
      }
    }
    return true;
  }

  /** The fewest words of a sentence that a following "Dat meldt X" reports. */
  private static final int MIN_REPORTED_WORDS = 3;

  private Optional<Draft> sentenceBefore(Tokens t, CueFinder.Hit h, int s, int sentStart, int sentEnd) {
    int first = SpeakerResolver.firstWord(t, sentStart);
    // the perfect puts the subject between the auxiliary and the participle: "Dat heeft de Raad van State gezegd"
    boolean perfect = h.token() > first + 2 && h.token() - first <= PERFECT_SUBJECT_TOKENS && rules.is(t, first + 1, WordClass.AUXILIARY)
        && !rules.is(t, first + 1, WordClass.PASSIVE_AUXILIARY) && !rules.is(t, first + 2, WordClass.NEGATION)
        && !t.lower(h.token()).equals(h.entry().lemma()) && allWords(t, first + 1, h.token()); // a participle, not "Het heeft geen zin dat te ontkennen"
    int subject = perfect ? first + 2 : h.last() + 1;
    int limit = perfect ? h.token() : sentEnd;
    if (!rules.verbSecond || h.entry().kind() != CueKind.SPEECH || s == 0 || h.token() != first + 1 && !perfect
        || !(rules.is(t, first, WordClass.PRONOUN_NEUTER) || rules.is(t, first, WordClass.COMPLEMENTIZER))
        || speakers.isPronoun(t, subject) && !articleOfSubject(t, subject, limit) || t.hasWord(h.last() + 1, sentEnd) && rules.is(t, t.nextWordFrom(h.last() + 1), WordClass.COMPLEMENTIZER)) {
      return Optional.empty();
    }
    Optional<NounPhrase> who = speakers.after(t, subject, limit);
    int from = SpeakerResolver.firstWord(t, t.sentenceStart(s - 1));
    int end = trimEnd(t, from, t.sentenceEnd(s - 1));
    int words = 0;
    for (int k = from; k < end && words < MIN_REPORTED_WORDS; k++) {
      words += t.isWord(k) ? 1 : 0;
    }
    if (who.isEmpty() || words < MIN_REPORTED_WORDS) {
      return Optional.empty(); // not a caption's credit: "Foto: Reuters. Det bekreftet …"
    }
    Draft d = new Draft(StatementType.INDIRECT, t.start(from), t.end(end - 1));
    d.cue = h;
    d.stance = h.entry().stance();
    d.speaker = who.get();
    return Optional.of(d);
  }

  /**
   * Whether a word that may be a neuter pronoun or an article at {@code k} is the article of the
   * inverted subject: before a name, a nationality, a title or an organisation noun ("Dat meldt het
   * ANP", "Dat meldt Het Financieele Dagblad", "Dat zegt het ministerie"), not an object ("Dat zegt
   * het nodige").
   */
  private boolean articleOfSubject(Tokens t, int k, int sentEnd) {
    return rules.is(t, k, WordClass.DETERMINER) && k + 1 < sentEnd && t.isWord(k + 1) && !rules.isFunctionWord(t, k + 1)
        && speakers.isModifierOrHead(t, k + 1);
  }

  /**
   * Whether a negation stands next to the cue, within two words before it or between it and the
   * complementizer at {@code k}: "did not say whether", "would not say if", "zei niet of", "sa ikke om".
   */
  private boolean negatedBefore(Tokens t, CueFinder.Hit h, int k, int sentStart) {
    for (int j = Math.max(sentStart, h.token() - 2); j < k; j++) {
      if (j != h.token() && t.isWord(j) && rules.is(t, j, WordClass.NEGATION)) {
        return true;
      }
    }
    return false;
  }

  /** The most plain words between an indefinite article and the participle that names the thing. */
  private static final int NAMED_THING_WORDS = 3;

  /**
   * Whether a nominal cue gives a thing its name, no one's words: in a language that is not
   * verb-second, its participle right after an indefinite phrase whose head is no title or body, with
   * no object pronoun or agent after it ("a comet called Wild 2", "a process called “exfiltration”";
   * but "a spokesman called the move reckless", "a witness called it horrific", "a pattern described
   * by Marine Bulletin as “hectic”").
   */
  private boolean namesAThing(Tokens t, CueFinder.Hit h, int sentStart) {
    int head = h.token() - 1;
    int after = h.end() + 1;
    if (rules.verbSecond || head <= sentStart || !t.isWord(head) || t.isCapitalized(head) || rules.isFunctionWord(t, head)
        || rules.isTitle(t, head) || rules.isOrganisation(t, head)
        || after < t.size() && t.isWord(after)
            && (speakers.isPronoun(t, after) || rules.is(t, after, WordClass.OBJECT_PRONOUN) || rules.is(t, after, WordClass.AGENT))) {
      return false;
    }
    for (int k = head - 1; k >= Math.max(sentStart, head - NAMED_THING_WORDS); k--) {
      if (!t.isWord(k)) {
        return false;
      }
      if (rules.is(t, k, WordClass.DETERMINER)) {
        return rules.is(t, k, WordClass.INDEFINITE);
      }
      if (t.isCapitalized(k) || rules.isFunctionWord(t, k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the cue is a verb of saying in "that is to say": an infinitive after a modal whose
   * subject is a neuter pronoun, demonstrative or relative ("Det vil si at", "Dat wil zeggen", "som
   * vil si"), where nobody speaks.
   */
  private boolean meansIdiom(Tokens t, CueFinder.Hit h, int sentStart) {
    int cue = h.token();
    if (cue - 2 < sentStart || !t.isWord(cue - 1) || !t.isWord(cue - 2) || !rules.is(t, cue - 1, WordClass.AUXILIARY)
        || !t.lower(cue).equals(h.entry().lemma()) || h.entry().kind() == CueKind.SOURCE_BEFORE) {
      return false; // only the infinitive: not "which has demanded", nor a source word ("Het is volgens hem …")
    }
    int k = cue - 2;
    return rules.is(t, k, WordClass.PRONOUN_NEUTER) || rules.is(t, k, WordClass.RELATIVE)
        || rules.is(t, k, WordClass.COMPLEMENTIZER);
  }

  /**
   * Whether the cue has no one as its subject: an empty "er" right after it or after its inverted
   * neuter subject ("het ziet er niet naar uit dat", "zag het er naar uit dat": it looks as if), or
   * a modal passive of an auxiliary and an infinitive marker ("in de schetsen is te zien dat").
   */
  private boolean impersonal(Tokens t, CueFinder.Hit h, int sentStart, int sentEnd) {
    int cue = h.token();
    int next = h.end() + 1;
    boolean neuterSubject = cue - 1 >= sentStart && t.isWord(cue - 1) && rules.is(t, cue - 1, WordClass.PRONOUN_NEUTER);
    if (!neuterSubject && next < sentEnd && t.isWord(next) && rules.is(t, next, WordClass.PRONOUN_NEUTER)
        && !rules.is(t, next, WordClass.EXISTENTIAL)) {
      neuterSubject = true;
      next++;
    }
    boolean emptyEr = neuterSubject && next < sentEnd && t.isWord(next) && rules.is(t, next, WordClass.EXISTENTIAL);
    boolean modalPassive = cue - 2 >= sentStart && t.isWord(cue - 1) && t.isWord(cue - 2) && rules.is(t, cue - 1, WordClass.INFINITIVE)
        && rules.is(t, cue - 2, WordClass.AUXILIARY);
    return emptyEr || modalPassive || impersonalAdjective(t, cue, sentStart) || invertedImpersonal(t, h, sentEnd);
  }

  /**
   * Whether the impersonal subject stands right after the cue, before its clause, in a verb-second
   * language: "Destijds zei men dat …", "Langzamerhand meende men dat …", "Før sa man at …"; nobody
   * says it. An existential word before another subject is no such subject ("zei er iemand dat").
   */
  private boolean invertedImpersonal(Tokens t, CueFinder.Hit h, int sentEnd) {
    int next = h.end() + 1;
    return rules.verbSecond && next + 1 < sentEnd && t.isWord(next) && rules.is(t, next, WordClass.EXISTENTIAL)
        && !rules.is(t, next, WordClass.PRONOUN_NEUTER)
        && (t.is(next + 1, ',') || t.isWord(next + 1) && rules.is(t, next + 1, WordClass.COMPLEMENTIZER));
  }

  /** The most tokens of "det er ikke mulig" before an infinitive marker. */
  private static final int IMPERSONAL_WORDS = 5;

  /**
   * Whether the cue is an infinitive after a neuter pronoun, a form of "be" and one adjective
   * ("Det er ikke mulig å si om …", "Het is moeilijk te zeggen of …", "er det vanskelig å si"):
   * nobody says it.
   */
  private boolean impersonalAdjective(Tokens t, int cue, int sentStart) {
    int marker = cue - 1;
    if (marker - 3 < sentStart || !t.isWord(marker) || !rules.is(t, marker, WordClass.INFINITIVE) || rules.is(t, marker, WordClass.PREPOSITION)) {
      return false;
    }
    boolean auxiliary = false;
    boolean neuter = false;
    int plain = 0;
    for (int k = marker - 1; k >= Math.max(sentStart, marker - IMPERSONAL_WORDS) && t.isWord(k); k--) {
      if (rules.is(t, k, WordClass.PRONOUN_NEUTER)) {
        neuter = true;
      } else if (rules.is(t, k, WordClass.AUXILIARY)) {
        auxiliary = true;
      } else if (!rules.is(t, k, WordClass.ADVERB) && !rules.is(t, k, WordClass.NEGATION)) {
        if (rules.isFunctionWord(t, k) || t.isCapitalized(k) || ++plain > 1 || k != marker - 1) {
          break;
        }
      }
      if (neuter && auxiliary && plain == 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue's subject stands before it and opens the sentence, or a main clause after a
   * coordinating conjunction, which keeps its word order: "Han mener …", "…, men Nato sier …"; not
   * "I går mente han …".
   */
  private boolean subjectOpensSentence(Tokens t, CueFinder.Hit h, int sentStart) {
    int first = SpeakerResolver.firstWord(t, sentStart);
    return speakers.before(t, h.token(), sentStart).map(np -> np.start() == first || coordinatingConjunction(t, np.start() - 1, sentStart))
        .orElse(false);
  }

  /** Whether the cue's subject opens the sentence and is no pronoun: a name, a title, a body. */
  private boolean namedSubjectOpensSentence(Tokens t, CueFinder.Hit h, int sentStart) {
    int first = SpeakerResolver.firstWord(t, sentStart);
    return speakers.before(t, h.token(), sentStart)
        .filter(np -> np.start() == first && np.kind() != NounPhrase.Kind.PRONOUN && speakers.namesSomeone(t, np, true))
        .isPresent();
  }

  /**
   * Whether token {@code k} is a conjunction after a comma that joins main clauses: ", men", ", og";
   * not "fordi", "da", nor one inside a subject ("Tyskland og USA har lovet").
   */
  private boolean coordinatingConjunction(Tokens t, int k, int sentStart) {
    return k - 1 > sentStart && t.is(k - 1, ',') && t.isWord(k) && !t.isCapitalized(k) && rules.is(t, k, WordClass.CONJUNCTION)
        && !rules.is(t, k, WordClass.SUBORDINATOR) && !rules.is(t, k, WordClass.ADVERB) && !rules.is(t, k, WordClass.PREPOSITION);
  }

  /**
   * Whether the cue is a verb coordinated with an earlier one of its subject ("kom i mål og mente
   * det …", ", sa X, og mente det …"): right after a coordinating conjunction that is no adverb, in
   * the middle of its sentence; like a subject that opens the sentence, no subject stands after it.
   */
  private boolean secondVerbOfSubject(Tokens t, CueFinder.Hit h, int sentStart) {
    int c = h.token() - 1;
    return c > sentStart && t.isWord(c) && rules.is(t, c, WordClass.CONJUNCTION) && !rules.is(t, c, WordClass.ADVERB)
        && !rules.is(t, c, WordClass.PREPOSITION);
  }

  private boolean hasAuxiliary(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isWord(k) && rules.is(t, k, WordClass.AUXILIARY)) {
        return true;
      }
    }
    return false;
  }

  /** A word that may be (part of) an addressee: no function word, pronoun, number or cue. */
  private boolean plainWord(Tokens t, int k) {
    return !rules.is(t, k, WordClass.DETERMINER) && !speakers.isPronoun(t, k) && !rules.isFunctionWord(t, k)
        && !Character.isDigit(t.first(k));
  }

  /**
   * Whether token {@code k}, right after ", og" / ", and", goes on with a second verb of the same
   * subject ("forlot Krim, den ukrainske halvøya …, og returnerte til sine baser") rather than a
   * new clause with a subject of its own (", og han sa", ", and the ministry said"); adverbs before
   * it aside (", but only secured", ", and then he said").
   */
  private boolean secondVerb(Tokens t, int k, int sentEnd) {
    while (k + 1 < sentEnd && t.isWord(k) && !t.isCapitalized(k) && plainAdverb(t, k) && t.isWord(k + 1)) {
      k++;
    }
    return k < sentEnd && t.isWord(k) && !t.isCapitalized(k) && !speakers.isPronoun(t, k)
        && !rules.is(t, k, WordClass.DETERMINER) && !rules.is(t, k, WordClass.PREPOSITION)
        && !rules.is(t, k, WordClass.ADVERB) && rules.cuesOf(t, k).isEmpty() && !Character.isDigit(t.first(k));
  }

  /** Whether word {@code k} is an adverb that opens no clause: no preposition, conjunction, subordinator or question word ("only", "then"; not "when"). */
  private boolean plainAdverb(Tokens t, int k) {
    return rules.is(t, k, WordClass.ADVERB) && !rules.is(t, k, WordClass.PREPOSITION) && !rules.is(t, k, WordClass.CONJUNCTION)
        && !rules.is(t, k, WordClass.SUBORDINATOR) && !rules.is(t, k, WordClass.INTERROGATIVE);
  }

  private int clauseEnd(Tokens t, int from, int sentEnd) {
    return clauseEnd(t, from, sentEnd, false);
  }

  /**
   * Whether the reported clause at {@code from} opens with a clause of its own before its main
   * clause: a conjunction or subordinator ("as the parents came from India, …, they should be …",
   * "because the spray wears off, it was unlikely …").
   */
  private boolean frontedClause(Tokens t, int from) {
    return t.isWord(from) && !t.isCapitalized(from) && !rules.is(t, from, WordClass.COMPLEMENTIZER)
        && (rules.is(t, from, WordClass.CONJUNCTION) || rules.is(t, from, WordClass.SUBORDINATOR));
  }

  /**
   * {@link #clauseEnd(Tokens, int, int)}; after a {@code fronted} clause the first comma before a
   * pronoun opens the main clause, no new one, unless a cue follows the pronoun ("…, he said").
   */
  private int clauseEnd(Tokens t, int from, int sentEnd, boolean fronted) {
    boolean quoted = false; // inside a quotation that opened in the clause: its commas are the speaker's, no end
    for (int k = from; k < sentEnd; k++) {
      if (!t.isWord(k) && (t.opensQuote(k) || quoted && isClosingMark(t.first(k)) && t.first(k) != ')')) {
        quoted = t.opensQuote(k);
        continue;
      }
      if (quoted) {
        continue;
      }
      if (t.is(k, ';') || k > from && rules.startsMannerPhrase(t, k, sentEnd)) {
        return trimEnd(t, from, k); // …; or how it was said: "…, without giving details"
      }
      if (fronted && t.is(k, ',') && k + 2 < sentEnd && t.isWord(k + 1) && speakers.isPronoun(t, k + 1)
          && !rules.is(t, k + 1, WordClass.DETERMINER) && t.isWord(k + 2) && rules.cuesOf(t, k + 2).isEmpty()) {
        fronted = false; // the main clause after the fronted one: "because the spray wears off, it was unlikely …"
        continue;
      }
      if (t.is(k, ',') && k + 1 < sentEnd && t.isWord(k + 1)
          && (rules.is(t, k + 1, WordClass.CONJUNCTION) && !rules.is(t, k + 1, WordClass.ADVERB) && !secondVerb(t, k + 2, sentEnd)
              || !rules.cuesOf(t, k + 1).isEmpty()
              || speakers.isPronoun(t, k + 1) && !rules.is(t, k + 1, WordClass.DETERMINER)
              || attributionFollows(t, k + 1, sentEnd))) {
        return trimEnd(t, from, k);
      }
      if (k > from && t.isWord(k) && rules.is(t, k, WordClass.CONJUNCTION) && k + 1 < sentEnd && t.isWord(k + 1)
          && speakers.isPronoun(t, k + 1) && !rules.is(t, k + 1, WordClass.DETERMINER)) {
        return trimEnd(t, from, k);
      }
      if (k > from && t.isWord(k) && rules.is(t, k, WordClass.CONJUNCTION) && ownCueFollows(t, k + 1, sentEnd)) {
        return trimEnd(t, from, k);
      }
    }
    return trimEnd(t, from, sentEnd);
  }

  private static int trimEnd(Tokens t, int from, int end) {
    int e = end;
    while (e > from && !t.isWord(e - 1) && !isClosingMark(t.first(e - 1))) {
      e--;
    }
    return e;
  }

  private static boolean isClosingMark(char c) {
    return c == '\u201d' || c == '\u00bb' || c == '"' || c == '\u2019' || c == '\'' || c == ')';
  }
}
