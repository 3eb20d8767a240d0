package org.whosaid.pipeline;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.whosaid.Extraction;
import org.whosaid.model.Article;
import org.whosaid.model.Cue;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementType;
import org.whosaid.spi.LanguageModule;
import org.whosaid.spi.QuoteRules;
import org.whosaid.spi.WordClass;

/**
 * Runs the pipeline stages over one article of one language: quotes, tokens and sentences, cues,
 * direct quotes and their attribution, reported speech (which takes in the quotes inside it as
 * mixed statements), then the speakers in text order. Immutable and thread-safe.
 */
public final class Extractor {

  private final LanguageRules rules;
  private final QuoteScanner quoteScanner;
  private final CueFinder cues;
  private final SpeakerResolver speakers;
  private final QuoteAttributor quoteAttributor;
  private final ReportedSpeechFinder reported;
  private final ActorKeys keys;
  /** The opening marks that quote only speech ({@link QuoteRules.QuotePair#speech}). */
  private final String[] speechOpens;

  public Extractor(LanguageModule module) {
    this.rules = new LanguageRules(module);
    this.quoteScanner = new QuoteScanner(module.quoteRules());
    this.cues = new CueFinder(rules);
    this.speakers = new SpeakerResolver(rules);
    this.quoteAttributor = new QuoteAttributor(rules, speakers);
    this.reported = new ReportedSpeechFinder(rules, speakers, quoteAttributor);
    this.keys = new ActorKeys(module);
    this.speechOpens = module.quoteRules().pairs().stream().filter(QuoteRules.QuotePair::speech)
        .map(QuoteRules.QuotePair::open).distinct().toArray(String[]::new);
  }

  /** The language this extractor processes. */
  public String language() {
    return rules.language;
  }

  public Extraction extract(Article article) {
    return extract(article, null);
  }

  /**
   * Extracts from an article whose words were already found ({@link Tokens#words}, not yet looked
   * up in any language's lexicons), or, when {@code words} is null, finds them first.
   */
  public Extraction extract(Article article, Tokens words) {
    if (words != null) {
      return extract(article, words, article.text());
    }
    Tokens t = Tokens.words(article.text());
    try {
      return extract(article, t, article.text());
    } finally {
      t.release();
    }
  }

  private Extraction extract(Article article, Tokens t, String text) {
    t.lookUp(rules);
    List<Quote> quotes = new ArrayList<>(quoteScanner.scan(t));
    t.segment(quotes);
    List<CueFinder.Hit> hits = cues.find(t);

    List<Draft> drafts = new ArrayList<>();
    Draft previous = null;
    List<Quote> unattributed = new ArrayList<>();
    Set<CueFinder.Hit> usedCues = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Quote> scanned = quotes;
    quotes = new ArrayList<>(scanned.size());
    for (Quote q : scanned) {
      Optional<Draft> d = quoteAttributor.attribute(t, q, hits, previous);
      if (d.isPresent()) {
        // a dash quote ends at its attribution: what follows is no quote, but may hold quotations of its own
        Quote kept = q.dash() && d.get().quotes.size() == 1 ? d.get().quotes.get(0) : q;
        quotes.add(kept);
        if (kept != q) {
          List<Quote> after = quotesIn(text, kept.end(), q.end());
          quotes.addAll(after);
          unattributed.addAll(after);
        }
        drafts.add(d.get());
        previous = d.get();
        if (d.get().cue != null) {
          usedCues.add(d.get().cue);
        }
      } else {
        // a dash after a sentence in its paragraph quotes that sentence only, without an attribution: what follows is read
        Quote kept = q.dash() && QuoteScanner.afterSentence(t.chars(), q.start()) ? firstSentence(t, q) : q;
        quotes.add(kept);
        unattributed.add(kept);
      }
    }
    List<Draft> direct = List.copyOf(drafts); // in text order
    int nextQuote = 0;
    // two cues of one span make one statement, the first cue's; both lie in the span's sentence
    Set<Span> reportedSpans = new HashSet<>();
    int spansSentence = -1;
    for (CueFinder.Hit h : hits) {
      int at = t.start(h.token());
      if (t.sentence(h.token()) != spansSentence) {
        spansSentence = t.sentence(h.token());
        if (!reportedSpans.isEmpty()) {
          reportedSpans = new HashSet<>();
        }
      }
      while (nextQuote < quotes.size() && quotes.get(nextQuote).end() <= at) {
        nextQuote++;
      }
      if (usedCues.contains(h) || nextQuote < quotes.size() && quotes.get(nextQuote).inside(at)) {
        continue; // attributes a quote already, or is part of one
      }
      Optional<Draft> d = reported.find(t, h);
      if (d.isEmpty() || overlapsDirect(d.get(), direct) || !reportedSpans.add(Span.of(d.get().start, d.get().end))) {
        continue;
      }
      Draft r = d.get();
      r.sentence = t.sentence(h.token());
      int firstQuote = firstQuoteFrom(unattributed, r.start);
      if (firstQuote > 0 && unattributed.get(firstQuote - 1).contentStart() == r.start) {
        firstQuote--; // a dialogue-dash quote starts at its dash, before the words it reports
      }
      for (int i = firstQuote; i < unattributed.size() && unattributed.get(i).start() < r.end; i++) {
        Quote q = unattributed.get(i);
        // a work's title inside reported speech quotes nobody ("lese Hitlers «Mein Kampf»"); a name one is called
        // by is what a naming verb reports ("calling the investigation “Soviet-style”")
        if (q.end() <= r.end + 1 && !(namesAWork(t, q) && !r.needsQuote && (q.start() > r.start || q.end() < r.end))) {
          r.quotes.add(q);
          r.type = StatementType.MIXED;
        }
      }
      if (r.quotes.size() == 1 && (r.quotes.get(0).start() == r.start || r.quotes.get(0).contentStart() == r.start)
          && r.quotes.get(0).end() >= r.end) {
        r.start = r.quotes.get(0).contentStart();
        r.end = r.quotes.get(0).contentEnd();
        if (t.sentence(t.tokenAt(r.start)) != r.sentence) {
          r.type = StatementType.DIRECT; // a quote of its own, reported by the next sentence: "– …\n\nDet sa X."
        } else if (r.cue != null && t.start(r.cue.token()) >= r.quotes.get(0).end()) {
          r.type = StatementType.DIRECT; // the whole quote before its verb is the utterance itself: ",,…'', vond Bellaart"
        }
      }
      if (r.needsQuote && r.quotes.isEmpty()) {
        continue;
      }
      drafts.add(r);
    }
    dropOwnViews(drafts, t);
    dropRelaysOfInnerStatements(drafts, t);
    drafts.sort(BY_SPAN);
    drafts = continueQuotes(t, drafts, unattributed);

    ArticleActors actors = new ArticleActors(t, rules, keys, quotes);
    Draft last = null;
    for (Draft d : drafts) {
      if (d.topic) {
        d.resolved = actors.personInFocus(d.start, d.topicParagraph).orElse(null);
        if (d.resolved == null && last != null && last.type == StatementType.DIRECT && last.resolved != null
            && textParagraphsBetween(t, last.end, d.start) <= (d.answer ? QUESTION_GAP : ANSWER_GAP)) {
          d.resolved = last.resolved; // the paragraph before names no one: the one quoted just before speaks on (an interview's answers)
        }
      } else if (d.coordinated && last != null && t.sentence(Math.min(t.size() - 1, t.tokenAt(last.start))) == d.sentence) {
        d.resolved = last.resolved;
      } else if (d.speaker != null) {
        // a pronoun or title after its statement looks back from where the statement starts: a name
        // inside the quote is not the speaker ("«… Erna Solberg …», sier han")
        d.resolved = actors.resolve(d.speaker, Math.min(d.start, t.start(d.speaker.start()))).orElse(null);
      } else if (last != null && (d.continues
          || d.sentence >= 0 && t.sentence(Math.min(t.size() - 1, t.tokenAt(last.start))) == d.sentence)) {
        d.resolved = last.resolved;
      }
      if (d.resolved != null && d.type == StatementType.DIRECT && d.cue == null && d.quotes.size() == 1 && d.quotes.get(0).dash()) {
        endBeforeNarration(t, d, actors, quotes);
      }
      last = d;
    }
    List<Statement> statements = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.type != StatementType.DIRECT && d.resolved == null && !personPronoun(t, d.speaker)) {
        continue; // reported speech needs a source: without one it is the journalist's own text
      }
      if (d.type != StatementType.DIRECT && d.speaker != null && speakers.isMeasurement(t, d.speaker)) {
        continue; // "the data show that …": data show, they do not say (non-verbal communication)
      }
      int s = d.start;
      int e = d.end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      if (d.type != StatementType.DIRECT) {
        s = Dateline.skip(text, s, e); // "JERUSALEM (Reuters) - Israel and Hamas agreed …, the ministry said"
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e <= s) {
        continue;
      }
      Optional<Speaker> speaker = Optional.ofNullable(d.resolved).map(ArticleActors.Pending::speaker);
      Optional<Cue> cue = Optional.ofNullable(d.cue).map(h -> cue(t, h));
      List<Span> quoted = d.type == StatementType.MIXED
          ? d.quotes.stream().map(q -> Span.of(q.contentStart(), q.contentEnd())).collect(ImmutableList.toImmutableList())
          : List.of();
      statements.add(new Statement(article.id(), rules.language, d.type, text.substring(s, e), Span.of(s, e),
          speaker, cue, d.stance, quoted));
    }
    return new Extraction(article, Optional.of(rules.language), statements, actors.deferredAll(), Optional.empty());
  }

  /** The most words of a work's title in quote marks ({@link #namesAWork}). */
  private static final int TITLE_WORDS = 6;

  /**
   * Whether a quotation holds only capitalised words, a few of them: the title of a work or a name
   * ("Hitlers «Mein Kampf»"), no one's words, which inside reported speech make it no mixed quote.
   */
  private static boolean namesAWork(Tokens t, Quote q) {
    int words = 0;
    for (int k = t.tokenAt(q.contentStart()); k < t.size() && t.start(k) < q.contentEnd(); k++) {
      if (!t.isWord(k) || !t.isCapitalized(k) || ++words > TITLE_WORDS) {
        return false;
      }
    }
    return words > 0;
  }

  /**
   * A dialogue-dash quote without an attribution runs to the end of its paragraph, where the
   * journalist may go on after the words: a later sentence that names the quote's own speaker
   * ("Fardal drar seg i håret.") is narration, as nobody names himself in his own words, and the
   * quote ends before it. The quote is replaced in {@code quotes} as well, so that the names of the
   * narration count as mentions outside quotes for the statements after it.
   */
  private static void endBeforeNarration(Tokens t, Draft d, ArticleActors actors, List<Quote> quotes) {
    int first = t.tokenAt(d.start);
    int to = Math.min(t.size(), t.tokenAt(d.end));
    if (first >= to) {
      return;
    }
    int firstSentence = t.sentence(first);
    for (int k = first; k < to; k++) {
      if (t.sentence(k) != firstSentence && actors.namesPerson(d.resolved, k) && !endsAttribution(t, k)) {
        int end = t.end(t.sentenceStart(t.sentence(k)) - 1);
        Quote q = d.quotes.get(0);
        Quote cut = q.withContentEnd(end, end);
        d.end = end;
        d.quotes.set(0, cut);
        int i = Sorted.firstAtLeast(quotes.size(), j -> quotes.get(j).start(), q.start());
        if (i < quotes.size() && quotes.get(i).equals(q)) {
          quotes.set(i, cut);
        }
        return;
      }
    }
  }

  /**
   * Whether the name at token {@code k} ends its sentence after a comma and one lower-case word:
   * an attribution whose verb is no cue ("…, sukker Øyvind."), not narration.
   */
  private static boolean endsAttribution(Tokens t, int k) {
    if (k < 2 || !t.is(k - 2, ',') || !t.isWord(k - 1) || t.isCapitalized(k - 1)) {
      return false;
    }
    int j = k + 1;
    while (j < t.size() && t.sentence(j) == t.sentence(k) && t.isWord(j) && t.isCapitalized(j)) {
      j++;
    }
    return j >= t.size() || t.sentence(j) != t.sentence(k) || t.is(j, '.') || t.is(j, '!') || t.is(j, '?');
  }

  /** The most paragraphs of text between a quote and a first-person quote or answer that the paragraph before leaves unnamed. */
  private static final int ANSWER_GAP = 1;

  /** The most paragraphs between a quote and an answer: a question and another question, or narration and the question. */
  private static final int QUESTION_GAP = 3;

  /** The most tokens read between two statements to count the paragraphs between them. */
  private static final int GAP_TOKENS = 120;

  /**
   * How many paragraphs hold the tokens between offsets {@code from} and {@code to}, the paragraphs
   * of the ends left out; more than {@link #QUESTION_GAP} once more than {@value #GAP_TOKENS} tokens lie between.
   */
  private static int textParagraphsBetween(Tokens t, int from, int to) {
    int a = t.tokenAt(from);
    int b = Math.min(t.size(), t.tokenAt(to));
    if (a >= b || b - a > GAP_TOKENS) {
      return a >= b ? 0 : QUESTION_GAP + 1;
    }
    int count = 0;
    int first = t.paragraph(Math.max(0, a - 1));
    int lastPar = b < t.size() ? t.paragraph(b) : -1;
    int seen = first;
    for (int k = a; k < b; k++) {
      int p = t.paragraph(k);
      if (p != seen && p != lastPar) {
        count++;
        seen = p;
      }
    }
    return count;
  }

  private static final Comparator<Draft> BY_SPAN = Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> d.end);

  /** The quote cut at the end of the sentence its words start in. */
  private static Quote firstSentence(Tokens t, Quote q) {
    int first = t.tokenAt(q.contentStart());
    if (first >= t.size()) {
      return q;
    }
    int end = t.end(t.sentenceEnd(t.sentence(first)) - 1);
    return end < q.contentEnd() ? q.withContentEnd(end, end) : q;
  }

  /** Index of the first quote that starts at or after {@code offset}; quotes are in text order. */
  /**
   * The quotations inside {@code text[from, to)}, the rest of a dash quote's paragraph after its
   * attribution, which the scanner passed over: "– …, sa Lavrov, og la til at Vesten «overdriver»."
   */
  private List<Quote> quotesIn(String text, int from, int to) {
    if (to - from < 2) {
      return List.of();
    }
    List<Quote> out = new ArrayList<>();
    for (Quote n : quoteScanner.scan(text.substring(from, to))) {
      if (!n.dash()) {
        out.add(new Quote(n.start() + from, n.contentStart() + from, n.contentEnd() + from, n.end() + from, false));
      }
    }
    return out;
  }

  private static int firstQuoteFrom(List<Quote> quotes, int offset) {
    return Sorted.firstAtLeast(quotes.size(), i -> quotes.get(i).start(), offset);
  }

  /**
   * A person's view that the person's own statement reports is part of it: in "X zei dat hij het
   * jammer vindt dat …" the reported clause after the cue opens with the pronoun that is the subject of the inner
   * cue, which speaks for X; the inner statement goes and the outer one stays (an agency or
   * organisation may relay someone else's view: "Interfax meldt dat hij vindt dat …" stays
   * with the inner one, {@link #dropRelaysOfInnerStatements}).
   */
  private void dropOwnViews(List<Draft> drafts, Tokens t) {
    java.util.Map<Integer, Draft> byStart = new java.util.HashMap<>();
    for (Draft d : drafts) {
      if (d.type != StatementType.DIRECT && d.cue != null && d.speaker != null && d.speaker.kind() != NounPhrase.Kind.ORGANISATION
          && t.start(d.cue.token()) < d.start) { // the cue before its clause: after it ("…, sier X") the pronoun is someone else's

        byStart.putIfAbsent(d.start, d);
      }
    }
    drafts.removeIf(d -> {
      if (d.type == StatementType.DIRECT || d.cue == null || !personPronoun(t, d.speaker)) {
        return false;
      }
      Draft outer = byStart.get(t.start(d.speaker.start()));
      int cue = t.start(d.cue.token());
      return outer != null && outer != d && outer.start <= cue && cue < outer.end;
    });
  }

  /**
   * An agency or report that relays someone else's statement is not the speaker when the relayed
   * statement names its own: "Kuleba said …, Interfax reported" keeps Kuleba.
   */
  private static void dropRelaysOfInnerStatements(List<Draft> drafts, Tokens t) {
    // the drafts with a cue, by the cue's offset and then their place in the list, sorted as
    // numbers (offset << 32 | place) to keep the sort off the drafts themselves
    long[] byCue = new long[drafts.size()];
    int withCue = 0;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.cue != null) {
        byCue[withCue++] = (long) t.start(d.cue.token()) << 32 | i;
      }
    }
    Arrays.sort(byCue, 0, withCue);
    // of two with one cue offset, the later in the list
    List<Draft> unique = new ArrayList<>(withCue);
    int[] cueAt = new int[withCue];
    int[] starts = new int[withCue];
    int[] ends = new int[withCue];
    int n = 0;
    for (int k = 0; k < withCue; k++) {
      int at = (int) (byCue[k] >>> 32);
      if (k + 1 == withCue || (int) (byCue[k + 1] >>> 32) != at) {
        Draft d = drafts.get((int) byCue[k]);
        unique.add(d);
        cueAt[n] = at;
        starts[n] = d.start;
        ends[n] = d.end;
        n++;
      }
    }
    // an inner statement relayed by the outer one is one whose cue lies inside the outer span and
    // whose own span leaves out the outer cue: it starts after that cue or ends before it
    RangeExtremes startExtremes = new RangeExtremes(Arrays.copyOf(starts, n));
    RangeExtremes endExtremes = new RangeExtremes(Arrays.copyOf(ends, n));
    // the outer statements in cue order, so that each search starts next to the outer cue
    int self = 0;
    for (int k = 0; k < withCue; k++) {
      Draft outer = drafts.get((int) byCue[k]);
      int outerCue = (int) (byCue[k] >>> 32);
      while (cueAt[self] < outerCue) {
        self++;
      }
      if (outer.type == StatementType.DIRECT) {
        continue;
      }
      int from = Sorted.firstAtLeast(n, i -> cueAt[i], outer.start, self);
      int to = Sorted.firstAtLeast(n, i -> cueAt[i], outer.end, self);
      boolean selfInside = self >= from && self < to && unique.get(self) == outer;
      if (selfInside
          ? relays(startExtremes, endExtremes, from, self, outerCue) || relays(startExtremes, endExtremes, self + 1, to, outerCue)
          : relays(startExtremes, endExtremes, from, to, outerCue)) {
        outer.relay = true;
      }
    }
    drafts.removeIf(d -> d.relay);
  }

  /** Whether a statement whose cue is one of {@code [from, to)} leaves out {@code outerCue}. */
  private static boolean relays(RangeExtremes starts, RangeExtremes ends, int from, int to, int outerCue) {
    return starts.max(from, to) > outerCue || ends.min(from, to) <= outerCue;
  }

  /**
   * A quote left without attribution that stands alone as a sentence right after a statement
   * continues that statement (same speaker, no cue): in the same paragraph, or as a paragraph of
   * its own (a quote or dialogue-dash paragraph that ends as a sentence ends and is no
   * interviewer's question). A first-person one after a sentence or paragraph about a person is
   * that person's ({@link Draft#topic}).
   */
  private List<Draft> continueQuotes(Tokens t, List<Draft> drafts, List<Quote> unattributed) {
    Set<Quote> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    drafts.forEach(d -> taken.addAll(d.quotes));
    List<Draft> out = new ArrayList<>(drafts);
    int d = 0;
    Draft before = null;
    int question = -1; // the first token of the last interviewer's question that opens its paragraph
    for (Quote q : unattributed) {
      while (d < drafts.size() && drafts.get(d).start < q.start()) {
        if (before == null || drafts.get(d).end <= q.start()) {
          before = drafts.get(d).end <= q.start() ? drafts.get(d) : before;
        }
        d++;
      }
      if (taken.contains(q)) {
        continue;
      }
      int open = t.tokenAt(q.start());
      if (open >= t.size() || open != t.sentenceStart(t.sentence(open))) {
        continue;
      }
      boolean opensParagraph = open == 0 || t.paragraph(open - 1) != t.paragraph(open);
      // a paragraph of its own that ends as a sentence ends (a quoted headline does not)
      boolean wholeParagraph = opensParagraph && endsWithStop(t.text(), q) && (q.dash() || endsItsSentence(t, q));
      if (q.dash() && opensParagraph && asks(t.text(), q)) {
        question = open; // the interviewer's question: the next dash paragraph answers it
        continue;
      }
      if (q.dash() && !wholeParagraph) {
        continue; // a dash paragraph without attribution
      }
      // the answer to an interviewer's question in the paragraph before: the one who answered the
      // question before it, or else the person the text was about before the question
      boolean answer = q.dash() && question > 0 && t.paragraph(open - 1) == t.paragraph(question);
      boolean nextToBefore = before != null && (answer
          ? before.end <= t.start(question) && t.paragraph(t.tokenAt(before.end - 1)) == t.paragraph(question - 1)
          : t.sentence(Math.min(t.size() - 1, t.tokenAt(before.end))) + 1 >= t.sentence(open));
      boolean continuing = nextToBefore && (t.paragraph(t.tokenAt(before.start)) == t.paragraph(open) || wholeParagraph);
      boolean ownWords = !continuing && open > 0 && (t.paragraph(open - 1) == t.paragraph(open) || wholeParagraph)
          && (answer || (quoteAttributor.firstPerson(t, q) || utterance(t, q)) && (q.dash() || endsItsSentence(t, q)));
      if (!continuing && !ownWords) {
        continue;
      }
      Draft c = new Draft(StatementType.DIRECT, q.contentStart(), q.contentEnd());
      c.continues = continuing;
      c.topic = ownWords;
      c.topicParagraph = answer ? t.paragraph(question - 1) : open > 0 ? t.paragraph(open - 1) : t.paragraph(open);
      c.answer = answer && !continuing;
      c.quotes.add(q);
      out.add(c);
      before = c;
    }
    out.sort(BY_SPAN);
    return out;
  }

  /**
   * Whether the quote's words are whole sentences of someone's: a mark that quotes only speech opens
   * them, and they end with . ! ? or … inside the marks and run to {@value #UTTERANCE_WORDS} words or
   * more.
   */
  private boolean utterance(Tokens t, Quote q) {
    if (!speechMark(t.text(), q.start()) || !QuoteAttributor.endsWithStop(t.text(), q.contentEnd())) {
      return false;
    }
    int words = 0;
    for (int k = t.tokenAt(q.contentStart()); k < t.size() && t.start(k) < q.contentEnd() && words < UTTERANCE_WORDS; k++) {
      if (t.isWord(k)) {
        words++;
      }
    }
    return words >= UTTERANCE_WORDS;
  }

  private static final int UTTERANCE_WORDS = 5;

  /** Whether a mark that quotes only speech opens at offset {@code at}. */
  private boolean speechMark(String text, int at) {
    for (String open : speechOpens) {
      if (text.startsWith(open, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the quote's words end as a sentence ends: with . ! ? or …, inside the marks or right after them. */
  private static boolean endsWithStop(String text, Quote q) {
    return QuoteAttributor.endsWithStop(text, q.contentEnd())
        || q.end() < text.length() && QuoteAttributor.endsWithStop(text, q.end() + 1);
  }

  /** Whether the quote's words are a question. */
  private static boolean asks(String text, Quote q) {
    int e = q.contentEnd();
    while (e > q.contentStart() && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
      e--;
    }
    return e > q.contentStart() && text.charAt(e - 1) == '?';
  }

  private static boolean endsItsSentence(Tokens t, Quote q) {
    int after = t.tokenAt(q.end());
    int open = t.tokenAt(q.start());
    return after >= t.size() || !t.hasWord(after, t.sentenceEnd(t.sentence(open)));
  }

  /**
   * Whether the speaker's phrase is a gendered personal pronoun ("hun", "he"): someone spoke, even
   * when the article names no one the pronoun may mean ("a worried woman calls. She says that …").
   */
  private boolean personPronoun(Tokens t, NounPhrase np) {
    return np != null && np.kind() == NounPhrase.Kind.PRONOUN
        && (rules.is(t, np.start(), WordClass.PRONOUN_MALE) || rules.is(t, np.start(), WordClass.PRONOUN_FEMALE));
  }

  /** Whether a reported statement overlaps a direct one; {@code direct} is in text order and does not overlap itself. */
  private static boolean overlapsDirect(Draft r, List<Draft> direct) {
    int lo = Sorted.firstAtLeast(direct.size(), i -> direct.get(i).end, r.start + 1);
    return lo < direct.size() && direct.get(lo).start < r.end;
  }

  private static Cue cue(Tokens t, CueFinder.Hit h) {
    String text = t.text();
    int s = t.start(h.token());
    int e = t.end(h.end());
    String written = h.particle() >= 0
        ? text.substring(s, t.end(h.last())) + " ... " + t.word(h.particle())
        : text.substring(s, e);
    return new Cue(written, Span.of(s, e), h.entry().lemma());
  }
}
