package org.whosaid.pipeline;

import java.util.List;
import java.util.Optional;
import org.whosaid.model.StatementType;
import org.whosaid.spi.CueKind;
import org.whosaid.spi.WordClass;

/**
 * Decides which quotations are direct statements and who said them: a quote followed by its
 * attribution ({@code ”, zei X.}, {@code ,» sa han.}, {@code ,” X told reporters}), a quote after
 * {@code X zei:}, a dialogue dash up to {@code , sa X}, or a free-standing quote that continues the
 * statement just before it. A quoted headline alone on its line, or a quoted term inside a
 * sentence, is no direct statement.
 */
final class QuoteAttributor {

  private static final int AFTER_WINDOW = 16;
  /** The most tokens a cue stands before the colon that introduces its quote ("X zei dinsdag in Moskou: …"). */
  private static final int COLON_WINDOW = 40;
  /** The most tokens between a speech verb and the colon that ends its paragraph before a quote ("svarte Bråthen slik:" / "– …", "X commented:" / "“…”"). */
  private static final int LINE_COLON_WINDOW = 4;

  private final LanguageRules rules;
  private final SpeakerResolver speakers;
  /** The most tokens from a cue's first word to its last or its particle ({@link CueFinder#maxSpan}). */
  private final int cueSpan;

  QuoteAttributor(LanguageRules rules, SpeakerResolver speakers) {
    this.rules = rules;
    this.speakers = speakers;
    this.cueSpan = CueFinder.maxSpan(rules);
  }

  /** Whether no cue starts in tokens {@code [from, to)}. */
  private static boolean noCueBetween(List<CueFinder.Hit> hits, int from, int to) {
    int i = CueFinder.firstAtOrAfter(hits, from);
    return i >= hits.size() || hits.get(i).token() >= to;
  }

  /** A direct statement for the quote, or empty when it is not one (yet: it may be part of reported speech). */
  Optional<Draft> attribute(Tokens t, Quote q, List<CueFinder.Hit> hits, Draft previous) {
    String text = t.text();
    if (q.dash() && !(q.start() > 0 && QuoteScanner.afterColon(text, q.start()))) { // "svarte Peskov: – …" is attributed before its colon
      return dash(t, q, hits, previous);
    }
    int open = t.tokenAt(q.start());
    int after = t.tokenAt(q.end());
    int sentenceStart = open < t.size() ? t.sentenceStart(t.sentence(open)) : 0;
    boolean startsSentence = t.lastWordBefore(open) < sentenceStart; // no word of the sentence before the quote
    int colon = open - 1 >= sentenceStart && t.is(open - 1, ':') ? open - 1 : -1; // "X zei: “…”"
    int lead = open - 1;
    if (lead >= sentenceStart && (t.is(lead, ',') || t.is(lead, ':'))) {
      lead--;
    }
    // only a cue that ends at most three words before the quote stands right before it, or one a
    // prepositional phrase or an audience separates from it
    int firstCue = CueFinder.firstAtOrAfter(hits, Math.max(sentenceStart, lead - PHRASE_WINDOW - cueSpan));
    for (int i = firstCue; colon < 0 && i < hits.size() && hits.get(i).token() <= lead; i++) {
      CueFinder.Hit h = hits.get(i);
      // an addressee or a short phrase between the verb and a comma before the quote: "told ThePrint, “…”",
      // "said in a statement, “…”"; without the comma only before a quote that opens a sentence ("told
      // Wikinews “There are …”"), else the quote may finish a clause: "says Zelensky “has …”"
      boolean addressee = (lead < open - 1 || startsCapitalised(text, q)) && h.end() < lead && lead - h.end() <= 3;
      for (int k = h.end() + 1; addressee && k <= lead; k++) {
        addressee = t.isWord(k) && t.isCapitalized(k); // "told ThePrint, “…”"
      }
      boolean phrase = lead < open - 1 && h.end() < lead && lead - h.end() <= 4 && plainPhrase(t, h.end() + 1, lead + 1, false);
      addressee |= phrase || introducingPhrase(t, h, lead, lead < open - 1 || startsCapitalised(text, q) && !wordFollows(t, after));
      boolean accusation = h.particle() >= 0 && CueFinder.isAccusation(h.entry()); // "accused Russia of “aggression”": mixed
      // an attribution after a quote's first part, and a comma before its second: ",,…'', aldus X, ,,…''"
      boolean between = h.entry().kind() == CueKind.SOURCE_AFTER && t.is(open - 1, ',');
      if (lead >= sentenceStart && (h.end() == lead || addressee) && (h.entry().kind() == CueKind.SPEECH || between) && !accusation) {
        colon = open - 1; // the cue stands right before the quote
      }
    }
    Draft d = new Draft(StatementType.DIRECT, q.contentStart(), q.contentEnd());
    d.quotes.add(q);
    int close = Math.max(open, after - 1); // the closing mark: a quote over several paragraphs ends in the last
    // a quote after a colon with no cue before it is attributed after it as well: "Fellow Democrats were
    // more supportive: “…”, wrote Elizabeth Warren"; so is one whose comma hands it on to an attribution
    // of its own, whatever introduced it: "the WHO noted the need to act: “… in the response,” said Tedros"
    boolean introduced = open - 1 >= sentenceStart && t.is(open - 1, ':')
        && (noCueBetween(hits, sentenceStart, open - 1) || endsWithComma(text, q))
        && after < t.size() && t.sentence(after) == t.sentence(open);
    if ((startsSentence || introduced) && after < t.size() && t.paragraph(after) == t.paragraph(close)) {
      int limit = Math.min(t.sentenceEnd(t.sentence(after)), after + AFTER_WINDOW);
      for (int i = CueFinder.firstAtOrAfter(hits, after); i < hits.size() && hits.get(i).token() < limit; i++) {
        CueFinder.Hit h = hits.get(i);
        CueKind kind = h.entry().kind();
        if (kind == CueKind.SOURCE_BEFORE || kind == CueKind.COGNITION || kind == CueKind.DIRECTIVE) {
          break;
        }
        if (!onlyCommaOrPhraseBetween(t, after, h.token())) {
          break;
        }
        if (inRelativeClause(t, after, h.token())) {
          continue; // "“…,” a local official, who asked not to be named, told AFP": the relative clause's verb is no attribution
        }
        d.cue = h;
        d.stance = h.entry().stance();
        d.speaker = speakerNear(t, h, after, t.sentenceEnd(t.sentence(h.token())))
            .or(() -> nameBeforeApposition(t, after, h.token())).orElse(null);
        return Optional.of(d);
      }
    }
    if (colon >= 0 && attributedBeforeColon(t, hits, d, colon, sentenceStart, COLON_WINDOW, previous, open, after)) {
      return Optional.of(d);
    }
    // the paragraph before ends in its attribution: "Mark Seidenberg commented:" / "“…”"
    if (colon < 0 && open > 0 && open < t.size() && t.is(open - 1, ':') && t.paragraph(open - 1) != t.paragraph(open)
        && attributedBeforeColon(t, hits, d, open - 1, t.sentenceStart(t.sentence(open - 1)), LINE_COLON_WINDOW, null, -1, -1)) {
      return Optional.of(d);
    }
    if (colon >= 0 && colon - SpeakerResolver.firstWord(t, sentenceStart) <= 5) {
      Optional<NounPhrase> who = speakers.before(t, colon, sentenceStart);
      if (who.isPresent() && who.get().start() == SpeakerResolver.firstWord(t, sentenceStart)
          && (who.get().hasName() || who.get().kind() == NounPhrase.Kind.TITLE)
          && (endsWithStop(text, q.contentEnd()) || firstPerson(t, q))) {
        // (its words end as a sentence does, not as a title in a list: "Menno Jansen: “Tussen hoop en vrees” (2003)";
        // or speak in the first person, as a headline's quote does: "Zelensky: 'We will not surrender'")
        d.speaker = who.get(); // "De Rooij:,,Het was een gok.''": a name and a colon introduce the quote
        return Optional.of(d);
      }
    }
    // after a comma too (not one after a preposition, "convicted of, “…”"), when the quote ends its
    // sentence and says a sentence's worth: "X reacted on Twitter, “…”."
    int mark = colon >= 0 && t.is(colon, ':') ? colon
        : open - 1 > sentenceStart && t.is(open - 1, ',') && !rules.isFunctionWord(t, open - 2) && (after >= t.size() || !t.hasWord(after, t.sentenceEnd(t.sentence(open))))
            && countWords(t, open, after) >= MIN_COMMA_QUOTE_WORDS ? open - 1 : -1;
    if (!rules.verbSecond && mark >= 0 && startsCapitalised(text, q) && noCueBetween(hits, sentenceStart, mark)) {
      Optional<NounPhrase> who = subjectBeforeColon(t, sentenceStart, mark);
      if (who.isPresent()) {
        d.speaker = who.get(); // "X spoke of the deal: “…”", "The ministry issued a statement: “…”"
        return Optional.of(d);
      }
    }
    boolean endsSentence = after >= t.size() || t.sentence(after) != t.sentence(open) || !t.hasWord(after, t.sentenceEnd(t.sentence(open)));
    if (startsSentence && endsSentence && previous != null && (previous.speaker != null || previous.continues)) {
      int prevPara = t.paragraph(Math.min(t.size() - 1, t.tokenAt(previous.start)));
      int para = t.paragraph(open);
      boolean headline = alone(t, open, after) && !endsWithStop(text, q.contentEnd());
      if (!headline && (prevPara == para || prevPara == para - 1 && previous.type == StatementType.DIRECT)) {
        d.continues = true;
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }


  /**
   * Gives {@code d} the cue that stands before the colon at token {@code colon} in its sentence
   * (from {@code sentenceStart}), at most {@code window} tokens before it, and that cue's subject:
   * "X zei: “…”", also inverted: "verklaarde hij: …", "svarte Bråthen slik: – …". Whether there was one.
   */
  private boolean attributedBeforeColon(Tokens t, List<CueFinder.Hit> hits, Draft d, int colon, int sentenceStart, int window,
      Draft previous, int open, int after) {
    int from = Math.max(sentenceStart, colon - window);
    for (int i = CueFinder.firstAtOrAfter(hits, colon + 1) - 1; i >= 0 && hits.get(i).token() >= from; i--) {
      CueFinder.Hit h = hits.get(i);
      if (h.token() <= colon && h.token() >= sentenceStart && h.entry().kind() != CueKind.SOURCE_BEFORE
          && h.entry().kind() != CueKind.NOMINAL) {
        d.cue = h;
        d.stance = h.entry().stance();
        // the second part of a quote split by its attribution has the first part's speaker: "“…,” said
        // Khan, “…”" (the subject before the cue would be a word inside the first part)
        d.speaker = previous != null && h.equals(previous.cue) && previous.speaker != null ? previous.speaker
            : speakers.subject(t, h, sentenceStart, colon); // "X zei:", also inverted: "verklaarde hij:"
        if (d.speaker == null && !rules.verbSecond && open >= 0 && h.token() == SpeakerResolver.firstWord(t, sentenceStart)
            && rules.is(t, h.token(), WordClass.PRESENT_PARTICIPLE) && after + 1 < t.size() && t.is(after, ',')
            && t.sentence(after) == t.sentence(open)) {
          // a participle that opens the sentence speaks for the subject after the quote: "Writing “…”, Wright added"
          d.speaker = speakers.after(t, after + 1, t.sentenceEnd(t.sentence(after))).orElse(null);
        }
        if (d.speaker == null && !rules.verbSecond && h.token() > sentenceStart && t.isWord(h.token() - 1)
            && rules.is(t, h.token() - 1, WordClass.INFINITIVE) && after > open && after < t.size()
            && t.hasWord(after, t.sentenceEnd(t.sentence(open)))) {
          // an infinitive with no speaker before a quote its clause goes on after: "has been trying to add
          // the question, “…”, to the census" (not "people started to say, “…”.")
          return false;
        }
        d.coordinated = h.token() > 0 && rules.is(t, h.token() - 1, WordClass.CONJUNCTION);
        if (d.speaker == null || d.coordinated) {
          d.sentence = t.sentence(h.token()); // "… og sa: «…»": the subject of the sentence, who spoke before in it
        }
        return true;
      }
    }
    return false;
  }

  /** The fewest words of a quote that a clause introduces with a comma. */
  private static final int MIN_COMMA_QUOTE_WORDS = 6;

  /** The fewest words of a clause between its subject and the colon before a quote it introduces. */
  private static final int MIN_INTRODUCING_WORDS = 2;

  /**
   * The subject of the clause that a colon ends before a quote, when that clause has no cue (in a
   * language that is not verb-second, where the subject opens the clause): a name,
   * a title, an organisation or a personal pronoun (not "it") opening the sentence, or the part of it
   * after a comma that ends an opening phrase ("After the vote, Ann Lee spoke to reporters:"), a
   * lower-case word after it and {@value #MIN_INTRODUCING_WORDS} words at least up to the colon: what
   * someone says after "X spoke of the deal:", "X took a parting shot on Twitter:". A description
   * ("The sign read:", "The message was clear:") names no one who speaks.
   */
  private Optional<NounPhrase> subjectBeforeColon(Tokens t, int sentenceStart, int colon) {
    int first = SpeakerResolver.firstWord(t, sentenceStart);
    for (int k = first; k < colon; k++) {
      if (!t.isWord(k) && !t.is(k, ',') && !t.is(k, '(') && !t.is(k, ')') && !t.is(k, '-')) {
        return Optional.empty(); // the clause is no plain one: a quote or a dash inside it
      }
    }
    Optional<NounPhrase> who = introducingSubject(t, first, colon);
    if (who.isEmpty() && first < colon && rules.is(t, first, WordClass.PREPOSITION)) {
      for (int k = first + 1; k < colon; k++) {
        if (t.is(k, ',')) {
          who = introducingSubject(t, k + 1, colon);
          break;
        }
      }
    }
    return who;
  }

  /** The subject that opens the clause at {@code first} before a colon, as {@link #subjectBeforeColon} reads it. */
  private Optional<NounPhrase> introducingSubject(Tokens t, int first, int colon) {
    Optional<NounPhrase> np = speakers.after(t, first, colon);
    if (np.isEmpty() || np.get().start() != first) {
      return Optional.empty();
    }
    NounPhrase p = np.get();
    boolean someone = speakers.namesSomeone(t, p, false);
    int next = p.end();
    while (next < colon && t.is(next, ',')) {
      next = skipApposition(t, next, colon);
    }
    return someone && next < colon && t.isWord(next) && !t.isCapitalized(next) && !rules.is(t, next, WordClass.CONJUNCTION)
        && countWords(t, next, colon) >= MIN_INTRODUCING_WORDS ? np : Optional.empty();
  }

  /** The token after the apposition set off by the comma at {@code comma}, before {@code limit}: its closing comma's next token, or {@code limit}. */
  private static int skipApposition(Tokens t, int comma, int limit) {
    for (int k = comma + 1; k < limit; k++) {
      if (t.is(k, ',')) {
        return k + 1;
      }
    }
    return limit;
  }

  private static int countWords(Tokens t, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (t.isWord(k)) {
        n++;
      }
    }
    return n;
  }

  /** The most words of a prepositional phrase or audience between a speech verb and its quote. */
  private static final int PHRASE_WINDOW = 10;

  /**
   * Whether tokens {@code [from, to)} are words (and commas, when {@code commas}) of a phrase that
   * opens no clause: no complementizer, conjunction or infinitive marker (a preposition that is also
   * one counts as a preposition before a determiner or a capital: "remarked to The Brooklyn Paper",
   * not "said to be").
   */
  private boolean plainPhrase(Tokens t, int from, int to, boolean commas) {
    for (int k = from; k < to; k++) {
      if (commas && t.is(k, ',')) {
        continue;
      }
      if (!t.isWord(k) || rules.is(t, k, WordClass.COMPLEMENTIZER) || rules.is(t, k, WordClass.QUESTION_COMPLEMENTIZER)
          || rules.is(t, k, WordClass.CONJUNCTION)
          || rules.is(t, k, WordClass.INFINITIVE) && !(rules.is(t, k, WordClass.PREPOSITION) && k + 1 < to && t.isWord(k + 1)
              && (rules.is(t, k + 1, WordClass.DETERMINER) || t.isCapitalized(k + 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a speech verb introduces the quote at {@code lead + 1} across a prepositional phrase or an
   * audience of up to {@value #PHRASE_WINDOW} words: "said on Friday “We are …”", "told reporters “…”",
   * "said at a press conference after the incident, “…”", "said, in response to the study, “…”". The
   * phrase opens with a preposition, an audience noun (after a determiner), the addressee of a verb
   * whose object is the one spoken to ("told the BBC after the verdict “…”") or a comma; without a comma
   * before the quote only a quote that opens with a capital and ends its clause ({@code commaOrCapital})
   * follows it, and not right after a preposition or determiner, whose object it is: "says on “The
   * Internet Explorer 6 Countdown”", "was reported in the “Kiss &amp; Fly” section".
   */
  private boolean introducingPhrase(Tokens t, CueFinder.Hit h, int lead, boolean commaOrCapital) {
    int from = h.end() + 1;
    if (!commaOrCapital || h.end() >= lead || lead - h.end() > PHRASE_WINDOW || !t.isWord(lead)) {
      return false;
    }
    int first = t.is(from, ',') ? from + 1 : from;
    if (first > lead || !t.isWord(first)) {
      return false;
    }
    if (rules.is(t, lead, WordClass.PREPOSITION) || rules.is(t, lead, WordClass.DETERMINER)) {
      return false;
    }
    int noun = rules.is(t, first, WordClass.DETERMINER) && first < lead ? first + 1 : first;
    // after a verb whose object is the one spoken to, that object may open the phrase: "told the BBC
    // after the verdict “…”", "told Ann Roe of Radio 4, “…”"
    boolean addressee = rules.is(t, h.token(), WordClass.ADDRESSEE_VERB) && t.isWord(noun)
        && (t.isCapitalized(noun) || rules.is(t, first, WordClass.DETERMINER) && !rules.is(t, first, WordClass.POSSESSIVE));
    boolean opens = rules.is(t, first, WordClass.PREPOSITION) || rules.is(t, noun, WordClass.AUDIENCE) || addressee;
    return opens && plainPhrase(t, first, lead + 1, true) && noCueWord(t, first, lead + 1);
  }

  /** Whether a word of the same sentence other than a conjunction follows at token {@code k}: a quote before it goes on with its clause. */
  private boolean wordFollows(Tokens t, int k) {
    return k < t.size() && t.isWord(k) && t.sentence(k) == t.sentence(k - 1) && !rules.is(t, k, WordClass.CONJUNCTION);
  }

  /** Whether no word in tokens {@code [from, to)} is a cue. */
  private boolean noCueWord(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isWord(k) && !rules.cuesOf(t, k).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the quote speaks in the first person ("ik", "vi", "we", "my"): someone's own words. */
  boolean firstPerson(Tokens t, Quote q) {
    for (int k = t.tokenAt(q.contentStart()); k < t.size() && t.start(k) < q.contentEnd(); k++) {
      if (t.isWord(k) && rules.is(t, k, WordClass.PRONOUN_FIRST)) {
        return true;
      }
    }
    return false;
  }

  private static boolean alone(Tokens t, int open, int after) {
    boolean firstOfLine = open == 0 || t.paragraph(open - 1) != t.paragraph(open);
    boolean lastOfLine = after >= t.size() || t.paragraph(after) != t.paragraph(open);
    return firstOfLine && lastOfLine;
  }


  /** Whether the quote's first letter is a capital. */
  private static boolean startsCapitalised(String text, Quote q) {
    for (int i = q.contentStart(); i < q.contentEnd(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return Character.isUpperCase(text.charAt(i));
      }
    }
    return false;
  }

  /** Whether the quote's words end in a comma, inside its closing mark or right after it: “…,” said X. */
  private static boolean endsWithComma(String text, Quote q) {
    int e = q.contentEnd();
    while (e > q.contentStart() && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e > q.contentStart() && text.charAt(e - 1) == ',' || q.end() < text.length() && text.charAt(q.end()) == ',';
  }

  /** Whether the text before {@code contentEnd} ends with . ! ? or … (white space aside). */
  static boolean endsWithStop(String text, int contentEnd) {
    int e = contentEnd;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e == 0) {
      return false;
    }
    char c = text.charAt(e - 1);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /**
   * Whether the cue at token {@code cue} stands in a relative clause that a comma and a relative
   * pronoun open after token {@code from}: "…, who asked not to be named,", "…, die zei …,".
   */
  private boolean inRelativeClause(Tokens t, int from, int cue) {
    int k = cue - 1;
    while (k > from && t.isWord(k)) {
      k--;
    }
    return k > from && t.is(k, ',') && k + 1 < cue && !t.isCapitalized(k + 1) && rules.is(t, k + 1, WordClass.RELATIVE);
  }

  private boolean onlyCommaOrPhraseBetween(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.isWord(k) && !t.is(k, ',')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name that opens the words between a quote and its cue, before an apposition: "“…,” Khaled
   * Al-Maeena, editor at large at the Saudi Gazette, said".
   */
  private Optional<NounPhrase> nameBeforeApposition(Tokens t, int from, int cue) {
    int first = from;
    while (first < cue && !t.isWord(first)) {
      first++;
    }
    int start = first;
    return first < cue ? speakers.after(t, first, cue).filter(np -> np.start() == start && np.hasName()) : Optional.empty();
  }

  /** The speaker of a cue that follows its content: before the cue if words stand between, else after it. */
  Optional<NounPhrase> speakerNear(Tokens t, CueFinder.Hit h, int from, int sentenceEnd) {
    if (h.entry().kind() == CueKind.QUOTING) {
      return speakers.after(t, h.last() + 1, sentenceEnd);
    }
    int firstWord = from;
    while (firstWord < h.token() && !t.isWord(firstWord)) {
      firstWord++;
    }
    if (firstWord < h.token()) {
      Optional<NounPhrase> before = speakers.before(t, h.token(), firstWord);
      if (before.isEmpty() && t.is(h.token() - 1, ',') && h.token() - 1 > firstWord) {
        before = speakers.beforeAside(t, h.token() - 1, firstWord); // "“…,” Maria Petrenko, a resident, told Reuters": not Reuters
      }
      if (before.isPresent()) {
        return before;
      }
    }
    return speakers.after(t, h.last() + 1, sentenceEnd);
  }

  private Optional<Draft> dash(Tokens t, Quote q, List<CueFinder.Hit> hits, Draft previous) {
    int first = t.tokenAt(q.contentStart());
    int last = t.tokenAt(q.contentEnd());
    Draft unnamed = null; // the first attribution that names no one: "…, sa til en meddommer at …" may be the quote's own words
    for (int i = CueFinder.firstAtOrAfter(hits, first + 1); i < hits.size() && hits.get(i).token() < last; i++) {
      CueFinder.Hit h = hits.get(i);
      CueKind kind = h.entry().kind();
      if (kind != CueKind.SPEECH && kind != CueKind.SOURCE_AFTER && kind != CueKind.COGNITION) {
        continue;
      }
      int p = h.token() - 1;
      if (t.is(p, ',') || t.is(p, '!') || t.is(p, '?')) {
        int end = t.is(p, ',') ? t.start(p) : t.end(p);
        int sentenceEnd = t.sentenceEnd(t.sentence(h.token()));
        Draft d = new Draft(StatementType.DIRECT, q.contentStart(), end);
        d.cue = h;
        d.stance = h.entry().stance();
        d.speaker = speakers.after(t, h.last() + 1, sentenceEnd).orElse(null);
        d.quotes.add(q.withContentEnd(end, end));
        if (kind == CueKind.COGNITION) {
          // an opinion verb attributes the dash quote only with its speaker closing the sentence: "– Det er
          // feil, mener Kvande." (not "…, mener vi det er …", the quote's own clause)
          if (d.speaker != null && !t.hasWord(d.speaker.end(), sentenceEnd)) {
            return Optional.of(d);
          }
          continue;
        }
        if (d.speaker != null) {
          return Optional.of(d);
        }
        if (unnamed == null) {
          unnamed = d;
        }
      }
    }
    if (unnamed != null) {
      return Optional.of(unnamed);
    }
    int colon = t.tokenAt(q.start()) - 1;
    // the paragraph before ends in its attribution: "På spørsmål om …, svarte Bråthen slik:" / "– Han kan bli best."
    // (not a clause of its own before the colon: "mener saken viser at …:" goes on in the dash paragraph)
    if (colon >= 0 && first < t.size() && t.is(colon, ':') && t.paragraph(colon) != t.paragraph(first)) {
      Draft d = new Draft(StatementType.DIRECT, q.contentStart(), q.contentEnd());
      d.quotes.add(q);
      if (attributedBeforeColon(t, hits, d, colon, t.sentenceStart(t.sentence(colon)), LINE_COLON_WINDOW, null, -1, -1)) {
        return Optional.of(d);
      }
    }
    if (previous != null && previous.type == StatementType.DIRECT && first < t.size()
        && t.paragraph(Math.min(t.size() - 1, t.tokenAt(previous.start))) >= t.paragraph(first) - 1) {
      Draft d = new Draft(StatementType.DIRECT, q.contentStart(), q.contentEnd());
      d.continues = true;
      d.quotes.add(q);
      return Optional.of(d);
    }
    return Optional.empty();
  }
}
