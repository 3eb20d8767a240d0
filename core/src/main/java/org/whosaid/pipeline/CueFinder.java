package org.whosaid.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.model.Stance;
import org.whosaid.spi.CueEntry;
import org.whosaid.spi.CueKind;
import org.whosaid.spi.WordClass;

/**
 * Finds the speech verbs and attribution phrases of an article: each word is looked up in the
 * language's cue lexicon; a multi-word cue must match its following words, and a separable verb
 * ("riep ... op", "la ... til") must find its particle later in the same sentence.
 */
final class CueFinder {

  private static final int PARTICLE_WINDOW = 24;

  /** A cue in the text: its first and last word, and the particle's token (or -1). */
  record Hit(int token, int last, CueEntry entry, int particle) {
    int end() {
      return particle >= 0 ? particle : last;
    }
  }

  /** Index of the first hit whose first word is at or after {@code token}; hits are in text order. */
  static int firstAtOrAfter(List<Hit> hits, int token) {
    return Sorted.firstAtLeast(hits.size(), i -> hits.get(i).token(), token);
  }

  /** The most tokens a hit's {@link Hit#end()} can lie after its first word. */
  static int maxSpan(LanguageRules rules) {
    int words = 1;
    for (CueEntry e : rules.cuesByFirstWord.values()) {
      words = Math.max(words, rules.cueWords(e).size());
    }
    return words - 1 + PARTICLE_WINDOW;
  }

  private final LanguageRules rules;

  CueFinder(LanguageRules rules) {
    this.rules = rules;
  }

  /**
   * Whether token {@code j} is a determiner that is no pronoun or complementizer: what follows it
   * modifies a noun; not a possessive after its noun ("Advokaten hans mener at …").
   */
  private boolean articleAt(Tokens t, int j) {
    return j >= 0 && t.isWord(j) && rules.is(t, j, WordClass.DETERMINER) && !rules.is(t, j, WordClass.PRONOUN_PLURAL)
        && !relativeAfterPhrase(t, j)
        && !rules.is(t, j, WordClass.PRONOUN_NEUTER) && !rules.is(t, j, WordClass.COMPLEMENTIZER)
        && !(rules.is(t, j, WordClass.POSSESSIVE) && j > 0 && t.isWord(j - 1) && !rules.isFunctionWord(t, j - 1)
            && !rules.is(t, j - 1, WordClass.DETERMINER));
  }

  /**
   * Whether token {@code j}, a relative pronoun that may also be an article ("die"), follows a comma,
   * a name or a title, so that it opens a relative clause: "Stoltenberg, die zei dat …", "de
   * woordvoerder die zei dat …"; not "over die gemelde zaak".
   */
  private boolean relativeAfterPhrase(Tokens t, int j) {
    if (!rules.is(t, j, WordClass.RELATIVE) || t.isCapitalized(j) || j == 0) {
      return false;
    }
    int p = j - 1;
    return t.is(p, ',') || t.isWord(p) && (rules.isTitle(t, p) || rules.isOrganisation(t, p)
        || t.isCapitalized(p) && p > t.sentenceStart(t.sentence(p)) && !rules.isFunctionWord(t, p));
  }

  /** The most tokens between a {@link WordClass#DOCUMENT_VERB} and the document noun before it, and after it. */
  private static final int DOCUMENT_BEFORE = 6;
  private static final int DOCUMENT_AFTER = 4;

  /**
   * Whether a document noun stands close before or after token {@code k} in its sentence, words only
   * between, and what follows the verb may go on from it: a mark, a capital, an article, an adverb, a
   * complementizer or a preposition ("read in part:"), not a particle the lexicon lacks ("a message
   * read out on Friday").
   */
  private boolean documentNear(Tokens t, int k) {
    int n = k + 1;
    if (n < t.size() && t.isWord(n) && !t.isCapitalized(n) && !rules.is(t, n, WordClass.DETERMINER) && !rules.is(t, n, WordClass.ADVERB)
        && !rules.is(t, n, WordClass.COMPLEMENTIZER) && !rules.is(t, n, WordClass.PREPOSITION)) {
      return false;
    }
    int s = t.sentence(k);
    for (int j = k - 1; j >= 0 && j >= k - DOCUMENT_BEFORE && t.sentence(j) == s && t.isWord(j); j--) {
      if (rules.isDocument(t, j)) {
        return true;
      }
    }
    for (int j = k + 1; j < t.size() && j <= k + DOCUMENT_AFTER && t.sentence(j) == s && t.isWord(j); j++) {
      if (rules.isDocument(t, j)) {
        return true;
      }
    }
    return false;
  }

  List<Hit> find(Tokens t) {
    List<Hit> hits = new ArrayList<>();
    int after = 0; // the first token not taken by a hit
    for (int c = 0; c < t.cueCandidates(); c++) {
      int k = t.cueCandidate(c); // only the tokens that start a cue of the lexicon, listed when looked up
      if (k < after || !t.isWord(k) || t.isCapitalized(k) && k != t.sentenceStart(t.sentence(k))) {
        continue; // a capitalised word is a name ("United States"), unless it opens the sentence
      }
      List<CueEntry> entries = rules.cues(t, k);
      if (entries.get(0).kind() != CueKind.SOURCE_BEFORE && (articleAt(t, k - 1)
          || k > 1 && t.isWord(k - 1) && rules.is(t, k - 1, WordClass.ADVERB) && articleAt(t, k - 2))) {
        continue; // a participle used as an adjective: "a proposed bill", "het gemelde incident", "de toen bekende meester"
      }
      if (rules.is(t, k, WordClass.DOCUMENT_VERB) && !documentNear(t, k)) {
        continue; // "read" is a text's cue: "the statement read", not "he read the book"
      }
      if (afterExistential(t, k)) {
        continue; // a noun after "there" and a form of "be": "There were states that …", "there have been reports that …"
      }
      if (entries.get(0).kind() != CueKind.SOURCE_BEFORE && entries.get(0).kind() != CueKind.SOURCE_AFTER
          && passiveWithoutAgent(t, k)) {
        continue; // "was told to leave", "it was reported Baker was …", "were advised to …": nobody's speech
      }
      // "was accused of …" is an accusation without its accuser (also "has accused": read as the plain verb)
      boolean afterAuxiliary = k > 0 && t.isWord(k - 1) && rules.is(t, k - 1, WordClass.AUXILIARY);
      Hit best = null;
      for (int i = 0; i < entries.size(); i++) {
        CueEntry e = entries.get(i);
        Hit h = afterAuxiliary && isAccusation(e) ? null : match(t, k, e);
        if (h != null && (best == null || h.particle() >= 0 && best.particle() < 0 || h.last() > best.last())) {
          best = h;
        }
      }
      if (best != null) {
        hits.add(best);
        after = best.last() + 1;
      }
    }
    return hits;
  }

  /** The most adverbs, negations and auxiliaries between an existential subject and the word after them. */
  private static final int EXISTENTIAL_WINDOW = 4;

  /**
   * Whether token {@code k} follows an existential subject and a form of "be", with adverbs or a
   * negation between ("There were states that …", "there have also been claims that …", "there’s
   * reports that …"); the subject opens its clause (not "officials there have said").
   */
  private boolean afterExistential(Tokens t, int k) {
    int floor = t.sentenceStart(t.sentence(k));
    int j = k - 1;
    boolean auxiliary = false;
    while (j >= floor && j >= k - EXISTENTIAL_WINDOW && t.isWord(j) && !rules.is(t, j, WordClass.EXISTENTIAL)
        && (rules.is(t, j, WordClass.AUXILIARY) || rules.is(t, j, WordClass.ADVERB) || rules.is(t, j, WordClass.NEGATION))) {
      auxiliary |= rules.is(t, j, WordClass.AUXILIARY);
      j--;
    }
    if (j < floor || !t.isWord(j) || !rules.is(t, j, WordClass.EXISTENTIAL)) {
      return false;
    }
    return (auxiliary || rules.is(t, j, WordClass.AUXILIARY))
        && (j == floor || !t.isWord(j - 1) || rules.isFunctionWord(t, j - 1));
  }

  /** The most tokens after a passive speech verb in which its agent ("by …") may stand. */
  private static final int AGENT_WINDOW = 5;

  /**
   * Whether token {@code k} is a speech verb in the passive (after a {@link WordClass#PASSIVE_AUXILIARY},
   * adverbs between, not a {@link WordClass#PRESENT_PARTICIPLE}) with no agent within a few words
   * after it in its sentence ("was described by X as", "was announced on Friday by X" keep theirs).
   * In a verb-second language the inverted subject may stand between too: "er det nemlig varslet
   * at", "blir Øyvind fortalt at" (who was told is no speaker), and the auxiliary may follow the
   * participle right after it: "beweerd wordt dat".
   */
  private boolean passiveWithoutAgent(Tokens t, int k) {
    if (rules.is(t, k, WordClass.PRESENT_PARTICIPLE)) {
      return false;
    }
    int floor = t.sentenceStart(t.sentence(k));
    int end = t.sentenceEnd(t.sentence(k));
    int j = k - 1;
    while (j > floor && j >= k - 3 && t.isWord(j) && (rules.is(t, j, WordClass.ADVERB) || invertedSubject(t, j))
        && !rules.is(t, j, WordClass.PASSIVE_AUXILIARY)) {
      j--;
    }
    // in a verb-second language the participle may come first: "maar beweerd wordt dat …", "gezegd werd dat …"
    boolean participleFirst = rules.verbSecond && k + 1 < end && t.isWord(k + 1) && rules.is(t, k + 1, WordClass.PASSIVE_AUXILIARY);
    if (!participleFirst && (j < floor || !t.isWord(j) || !rules.is(t, j, WordClass.PASSIVE_AUXILIARY))) {
      return false;
    }
    for (int a = k + 1; a < Math.min(end, k + 1 + AGENT_WINDOW); a++) {
      if (t.isWord(a) && rules.is(t, a, WordClass.AGENT)) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code k} may be a subject after its auxiliary, in a verb-second language: a pronoun, an empty subject or a name. */
  private boolean invertedSubject(Tokens t, int k) {
    return rules.verbSecond && (rules.is(t, k, WordClass.PRONOUN_NEUTER) || rules.is(t, k, WordClass.PRONOUN_MALE)
        || rules.is(t, k, WordClass.PRONOUN_FEMALE) || rules.is(t, k, WordClass.PRONOUN_PLURAL)
        || rules.is(t, k, WordClass.EXISTENTIAL) || t.isCapitalized(k) && !rules.isFunctionWord(t, k));
  }

  /** An accusation names the accused before its preposition: "accused Russia of", "beschuldigt X van". */
  static boolean isAccusation(CueEntry e) {
    return e.particle().isPresent() && e.stance() == Stance.DENY;
  }

  private Hit match(Tokens t, int k, CueEntry e) {
    List<String> words = rules.cueWords(e);
    int last = k;
    for (int w = 1; w < words.size(); w++) {
      last++;
      if (last >= t.size() || t.sentence(last) != t.sentence(k) || !t.lowerEquals(last, words.get(w))) {
        return null;
      }
    }
    int particle = -1;
    if (e.particle().isPresent()) {
      String p = e.particle().get();
      int limit = Math.min(t.size(), last + PARTICLE_WINDOW);
      for (int j = last + 1; j < limit && t.sentence(j) == t.sentence(k); j++) {
        if (t.lowerEquals(j, p)) {
          particle = j;
          break;
        }
        if (t.is(j, '.') || t.is(j, ';')) {
          break;
        }
        if (t.isWord(j) && rules.is(t, j, WordClass.RELATIVE) && !rules.is(t, j, WordClass.COMPLEMENTIZER) && t.is(j - 1, ',')) {
          // a relative clause set off by a comma is no part of the verb's phrase: "snakket med X, som er
          // om bord …"; one without may end before the particle ("riep mensen die in Oekraïne zijn op …")
          break;
        }
      }
      if (particle < 0) {
        return null;
      }
    }
    return new Hit(k, last, e, particle);
  }
}
