package org.whosaid.pipeline;

import java.util.Optional;
import org.whosaid.spi.CueKind;
import org.whosaid.spi.WordClass;

/**
 * Reads the noun phrase that names a speaker next to a cue: after it ({@code zei de minister Dmitro
 * Koeleba}, {@code sa han}) or before it ({@code Het Kremlin heeft ontkend}, {@code Stoltenberg
 * told}), and splits it into name, title and the rest.
 */
final class SpeakerResolver {

  private static final int MAX_PHRASE = 12;

  private final LanguageRules rules;

  SpeakerResolver(LanguageRules rules) {
    this.rules = rules;
  }

  boolean isPronoun(Tokens t, int k) {
    return rules.is(t, k, WordClass.PRONOUN_MALE) || rules.is(t, k, WordClass.PRONOUN_FEMALE)
        || rules.is(t, k, WordClass.PRONOUN_PLURAL) || rules.is(t, k, WordClass.PRONOUN_NEUTER);
  }

  boolean isModifierOrHead(Tokens t, int k) {
    return rules.is(t, k, WordClass.DETERMINER) || rules.is(t, k, WordClass.NATIONALITY) || rules.isTitle(t, k)
        || rules.isOrganisation(t, k) || t.isCapitalized(k);
  }

  /**
   * Whether token {@code k}, after a word that is an article or a pronoun, is a plain lower-case word
   * that makes it the article of a noun phrase ("volgens het vakblad Distrifood"), not a pronoun.
   */
  private boolean plainNoun(Tokens t, int k) {
    return !t.isCapitalized(k) && !closedClass(t, k) && !rules.is(t, k, WordClass.RELATIVE) && !Character.isDigit(t.first(k));
  }

  /** Whether token {@code k} may be a word of the body a spokesperson speaks for, after its article: a plain word, no determiner. */
  private boolean spokenForWord(Tokens t, int k) {
    return k < t.size() && t.isWord(k) && plainNoun(t, k) && !rules.is(t, k, WordClass.DETERMINER) && rules.cues(t, k).isEmpty();
  }

  private boolean skippable(Tokens t, int k) {
    return rules.is(t, k, WordClass.ADVERB) || rules.is(t, k, WordClass.AUXILIARY) || rules.is(t, k, WordClass.NEGATION);
  }

  /**
   * The comma that ends a title's phrase at {@code end}: right there, or after a short phrase of
   * words and brackets ({@value #MAX_TITLE_TAIL} tokens at most); -1 if none.
   */
  private static int commaAfterPhrase(Tokens t, int end, int limit) {
    for (int k = end; k < limit && k < end + MAX_TITLE_TAIL; k++) {
      if (t.is(k, ',')) {
        return k;
      }
      if (!t.isWord(k) && !t.is(k, '(') && !t.is(k, ')')) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether token {@code k} is the full stop of a capitalised abbreviation that ends a name, no title,
   * right after a capitalised word (not before {@code floor}): "Marcos Jr.", "Acme Inc.".
   */
  boolean nameSuffixStop(Tokens t, int k, int floor) {
    return k - 2 >= floor && t.is(k, '.') && t.end(k - 1) == t.start(k) && t.isWord(k - 1) && t.isCapitalized(k - 1)
        && rules.isAbbreviation(t, k - 1) && !rules.isTitle(t, k - 1) && t.isWord(k - 2) && t.isCapitalized(k - 2);
  }

  /** The most tokens between a title's phrase and the comma before the name in apposition. */
  private static final int MAX_TITLE_TAIL = 12;

  /** The most tokens of an aside in brackets between a subject and its verb. */
  private static final int MAX_ASIDE = 6;

  /**
   * The most lower-case role words the lexicon lacks before a name: "wrote student protester Joshua
   * Wong"; three in English, "said selection committee member Ulf Danielsson" (in a verb-second
   * language the inverted subject may be an adverb and a group before a name: "sier riktignok hver …").
   */
  private int maxRoleWords() {
    return rules.verbSecond ? 2 : 3;
  }

  /** Where the plain lower-case words from {@code k} end, at most {@link #maxRoleWords()} of them: the role nouns before a name. */
  private int roleWordsEnd(Tokens t, int k, int max) {
    int lead = k;
    while (lead < Math.min(max, k + maxRoleWords()) && t.isWord(lead) && !t.isCapitalized(lead) && !rules.isFunctionWord(t, lead)
        && !rules.is(t, lead, WordClass.DETERMINER) && !isPronoun(t, lead)) {
      lead++;
    }
    return lead;
  }

  /** The most lower-case words of what an owner's genitive possesses: "Huber's longtime tag team partner Erick Rowan". */
  private static final int OWNED_PHRASE_WORDS = 4;

  /** The most words of a name in apposition. */
  private static final int MAX_NAME_WORDS = 5;

  /** The phrase that starts at or just after {@code from} (adverbs skipped), within {@code limit}. */
  Optional<NounPhrase> after(Tokens t, int from, int limit) {
    return after(t, from, limit, false);
  }

  /**
   * The phrase after a source word ("volgens", "ifølge"), which takes no subject pronoun: a word
   * that may be an article or a pronoun is the article before a plain lower-case word ("volgens het
   * vakblad Distrifood", not the pronoun "het").
   */
  Optional<NounPhrase> afterSourceWord(Tokens t, int from, int limit) {
    return after(t, from, limit, true);
  }

  private Optional<NounPhrase> after(Tokens t, int from, int limit, boolean sourceObject) {
    int k = from;
    while (k < limit && t.isWord(k) && rules.is(t, k, WordClass.ADVERB) && !t.isCapitalized(k)) {
      k++;
    }
    if (k >= limit || !t.isWord(k)) {
      return Optional.empty();
    }
    if (isPronoun(t, k) && !rules.is(t, k, WordClass.DETERMINER)
        || isPronoun(t, k) && (k + 1 >= limit || !t.isWord(k + 1) || !isModifierOrHead(t, k + 1) && !(sourceObject && plainNoun(t, k + 1)))) {
      return Optional.of(new NounPhrase(k, k + 1, k, k, k, k, NounPhrase.Kind.PRONOUN));
    }
    int start = k;
    int end = k;
    int max = Math.min(limit, start + MAX_PHRASE);
    int lead = roleWordsEnd(t, k, max);
    if (lead > k && lead < max && t.isWord(lead) && rules.is(t, lead, WordClass.CONJUNCTION) && !rules.is(t, lead, WordClass.COMPLEMENTIZER)
        && roleWordsEnd(t, lead + 1, max) < max && t.isWord(roleWordsEnd(t, lead + 1, max))) {
      lead = roleWordsEnd(t, lead + 1, max); // two roles of one person: "said study co-author and research fellow Tim Caro"
    }
    if (lead > k && lead < max && t.isWord(lead) && t.isCapitalized(lead) && !rules.isFunctionWord(t, lead)) {
      end = lead; // role nouns the lexicon lacks before a name: "wrote student protester Joshua Wong"
    } else if (rules.is(t, k, WordClass.DETERMINER)) {
      end = afterAttributes(t, k, max); // "den nå 93 år gamle Martha Johnsen": an article, what describes the person, the name
    }
    boolean head = false;
    while (end < max && t.isWord(end)) {
      boolean det = end == start && (rules.is(t, end, WordClass.DETERMINER)
          || rules.is(t, end, WordClass.INDEFINITE) && end + 1 < max && t.isWord(end + 1) && titleOrPostModified(t, end + 1, max)); // "said one official"
      boolean cap = t.isCapitalized(end) && !rules.is(t, end, WordClass.DETERMINER);
      boolean noun = titleOrPostModified(t, end, max) || rules.isOrganisation(t, end);
      boolean nat = rules.is(t, end, WordClass.NATIONALITY);
      if (det || cap || noun || nat) {
        head |= cap && !nat || noun; // "de Spaanse media": a nationality is no head, its noun follows
        end++;
        if (cap && isGenitive(t, end - 1) && !pluralAfterArticle(t, end - 1, start)) {
          // "the WHO's situation report": the possessed phrase belongs to the speaker phrase
          int stop = Math.min(max, end + OWNED_PHRASE_WORDS);
          while (end < stop && t.isWord(end) && !t.isCapitalized(end) && !rules.isFunctionWord(t, end)
              && !rules.is(t, end, WordClass.DETERMINER)) {
            end++;
          }
        }
      } else if (particleInName(t, rules, end, max) && head) {
        end++;
      } else if (head && nameConjunction(t, rules, end, max) && namedAfterArticle(t, start, end) && !namePrepositionBefore(t, end - 1, start)) {
        end++; // capitalised words joined after an article name one body: "the Arts and Humanities Citation Index"
      } else if (head && end + 2 < max && rules.is(t, end, WordClass.CONJUNCTION) && rules.isTitle(t, end - 1) && !t.isCapitalized(end - 1)
          && t.isWord(end + 1) && !t.isCapitalized(end + 1) && rules.isTitle(t, end + 1) && t.isWord(end + 2) && t.isCapitalized(end + 2)
          && !closedClass(t, end + 2)) {
        end += 2; // two titles of one person before the name: "midtøstenekspert og professor Knut S. Vikør"
      } else if (head && !t.isCapitalized(end) && rules.isDocument(t, end) && end + 1 < max && t.isWord(end + 1)
          && rules.is(t, end + 1, WordClass.PREPOSITION)) {
        end++; // a document after a name, its author after it: "a Twitter post by Amy Cook"
        break;
      } else if (head && rules.isSpokesperson(t, end - 1) && rules.is(t, end, WordClass.PREPOSITION) && !rules.is(t, end, WordClass.ADDRESSEE)
          && end + 2 < max && rules.is(t, end + 1, WordClass.DETERMINER) && !t.isCapitalized(end + 1) && spokenForWord(t, end + 2)
          && !rules.isOrganisation(t, end + 2)) {
        // "en talsmann for de militære", "for den militære juntaen" (an organisation noun alone is the next branch's)
        end += end + 3 < max && spokenForWord(t, end + 3) && rules.isOrganisation(t, end + 3) ? 4 : 3;
        break;
      } else if (head && !t.isCapitalized(end - 1) && titleOrPostModified(t, end - 1, max) && postModifier(t, end) && end + 2 < max
          && rules.is(t, end + 1, WordClass.PREPOSITION) && !rules.is(t, end + 1, WordClass.ADDRESSEE)
          && (rules.is(t, end + 2, WordClass.DETERMINER) && !t.isCapitalized(end + 2) || t.isCapitalized(end + 2) && !closedClass(t, end + 2))) {
        end = postModifierEnd(t, end + 2, max); // the title's postmodifier: "according to officials familiar with the plans"
        break;
      } else if (head && !t.isCapitalized(end - 1) && rules.isTitle(t, end - 1) && rules.is(t, end, WordClass.PREPOSITION)
          && !rules.is(t, end, WordClass.ADDRESSEE) && nameAfterField(t, end + 1, max) > 0) {
        end = nameAfterField(t, end + 1, max); // the title's field, then the name: "professor i statsvitenskap Kari Nordmann"
      } else if (head && rules.is(t, end, WordClass.PREPOSITION) && !rules.is(t, end, WordClass.ADDRESSEE) && end + 1 < max && t.isWord(end + 1)
          && !rules.is(t, end, WordClass.QUESTION_COMPLEMENTIZER) // "sa Kasakhstans ambassadør om Borat": the topic, no body of the title
          && (t.isCapitalized(end + 1) && !rules.is(t, end + 1, WordClass.ADVERB) // not a time: "officials on Saturday"
              || rules.isOrganisation(t, end + 1)
              || rules.is(t, end + 1, WordClass.DETERMINER) && end + 2 < max && articleOfBody(t, end - 1, end + 2))
          && (precededByTitleOrOrg(t, start, end) || rules.is(t, end, WordClass.NAME_PREPOSITION) && namedAfterArticle(t, start, end))) {
        end++;
        if (rules.is(t, end, WordClass.DETERMINER) && !t.isCapitalized(end) && articleOfBody(t, end - 2, end + 1)) {
          end++; // the article of the organisation: "een woordvoerder van het ministerie", "… van het Witte Huis"
        }
      } else if (end > start && end + 1 < max && !t.isCapitalized(end) && !closedClass(t, end)
          && (rules.is(t, end - 1, WordClass.NATIONALITY) || rules.is(t, end - 1, WordClass.DETERMINER) || t.acronym(end - 1))
          && t.isWord(end + 1) && t.isCapitalized(end + 1) && !closedClass(t, end + 1)) {
        // a role noun the lexicon lacks, before a name: "de Italiaanse franciscaan Alberto Tosini", "NASA administrator Jim Bridenstine"
        end++;
        head = true;
      } else if (!head && end == start + 1 && rules.is(t, start, WordClass.INDEFINITE) && rules.is(t, end, WordClass.PREPOSITION)
          && !t.isCapitalized(end)) {
        end = partitiveEnd(t, end + 1, max); // "en av Diarras livvakter", "een van de demonstranten": one of a group
        if (end > start + 2) {
          return withAppositionName(t, new NounPhrase(start, end, start, start, start, start, NounPhrase.Kind.DESCRIPTION), limit);
        }
        return Optional.empty();
      } else if (!head && end > start && end - start <= 2 && !rules.is(t, end, WordClass.PREPOSITION)
          && !rules.is(t, end, WordClass.CONJUNCTION) && !rules.is(t, end, WordClass.AUXILIARY)) {
        end++; // "een woordvoerder", "Het westen", "the defence ministry": a plain noun after a determiner
        head = true;
        // it may be an adjective of the title or organisation after it, a nationality perhaps between:
        // "en høytstående amerikansk tjenesteperson"
        int headWord = end < max && t.isWord(end) && rules.is(t, end, WordClass.NATIONALITY) ? end + 1 : end;
        if (headWord >= max || !t.isWord(headWord) || !(rules.isTitle(t, headWord) || rules.isOrganisation(t, headWord))) {
          break;
        }
      } else {
        break;
      }
    }
    if (end < limit && nameSuffixStop(t, end, start)) {
      end++; // the phrase keeps the full stop that ends its name: "said Martin Luther King Jr., the pastor"
    }
    if (end > start && end + 1 < limit && t.is(end, '.') && rules.isTitle(t, end - 1) && rules.isAbbreviation(t, end - 1)
        && t.isWord(end + 1) && t.isCapitalized(end + 1)) {
      // an abbreviated title keeps its full stop before the name: "said Dr. Livermore"
      Optional<NounPhrase> named = after(t, end + 1, limit, sourceObject);
      if (named.isPresent() && named.get().hasName()) {
        return named;
      }
    }
    return withAppositionName(t, author(t, analyse(t, start, end), limit, NO_ISSUER).orElse(null), limit);
  }

  /**
   * Whether token {@code k}, before {@code end}, is a title or a noun that is one before its
   * postmodifier and that one's preposition, or before a preposition: "officials", "people familiar
   * with the matter", "people in the administration".
   */
  private boolean titleOrPostModified(Tokens t, int k, int end) {
    return rules.isTitle(t, k) || k + 2 < end && rules.is(t, k, WordClass.POSTMODIFIED_TITLE)
        && (postModifier(t, k + 1) && rules.is(t, k + 2, WordClass.PREPOSITION)
            || rules.is(t, k + 1, WordClass.PREPOSITION) && !rules.is(t, k + 1, WordClass.ADDRESSEE) && !rules.is(t, k + 1, WordClass.INFINITIVE));
  }

  /** Whether token {@code k} is a plain lower-case word that may describe the title before it: "familiar", "close", "briefed". */
  private boolean postModifier(Tokens t, int k) {
    return t.isWord(k) && !t.isCapitalized(k) && !closedClass(t, k) && !rules.isTitle(t, k) && !rules.isOrganisation(t, k)
        && rules.cuesOf(t, k).isEmpty() && !Character.isDigit(t.first(k));
  }

  /** The most words of the object of a title's postmodifier ({@link #postModifierEnd}). */
  private static final int POSTMODIFIER_OBJECT_WORDS = 4;

  /**
   * The token after the object of a title's postmodifier that starts at {@code k}, an article or a
   * capitalised word: "the plans", "the Kremlin", "the talks in Geneva"; its words are plain or
   * capitalised words, no function word or cue.
   */
  private int postModifierEnd(Tokens t, int k, int max) {
    int end = rules.is(t, k, WordClass.DETERMINER) && !t.isCapitalized(k) ? k + 1 : k;
    int stop = Math.min(max, end + POSTMODIFIER_OBJECT_WORDS);
    while (end < stop && t.isWord(end) && (t.isCapitalized(end) ? !closedClass(t, end) : postModifier(t, end) || rules.isOrganisation(t, end))) {
      end++;
    }
    return end;
  }

  /** The most lower-case words of a title's field ({@link #nameAfterField}). */
  private static final int FIELD_WORDS = 3;

  /**
   * Where the name starts after the lower-case words of a title's field from {@code from} (after
   * its preposition): one to {@value #FIELD_WORDS} plain words, then a capitalised word of no
   * closed class, no title or organisation ("professor of economics John Smith", "professor i
   * internasjonal politikk Kari Nordmann"), not after an organisation noun or a nationality; -1
   * when no name follows such words.
   */
  private int nameAfterField(Tokens t, int from, int max) {
    int j = from;
    while (j < max && j - from < FIELD_WORDS && t.isWord(j) && !t.isCapitalized(j) && !closedClass(t, j)
        && rules.cuesOf(t, j).isEmpty() && !Character.isDigit(t.first(j))) {
      j++;
    }
    // after an organisation noun or a nationality the capitals name a body: "lederen for landets største fagforening Central Única …"
    return j > from && j < max && t.isWord(j) && t.isCapitalized(j) && !closedClass(t, j) && !rules.is(t, j, WordClass.ADVERB)
        && !rules.isTitle(t, j) && !rules.isOrganisation(t, j) && !rules.isOrganisation(t, j - 1)
        && !rules.is(t, j - 1, WordClass.NATIONALITY) ? j : -1;
  }

  /** The most words that describe a person between an article and the name. */
  private static final int MAX_ATTRIBUTES = 5;

  /**
   * The first word of a name after an article and at least two lower-case words or numbers that
   * describe the person ("den nå 93 år gamle Martha Johnsen", "de pas 19-jarige Anna de Wit"), no
   * function word other than an adverb among them, an adverb first or a number among them (not a
   * time and a verb: "En dag ringer Relis"); else {@code k}.
   */
  private int afterAttributes(Tokens t, int k, int max) {
    int j = k + 1;
    boolean age = k + 1 < max && t.isWord(k + 1) && rules.is(t, k + 1, WordClass.ADVERB);
    while (j < max && j - k <= MAX_ATTRIBUTES && t.isWord(j) && !t.isCapitalized(j)
        && (!closedClass(t, j) || rules.is(t, j, WordClass.ADVERB) && !rules.is(t, j, WordClass.PREPOSITION))
        && !rules.isTitle(t, j) && !rules.isOrganisation(t, j)) {
      age |= Character.isDigit(t.first(j));
      j++;
    }
    return age && j - k > 2 && j < max && t.isWord(j) && t.isCapitalized(j) && !closedClass(t, j) && !rules.isTitle(t, j) ? j : k;
  }

  /** The most words of the group after "en av", "een van", "one of". */
  private static final int MAX_PARTITIVE = 4;

  /** Where the group after a partitive's preposition ends: a few words, no function word among them. */
  private int partitiveEnd(Tokens t, int from, int max) {
    int e = from;
    while (e < max && e - from < MAX_PARTITIVE && t.isWord(e) && (!closedClass(t, e) || rules.is(t, e, WordClass.DETERMINER))
        && !rules.is(t, e, WordClass.RELATIVE)) {
      e++;
    }
    return e;
  }

  /**
   * The phrase, or the name in apposition after it when it has none: "sier Sverres lege, Kristian
   * Furuseth", "sier lederen for landets største fagforening (CUT), Cristian Cuevas".
   */
  Optional<NounPhrase> withAppositionName(Tokens t, NounPhrase found, int limit) {
    Optional<NounPhrase> np = Optional.ofNullable(found);
    int end = found == null ? 0 : found.end();
    int start = found == null ? 0 : found.start();
    int comma = np.isPresent() && !np.get().hasName() && np.get().kind() != NounPhrase.Kind.PRONOUN
        ? commaAfterPhrase(t, end, limit) : -1;
    if (comma >= 0 && comma + 2 < limit) {
      // a title or description, then the name in apposition: "sier Sverres lege, Kristian Furuseth",
      // "sier lederen for landets største fagforening (CUT), Cristian Cuevas"
      int n = comma + 1;
      int e = n;
      while (e < limit && e - n < MAX_NAME_WORDS && t.isWord(e) && (t.isCapitalized(e) && !closedClass(t, e) && !rules.isTitle(t, e)
          || e > n && particleInName(t, rules, e, limit))) {
        e++;
      }
      if (e - n >= 2 && (e >= limit || !t.isWord(e))) {
        return Optional.of(new NounPhrase(start, e, n, e, np.get().titleStart(), np.get().titleEnd(), NounPhrase.Kind.NAME));
      }
    }
    return np;
  }

  /**
   * Whether {@code [start, end)} is a definite article and capitalised words only (prepositions of
   * the name between them): "the National Conference" before "of State Legislatures".
   */
  private boolean namedAfterArticle(Tokens t, int start, int end) {
    if (end - start < 2 || !rules.is(t, start, WordClass.DETERMINER) || rules.is(t, start, WordClass.INDEFINITE)) {
      return false;
    }
    for (int j = start + 1; j < end; j++) {
      if (!t.isCapitalized(j) && !rules.is(t, j, WordClass.NAME_PREPOSITION)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token {@code k}, after an article, opens the body the title at {@code title} belongs to:
   * an organisation noun, or a name after a spokesperson ("een woordvoerder van het Witte Huis").
   */
  private boolean articleOfBody(Tokens t, int title, int k) {
    return k < t.size() && t.isWord(k)
        && (rules.isOrganisation(t, k) || t.isCapitalized(k) && !closedClass(t, k) && rules.isSpokesperson(t, title));
  }

  private boolean precededByTitleOrOrg(Tokens t, int start, int end) {
    for (int j = start; j < end; j++) {
      if (rules.isTitle(t, j) || rules.isOrganisation(t, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The phrase that ends just before {@code before} (auxiliaries and adverbs skipped), not before
   * {@code floor}; for a document's phrase, its author when the text names one.
   */
  Optional<NounPhrase> before(Tokens t, int before, int floor) {
    return before(t, before, floor, true);
  }

  /**
   * The speaker before the comma at {@code comma} that closes an aside between a subject and its
   * verb, no token before {@code floor}: the name before a relative clause or a description, or
   * the name in apposition ("a soldier near Pokrovsk, who gave only his first name, told", "Maria
   * Petrenko, a resident, told", "one resident, Maria Petrenko, told").
   */
  Optional<NounPhrase> beforeAside(Tokens t, int comma, int floor) {
    return beforeComma(t, comma, floor, true);
  }

  /** {@link #before(Tokens, int, int)}, looking for the issuer of a document before its verb only when {@code issuers}. */
  private Optional<NounPhrase> before(Tokens t, int before, int floor, boolean issuers) {
    int k = before - 1;
    for (int skips = 0; ; skips++) {
      while (k >= floor && t.isWord(k) && skippable(t, k) && !t.isCapitalized(k)) {
        k--;
      }
      if (skips == 2) {
        break; // at most two asides or times, so that the walk stays short
      }
      if (k - 1 >= floor && t.isWord(k) && t.isCapitalized(k) && rules.is(t, k, WordClass.ADVERB)
          && rules.is(t, k - 1, WordClass.PREPOSITION) && !t.isCapitalized(k - 1)) {
        k -= 2; // a time between the subject and its verb: "John Tory on Tuesday suggested"
        continue;
      }
      int open = k - 1;
      while (k >= floor && t.is(k, ')') && open >= floor && open >= k - MAX_ASIDE && !t.is(open, '(')) {
        open--;
      }
      if (k >= floor && t.is(k, ')') && open >= floor && t.is(open, '(')) {
        k = open - 1; // a short aside in brackets: "The National Crime Agency (NCA) said"
        continue;
      }
      break;
    }
    if (nameSuffixStop(t, k, floor)) {
      k--; // "Ferdinand Marcos Jr. said", "Acme Inc. said": the full stop of an abbreviation that ends a name
    }
    if (k < floor || !t.isWord(k)) {
      return Optional.empty();
    }
    if (rules.is(t, k, WordClass.RELATIVE) && !t.isCapitalized(k) && k > floor) {
      return before(t, k, floor, issuers); // "en distriktssjef som sa": the phrase the relative pronoun stands for
    }
    // a capitalised pronoun after a capitalised word starts a sentence the tokens run on into: "A = B. Hij zei"
    // a personal pronoun after a common noun ends the phrase before it: "On the live television he said"
    if (isPronoun(t, k) && (k == floor || !t.isWord(k - 1) || !isModifierOrHead(t, k - 1)
        || t.isCapitalized(k) && !rules.is(t, k, WordClass.DETERMINER)
        || !rules.is(t, k, WordClass.DETERMINER) && !rules.is(t, k, WordClass.POSSESSIVE) && !t.isCapitalized(k - 1)
            && (rules.isTitle(t, k - 1) || rules.isOrganisation(t, k - 1)))) {
      return Optional.of(new NounPhrase(k, k + 1, k, k, k, k, NounPhrase.Kind.PRONOUN));
    }
    int end = k + 1;
    int start = end;
    int min = Math.max(floor, end - MAX_PHRASE);
    while (start - 1 >= min && (t.isWord(start - 1) || punctuationInName(t, start - 1, min, end))) {
      int j = start - 1;
      boolean ok = t.isCapitalized(j) && !closedClass(t, j) || rules.is(t, j, WordClass.DETERMINER) || rules.is(t, j, WordClass.NATIONALITY)
          || rules.isTitle(t, j) || rules.isOrganisation(t, j) || titleOrPostModified(t, j, end)
          || rules.is(t, j, WordClass.NAME_PARTICLE) && start < end && (t.isCapitalized(start) || rules.is(t, start, WordClass.NAME_PARTICLE))
          || start < end && (rules.isTitle(t, start) || rules.isOrganisation(t, start))
              && !rules.is(t, j, WordClass.PREPOSITION) && !rules.is(t, j, WordClass.CONJUNCTION)
              && !rules.is(t, j, WordClass.AUXILIARY) && !rules.is(t, j, WordClass.ADVERB)
          || j - 1 >= min && t.isWord(j - 1) && isGenitive(t, j - 1) && !rules.is(t, j, WordClass.PREPOSITION)
              && !rules.is(t, j, WordClass.AUXILIARY) && !rules.isFunctionWord(t, j)
          || j - 1 >= min && (rules.is(t, j - 1, WordClass.DETERMINER) || j == end - 1 && rules.is(t, j - 1, WordClass.NATIONALITY))
              && t.isWord(j - 1) && !rules.is(t, j, WordClass.PREPOSITION) && !rules.is(t, j, WordClass.AUXILIARY)
          || rules.is(t, j, WordClass.PREPOSITION) && start < end && j - 1 >= min && t.isWord(j - 1)
              && (t.isCapitalized(start) || rules.is(t, start, WordClass.DETERMINER) || rules.isOrganisation(t, start))
              && (rules.isTitle(t, j - 1) || rules.isOrganisation(t, j - 1) || t.isCapitalized(j - 1))
          // a title's postmodifier: "officials familiar with the plans said", "sources close to the talks"
          || rules.is(t, j, WordClass.PREPOSITION) && start < end && (rules.is(t, start, WordClass.DETERMINER) || t.isCapitalized(start))
              && j - 2 >= min && postModifier(t, j - 1) && titleOrPostModified(t, j - 2, end)
          || start < end && rules.is(t, start, WordClass.PREPOSITION) && postModifier(t, j) && j - 1 >= min && titleOrPostModified(t, j - 1, end)
          || start < end && j == start - 1 && conjunctionAfterNamePreposition(t, j, min)
          || j == end - 1 && describedDocument(t, j, min) // "PC World's recent analysis concluded", "RIAA's take-down notice"
          || !t.isWord(j); // a comma or colon inside an organisation's name (the loop admits no other)
      if (!ok || rules.is(t, j, WordClass.RELATIVE) && !t.acronym(j)) {
        break; // "en distriktssjef som sa", "Som The Economist skriver": no word of the name
      }
      start = j;
    }
    while (start < end && rules.is(t, start, WordClass.PREPOSITION) && !t.isCapitalized(start)) {
      start++;
    }
    if (start >= end) {
      return Optional.empty();
    }
    int p = start - 1;
    if (p >= floor && t.isWord(p) && isPronoun(t, p) && !rules.is(t, p, WordClass.DETERMINER)
        && rules.is(t, start, WordClass.DETERMINER) && !t.isCapitalized(start)) {
      // a verb-final clause: the pronoun is its subject, the phrase its object ("dat hij het jammer vindt")
      return Optional.of(new NounPhrase(p, p + 1, p, p, p, p, NounPhrase.Kind.PRONOUN));
    }
    Optional<NounPhrase> antecedent = beforeRelativeClause(t, start, floor);
    if (antecedent.isPresent()) {
      return antecedent;
    }
    return author(t, analyse(t, start, end), end, issuers ? floor : NO_ISSUER);
  }

  /** The most lower-case words of a relative clause between its pronoun and the object that ends it. */
  private static final int RELATIVE_CLAUSE_WORDS = 3;

  /**
   * In a language that is not verb-second, the phrase before a relative clause without commas that
   * ends right before {@code start}, whose object the phrase at {@code start} is: "Terri Collins who
   * sponsored [the bill] remarked", "The senator who wrote [the law] said" (a name, a title or a body
   * before "who" or "which"); else empty.
   */
  private Optional<NounPhrase> beforeRelativeClause(Tokens t, int start, int floor) {
    if (rules.verbSecond) {
      return Optional.empty();
    }
    int r = start - 1;
    while (r > floor && r >= start - RELATIVE_CLAUSE_WORDS && t.isWord(r) && !t.isCapitalized(r) && !rules.is(t, r, WordClass.RELATIVE)) {
      r--;
    }
    if (r <= floor || r == start - 1 || !t.isWord(r) || t.isCapitalized(r) || !rules.is(t, r, WordClass.RELATIVE)
        || rules.is(t, r, WordClass.COMPLEMENTIZER) || !t.isWord(r - 1)) {
      return Optional.empty();
    }
    return before(t, r, floor).filter(np -> np.hasName() || np.kind() == NounPhrase.Kind.TITLE || np.kind() == NounPhrase.Kind.ORGANISATION);
  }

  /** What {@link #author} takes for its floor where no issuer is looked for before the document. */
  private static final int NO_ISSUER = -1;

  /**
   * Whether token {@code j} is a document noun after one plain word that its article or its owner's
   * genitive opens ("the recent report", "PC World's recent analysis"), all from {@code min} on.
   */
  private boolean describedDocument(Tokens t, int j, int min) {
    int word = j - 1;
    return word - 1 >= min && rules.isDocument(t, j) && !rules.isTitle(t, j) && t.isWord(word) && !t.isCapitalized(word)
        && !rules.isFunctionWord(t, word) && !rules.is(t, word, WordClass.DETERMINER) && t.isWord(word - 1)
        && (rules.is(t, word - 1, WordClass.DETERMINER) || isGenitive(t, word - 1));
  }

  /**
   * The author of a document that heads {@code found}, when the phrase names one: an owner's
   * genitive before the document ("the ministry's report", "the court's summary"), a phrase after
   * a preposition right behind it ("a statement from the ministry", "een verklaring van X", "en
   * uttalelse fra X", within {@code limit}) or after the agent of an issuing verb's participle ("a
   * statement released by her family"), or, down to {@code floor} unless that is {@link #NO_ISSUER},
   * the subject of the issuing verb before the phrase ("Sean Conley issued a statement saying …");
   * else {@code found}, the document itself.
   */
  private Optional<NounPhrase> author(Tokens t, Optional<NounPhrase> found, int limit, int floor) {
    if (found.isEmpty() || found.get().kind() == NounPhrase.Kind.PRONOUN) {
      return found;
    }
    NounPhrase np = found.get();
    int doc = -1;
    for (int k = np.start(); k < np.end() && doc < 0; k++) {
      if (t.isWord(k) && rules.isDocument(t, k) && !rules.isTitle(t, k)) {
        doc = k;
      }
    }
    if (doc < 0) {
      return found;
    }
    for (int g = doc - 1; g >= np.start(); g--) {
      if (t.isWord(g) && isGenitive(t, g)) {
        Optional<NounPhrase> owner = analyse(t, np.start(), g + 1);
        return owner.isPresent() ? owner : found;
      }
    }
    int p = doc + 1;
    if (p + 1 < limit && t.isWord(p) && !t.isCapitalized(p) && rules.is(t, p, WordClass.PREPOSITION)
        && !rules.is(t, p, WordClass.ADDRESSEE) && t.isWord(p + 1)) {
      Optional<NounPhrase> by = after(t, p + 1, limit);
      if (by.isPresent() && by.get().kind() != NounPhrase.Kind.PRONOUN && by.get().kind() != NounPhrase.Kind.DESCRIPTION) {
        return by;
      }
    }
    if (p + 2 < limit && t.isWord(p) && rules.is(t, p, WordClass.ISSUING_VERB) && t.isWord(p + 1)
        && rules.is(t, p + 1, WordClass.AGENT) && t.isWord(p + 2)) {
      Optional<NounPhrase> by = after(t, p + 2, limit);
      if (by.isPresent()) {
        return by; // "a statement released by her family"
      }
    }
    if (floor != NO_ISSUER) {
      Optional<NounPhrase> issuer = issuer(t, np.start(), floor, false);
      if (issuer.isPresent()) {
        return issuer;
      }
    }
    return found;
  }

  /**
   * The issuer of the document whose phrase starts at token {@code s}: the subject, down to
   * {@code floor}, of the verb right before the phrase ("Facebook released a statement", "They
   * issued a letter", "the city issued a follow-up statement"); the verb is an
   * {@link WordClass#ISSUING_VERB} unless {@code anyVerb} (when what the document says is read from
   * it: "X put out a statement which read"). Empty when there is none.
   */
  private Optional<NounPhrase> issuer(Tokens t, int s, int floor, boolean anyVerb) {
    int v = s - 1;
    if (v <= floor || !t.isWord(v) || t.isCapitalized(v)
        || (anyVerb ? rules.isFunctionWord(t, v) || rules.is(t, v, WordClass.DETERMINER) : !rules.is(t, v, WordClass.ISSUING_VERB))) {
      return Optional.empty();
    }
    return before(t, v, floor, false);
  }

  /**
   * Whether a speaker phrase is data or a measurement with no author before a preposition ("the data",
   * "de metingen", "tallene"): data show, they do not say, so the phrase reports no statement.
   */
  boolean isMeasurement(Tokens t, NounPhrase np) {
    if (np.kind() == NounPhrase.Kind.PRONOUN || np.kind() == NounPhrase.Kind.NAME) {
      return false;
    }
    for (int k = np.start(); k < np.end(); k++) {
      if (t.isWord(k) && k > np.start() && t.isCapitalized(k)) {
        return false; // a source beside the data: "according to these videos and NPR"
      }
    }
    for (int k = np.start(); k < np.end() && t.isWord(k) && !rules.is(t, k, WordClass.PREPOSITION); k++) {
      if (rules.isMeasurement(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** Finds the name and title inside {@code [start, end)}. */
  Optional<NounPhrase> analyse(Tokens t, int start, int end) {
    int nameStart = -1;
    int nameEnd = -1;
    int titleStart = -1;
    int titleEnd = -1;
    int agentStart = -1;
    int agentEnd = -1;
    boolean org = false;
    int affiliation = -1; // the role preposition after the first name: "of" in "Tristan Smith of …"
    boolean common = false;
    int k = start;
    while (k < end) {
      boolean title = titleOrPostModified(t, k, t.size()); // its postmodifier may follow the phrase: "People [in the …]
      boolean orgNoun = rules.isOrganisation(t, k);
      if (title) {
        if (titleStart < 0) {
          titleStart = k;
        }
        titleEnd = k + 1;
      }
      org |= orgNoun && !title;
      if (!title && !orgNoun && commonOpening(t, k, end)) {
        common = true; // "Estimates suggest …": a common word with its sentence's capital
        k++;
        continue;
      }
      if (t.isCapitalized(k) && !title && !orgNoun && (!rules.is(t, k, WordClass.DETERMINER)
          && !rules.is(t, k, WordClass.NATIONALITY) && !closedClass(t, k) || capitalParticle(t, rules, k, end))) {
        int runStart = k;
        int runEnd = k + 1;
        while (runEnd < end && t.isWord(runEnd)
            && (t.isCapitalized(runEnd) && !rules.isTitle(t, runEnd) && !rules.isOrganisation(t, runEnd)
                || particleInName(t, rules, runEnd, end)
                    && (runEnd - runStart == 1 || rules.is(t, runEnd - 1, WordClass.NAME_PARTICLE)
                        || givenName(t, rules, runEnd - 1)))) { // "hoogleraar Internationale Betrekkingen Anna de Vries"
          runEnd++;
        }
        if (runStart > start && !t.isCapitalized(runStart - 1) && rules.is(t, runStart - 1, WordClass.NAME_PREPOSITION)) {
          // the rest of a list in the name after its preposition: "of Epidemiology, Disease Control and Research"
          while (runEnd + 1 < end && (listPunctuation(t, rules, runEnd, end) || nameConjunction(t, rules, runEnd, end))) {
            runEnd += 2;
            while (runEnd < end && t.isWord(runEnd) && t.isCapitalized(runEnd) && !closedClass(t, runEnd)) {
              runEnd++;
            }
          }
        }
        while (articleBefore(t, start, runStart) && nameConjunction(t, rules, runEnd, end)) {
          runEnd += 2; // capitalised words joined after an article: "the Arts and Humanities Citation Index"
          while (runEnd < end && t.isWord(runEnd) && t.isCapitalized(runEnd) && !rules.isTitle(t, runEnd) && !rules.isOrganisation(t, runEnd)) {
            runEnd++;
          }
        }
        // "the Democratic National Committee", "British Transport Police": an organisation's name
        runEnd = organisationNameEnd(t, rules, runEnd, end);
        if (articleBefore(t, start, runStart)) {
          runEnd = namePrepositionEnd(t, runEnd, end); // "the Center for Biological Diversity"
        }
        boolean afterPreposition = runStart > start && (rules.is(t, runStart - 1, WordClass.PREPOSITION)
            || rules.is(t, runStart - 1, WordClass.CONJUNCTION)) && !t.isCapitalized(runStart - 1)
            // "Dmitri Peskov van het Kremlin": the body a named person belongs to is not the speaker
            || nameStart >= 0 && runStart - 2 >= start && rules.is(t, runStart - 1, WordClass.DETERMINER)
                && rules.is(t, runStart - 2, WordClass.ROLE_PREPOSITION) && !t.isCapitalized(runStart - 2);
        if (afterPreposition && agentStart < 0 && rules.is(t, runStart - 1, WordClass.AGENT)) {
          agentStart = runStart; // "the reports by Johns Hopkins Center …": the source named after "by"
          agentEnd = runEnd;
        }
        boolean modifier = runEnd < end && !t.isCapitalized(runEnd) && (rules.isTitle(t, runEnd) || rules.isOrganisation(t, runEnd))
            || runEnd < end && isGenitive(t, runEnd - 1);
        boolean followedByTitle = runEnd < end && rules.isTitle(t, runEnd);
        // "Tristan Smith of University College London": after a name and its role preposition, the
        // words name what the person belongs to, unless a title starts someone new ("… of State Antony Blinken")
        boolean belongsTo = affiliation >= 0 && titleEnd <= affiliation;
        if (!afterPreposition && !modifier && !followedByTitle && !belongsTo) {
          nameStart = nameAfterPortfolio(t, rules, runStart, runEnd, start); // the field after a title is no name's
          nameEnd = runEnd;
        } else if (afterPreposition && !modifier && !followedByTitle && nameAfterPortfolio(t, rules, runStart, runEnd, start) > runStart) {
          nameStart = nameAfterPortfolio(t, rules, runStart, runEnd, start);
          nameEnd = runEnd;
        }
        k = runEnd;
        continue;
      }
      if (nameStart >= 0 && affiliation < 0 && t.isWord(k) && !t.isCapitalized(k) && rules.is(t, k, WordClass.ROLE_PREPOSITION)) {
        affiliation = k;
      }
      k++;
    }
    if (nameStart < 0 && agentStart >= 0) {
      nameStart = agentStart;
      nameEnd = agentEnd;
    }
    NounPhrase.Kind kind;
    if (nameStart >= 0) {
      kind = NounPhrase.Kind.NAME;
    } else if (titleStart >= 0) {
      kind = NounPhrase.Kind.TITLE;
    } else if (org) {
      kind = NounPhrase.Kind.ORGANISATION;
    } else if (end - start >= 2 && (rules.is(t, start, WordClass.DETERMINER) || rules.is(t, start, WordClass.NATIONALITY)
        || rules.isDocument(t, end - 1)) || common) {
      kind = NounPhrase.Kind.DESCRIPTION; // "Flere land", "Nordiske land", "Ann Lee's statement" (whose author is its owner)
    } else {
      return Optional.empty();
    }
    if (titleStart < 0) {
      titleStart = start;
      titleEnd = start;
    }
    return Optional.of(new NounPhrase(start, end, Math.max(nameStart, start), Math.max(nameEnd, start),
        titleStart, titleEnd, kind));
  }

  /**
   * Whether token {@code k} opens its sentence with a capital, no capitalised word follows it within
   * {@code end}, and the lexicon knows it as a common word: a noun for data, or a word of a closed
   * class other than the audiences and name particles ("Estimates suggest …"). Such a word names nobody.
   */
  private boolean commonOpening(Tokens t, int k, int end) {
    if (!t.isWord(k) || !t.isCapitalized(k) || firstWord(t, t.sentenceStart(t.sentence(k))) != k
        || k + 1 < end && t.isWord(k + 1) && t.isCapitalized(k + 1)) {
      return false;
    }
    if (rules.isMeasurement(t, k)) {
      return true;
    }
    return t.entry(k) != WordTable.ABSENT && !rules.isAbbreviation(t, k) && !closedClass(t, k)
        && !rules.is(t, k, WordClass.AUDIENCE) && !rules.is(t, k, WordClass.NAME_PARTICLE) && !rules.is(t, k, WordClass.DETERMINER)
        && !rules.is(t, k, WordClass.NATIONALITY) && !isPronoun(t, k)
        && !rules.is(t, k, WordClass.FEMALE_NAME) && !rules.is(t, k, WordClass.MALE_NAME)
        && !rules.is(t, k, WordClass.THING_NAME_HEAD) && !rules.is(t, k, WordClass.PLACE_NAME_OPENER);
  }

  /**
   * Whether a definite article stands right before {@code runStart} inside the phrase, perhaps with
   * nationality adjectives between: "the Chinese Academy".
   */
  private boolean articleBefore(Tokens t, int start, int runStart) {
    int j = runStart - 1;
    while (j > start && rules.is(t, j, WordClass.NATIONALITY)) {
      j--;
    }
    return j >= start && t.isWord(j) && rules.is(t, j, WordClass.DETERMINER) && !rules.is(t, j, WordClass.INDEFINITE);
  }

  /**
   * Where a capitalised name ending at {@code from} ends when a {@link WordClass#NAME_PREPOSITION}
   * and more capitalised words go on ("of State Legislatures", "for Biological Diversity"), a title
   * or function word ending it; {@code from} when none follows.
   */
  private int namePrepositionEnd(Tokens t, int from, int limit) {
    int k = from;
    while (k + 1 < limit && t.isWord(k) && !t.isCapitalized(k) && rules.is(t, k, WordClass.NAME_PREPOSITION) && nameWord(t, k + 1)) {
      k += 2;
      while (k < limit && (nameWord(t, k) || nameConjunction(t, rules, k, limit) || listPunctuation(t, rules, k, limit))) {
        k++;
      }
    }
    return k;
  }

  /**
   * Whether token {@code k} is a {@link WordClass#NAME_CONJUNCTION} between capitalised words whose
   * first ones follow a name preposition after a capitalised word, not before {@code floor}: "of
   * Allergy and Infectious Diseases", "Department of Health and Human Services" (one body's name).
   */
  private boolean conjunctionAfterNamePreposition(Tokens t, int k, int floor) {
    return nameConjunction(t, rules, k, t.size()) && namePrepositionBefore(t, k - 1, floor);
  }

  /**
   * Whether a comma or colon at {@code k} separates capitalised words of one organisation's name, a
   * name conjunction after them within {@code end}: "of Epidemiology, Disease Control and Research",
   * "for Microbial Oceanography: Research and Education".
   */
  private boolean punctuationInName(Tokens t, int k, int floor, int end) {
    return listPunctuation(t, rules, k, end) && nameWord(t, k + 1) && namePrepositionBefore(t, k - 1, floor);
  }

  /**
   * Whether a comma or colon at {@code k} stands between capitalised words, a name conjunction
   * following within a few words and {@code limit}: the list inside a name ("Epidemiology, Disease
   * Control and Research").
   */
  static boolean listPunctuation(Tokens t, LanguageRules rules, int k, int limit) {
    if (!(t.is(k, ',') || t.is(k, ':')) || k < 1 || k + 1 >= limit || !t.isWord(k - 1) || !t.isCapitalized(k - 1)
        || !t.isWord(k + 1) || !t.isCapitalized(k + 1)) {
      return false;
    }
    for (int j = k + 1; j < limit && j <= k + MAX_NAME_WORDS && t.isWord(j); j++) {
      if (nameConjunction(t, rules, j, limit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether capitalised words end at {@code last} (commas or colons between them) and follow a
   * lower-case name preposition after a capitalised word, not before {@code floor}: "Institute of
   * Allergy", "of Epidemiology, Disease Control".
   */
  private boolean namePrepositionBefore(Tokens t, int last, int floor) {
    int j = last;
    while (j >= floor && j > last - MAX_NAME_WORDS - 2
        && (t.isWord(j) && t.isCapitalized(j) && !closedClass(t, j)
            || j < last && (t.is(j, ',') || t.is(j, ':')) && j - 1 >= floor && t.isWord(j - 1) && t.isCapitalized(j - 1))) {
      j--;
    }
    return j < last && j - 1 >= floor && t.isWord(j) && !t.isCapitalized(j) && rules.is(t, j, WordClass.NAME_PREPOSITION)
        && t.isWord(j - 1) && t.isCapitalized(j - 1);
  }

  /**
   * Whether token {@code k} is a lower-case {@link WordClass#NAME_CONJUNCTION} before a capitalised
   * word that goes on with a name (no title before a name, no article): "and" in "of Allergy and
   * Infectious Diseases".
   */
  static boolean nameConjunction(Tokens t, LanguageRules rules, int k, int limit) {
    return k > 0 && k + 1 < limit && t.isWord(k) && !t.isCapitalized(k) && rules.is(t, k, WordClass.NAME_CONJUNCTION)
        && t.isWord(k - 1) && t.isCapitalized(k - 1) && t.isWord(k + 1) && t.isCapitalized(k + 1)
        && !rules.isFunctionWord(t, k + 1) && !rules.is(t, k + 1, WordClass.DETERMINER) && !titleBeforeName(t, rules, k + 1);
  }

  /** Whether token {@code k} goes on with a name after its preposition: a capitalised word, no title before a name. */
  private boolean nameWord(Tokens t, int k) {
    return t.isWord(k) && t.isCapitalized(k) && !closedClass(t, k) && !rules.is(t, k, WordClass.DETERMINER) && !titleBeforeName(t, rules, k);
  }

  /**
   * Whether token {@code k} is a title noun before a capitalised word, which ends an organisation's
   * name before someone's: "… of Kansas Professor Chip Taylor"; a title noun as the name's last
   * word is the name's own ("the House of Representatives").
   */
  private static boolean titleBeforeName(Tokens t, LanguageRules rules, int k) {
    return rules.isTitle(t, k) && k + 1 < t.size() && t.isWord(k + 1) && t.isCapitalized(k + 1);
  }

  /**
   * Where the name of an organisation ends when capitalised words run on into a capitalised
   * organisation noun at {@code from} ("Democratic National Committee", "State Board of
   * Elections"), or {@code from} when they do not.
   */
  static int organisationNameEnd(Tokens t, LanguageRules rules, int from, int limit) {
    int k = from;
    while (k < limit && t.isWord(k) && t.isCapitalized(k) && rules.isOrganisation(t, k) && !rules.isTitle(t, k)) {
      k++;
      if (k + 1 < limit && rules.is(t, k, WordClass.ROLE_PREPOSITION) && t.isWord(k + 1) && t.isCapitalized(k + 1)) {
        k += 2; // "Board of Elections"
        while (k < limit && (t.isWord(k) && t.isCapitalized(k) && !titleBeforeName(t, rules, k) || nameConjunction(t, rules, k, limit)
            || listPunctuation(t, rules, k, limit))) {
          k++; // "Department of Health and Human Services"
        }
      }
    }
    return k;
  }

  /**
   * Where the name starts in three or more capitalised words {@code [runStart, runEnd)} that follow
   * a title and its role preposition, the first of them naming the portfolio: the last two words
   * ("Secretary of State Antony Blinken", "Minister of Foreign Affairs Sergey Lavrov");
   * {@code runStart} when the words follow no title or end in an organisation ("Dean of UC Berkeley
   * School", "CEO for Central Europe"). Right after a lower-case title the portfolio or field ends
   * where a given name opens the name: "hoogleraar Internationale Betrekkingen Anna de Vries".
   */
  static int nameAfterPortfolio(Tokens t, LanguageRules rules, int runStart, int runEnd, int floor) {
    if (runEnd - runStart >= 3 && runStart - 1 >= floor && t.isWord(runStart - 1) && !t.isCapitalized(runStart - 1)
        && rules.isTitle(t, runStart - 1) && !givenName(t, rules, runStart)) {
      for (int g = runStart + 2; g < runEnd - 1; g++) { // a field of two words or more: one capitalised word may be a given name the lists lack
        if (givenName(t, rules, g)) {
          return g;
        }
      }
    }
    if (runEnd - runStart < 3 || runStart - 2 < floor || !rules.is(t, runStart - 1, WordClass.ROLE_PREPOSITION)
        || !rules.isTitle(t, runStart - 2) || rules.isOrganisation(t, runEnd - 1)) {
      return runStart;
    }
    return runEnd - 2;
  }

  /** Whether token {@code k} is a particle inside a name: one or two before a capitalised word ("van der Schans"). */
  /** Whether token {@code k} is a capitalised given name of the module's lists ("Hans", "Anna"). */
  static boolean givenName(Tokens t, LanguageRules rules, int k) {
    return t.isCapitalized(k) && (rules.is(t, k, WordClass.FEMALE_NAME) || rules.is(t, k, WordClass.MALE_NAME));
  }

  static boolean particleInName(Tokens t, LanguageRules rules, int k, int limit) {
    if (!rules.is(t, k, WordClass.NAME_PARTICLE) || k + 1 >= limit || !t.isWord(k + 1)) {
      return false;
    }
    if (rules.is(t, k, WordClass.ROLE_PREPOSITION) && k + 2 < limit && t.isWord(k + 2) && t.isCapitalized(k + 1)
        && t.isCapitalized(k + 2) && !rules.is(t, k + 1, WordClass.NAME_PARTICLE)) {
      return false; // a portfolio of two words, no surname: "minister Hoekstra van Buitenlandse Zaken"
    }
    if (rules.is(t, k, WordClass.ROLE_PREPOSITION) && particleBefore(t, rules, k)) {
      return false; // a name has its particles already, what follows is its body: "A. van den Berg van FNV"
    }
    if (givenName(t, rules, k + 1)) {
      return false; // a given name opens a name, no particle stands before it: "Kritiek van Hans van Mierlo"
    }
    return t.isCapitalized(k + 1) || rules.is(t, k + 1, WordClass.NAME_PARTICLE) && (k == 0 || !rules.is(t, k - 1, WordClass.NAME_PARTICLE))
        && k + 2 < limit && t.isWord(k + 2) && t.isCapitalized(k + 2);
  }

  /**
   * Whether token {@code k} is a capitalised particle that starts a surname mid-sentence ("zei Van
   * den Berg", "volgens De Vries", "aldus Ter Horst"): a word or comma of its sentence stands before
   * it. At a sentence's start the particle is more often a preposition or article ("De minister",
   * "Van de 20 deelnemers"), so it starts no name there; nor after a noun that is no title behind its
   * article, where it names a thing ("het blad De Koppeling").
   */
  static boolean capitalParticle(Tokens t, LanguageRules rules, int k, int limit) {
    if (k < t.size() && t.isWord(k) && t.isCapitalized(k) && firstWord(t, t.sentenceStart(t.sentence(k))) == k) {
      return surnameOpensSentence(t, rules, k, limit);
    }
    return k > 0 && t.isWord(k) && t.isCapitalized(k) && t.sentence(k - 1) == t.sentence(k)
        && (t.isWord(k - 1) || t.is(k - 1, ',')) && particleInName(t, rules, k, limit)
        && !(k >= 2 && t.isWord(k - 1) && !t.isCapitalized(k - 1) && !rules.isTitle(t, k - 1)
            && !rules.isFunctionWord(t, k - 1) && rules.is(t, k - 2, WordClass.DETERMINER));
  }

  /**
   * Whether the particle at {@code k}, the sentence's first word and no article, starts a surname
   * that is the sentence's subject: its capitalised words (and lower-case particles) run on to a
   * lower-case word that is no preposition, conjunction or particle, the verb in second place ("Van
   * Gaal zei", "Van der Laan liet de raad weten"; not "Van de 20 deelnemers", "Van Amsterdam tot
   * Parijs", "De minister").
   */
  private static boolean surnameOpensSentence(Tokens t, LanguageRules rules, int k, int limit) {
    if (rules.is(t, k, WordClass.DETERMINER) || !particleInName(t, rules, k, limit)) {
      return false;
    }
    int j = k + 1;
    while (j < limit && j - k <= MAX_NAME_WORDS && t.isWord(j) && rules.is(t, j, WordClass.NAME_PARTICLE) && !t.isCapitalized(j)) {
      j++;
    }
    int capitals = 0;
    while (j < limit && t.isWord(j) && t.isCapitalized(j) && !rules.isFunctionWord(t, j) && capitals < MAX_NAME_WORDS) {
      j++;
      capitals++;
    }
    return capitals > 0 && j < limit && t.isWord(j) && t.sentence(j) == t.sentence(k) && !t.isCapitalized(j)
        && !rules.is(t, j, WordClass.PREPOSITION) && !rules.is(t, j, WordClass.CONJUNCTION)
        && !rules.is(t, j, WordClass.NAME_PARTICLE) && !rules.is(t, j, WordClass.DETERMINER);
  }

  /** Whether a name particle is one of the (at most four) name words right before token {@code k}. */
  private static boolean particleBefore(Tokens t, LanguageRules rules, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 4) && t.isWord(j) && t.sentence(j) == t.sentence(k); j--) {
      if (rules.is(t, j, WordClass.NAME_PARTICLE)) {
        return true;
      }
      if (!t.isCapitalized(j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A function word or cue, or an existential subject, which never names anyone: "There were …";
   * not a capitalised cue form inside a name, between a capitalised word and a lower-case one
   * ("The United States said", "United States officials"; a title-case headline's verb, "Russia Says
   * Some Troops …", stays a cue).
   */
  private boolean closedClass(Tokens t, int k) {
    if (rules.is(t, k, WordClass.EXISTENTIAL)) {
      return true;
    }
    return rules.isFunctionWord(t, k) && !(rules.isCueWordOnly(t, k) && t.isCapitalized(k) && k > 0 && k + 1 < t.size()
        && t.isWord(k - 1) && t.isCapitalized(k - 1) && t.sentence(k - 1) == t.sentence(k)
        && t.isWord(k + 1) && !t.isCapitalized(k + 1));
  }

  /** Whether token {@code k} ends in a genitive "’s" or "'s": {@link #isGenitive(String)} of its text. */
  /**
   * Whether the name with an apostrophe-s at {@code k} is a plural, not a genitive: in a language
   * whose genitive needs no apostrophe (Dutch), an article before the name makes the apostrophe-s
   * the plural of a word that ends in a vowel ("volgens de Houthi's blijven …", "de NGO's zeggen").
   */
  private boolean pluralAfterArticle(Tokens t, int k, int start) {
    return pluralAfterArticle(rules, t, k, start);
  }

  static boolean pluralAfterArticle(LanguageRules rules, Tokens t, int k, int start) {
    return rules.genitiveS && k - 1 >= start && t.isWord(k - 1) && rules.is(t, k - 1, WordClass.DETERMINER)
        && !rules.is(t, k - 1, WordClass.POSSESSIVE);
  }

  static boolean isGenitive(Tokens t, int k) {
    return t.endsWith(k, "\u2019s") || t.endsWith(k, "'s");
  }

  static boolean isGenitive(String w) {
    return w.endsWith("’s") || w.endsWith("'s");
  }

  /** The speaker of a cue whose content follows it: a passive agent, the inverted subject, or the subject before it. */
  NounPhrase subject(Tokens t, CueFinder.Hit h, int sentStart, int sentEnd) {
    Optional<NounPhrase> quoted = quotedAs(t, h, sentStart);
    if (quoted.isPresent()) {
      return quoted.get(); // "Interfax quoted the ministry as saying …": the ministry speaks, the agency relays it
    }
    if (rules.is(t, h.token(), WordClass.DOCUMENT_VERB)) {
      Optional<NounPhrase> author = documentAuthor(t, h.token(), sentStart);
      if (author.isPresent()) {
        return author.get(); // "The family's statement on the death read: “…”"
      }
    }
    // the agent of a passive: "is door diverse landen opgeroepen", "was urged by X"; none before a
    // verb coordinated with the one before it, whose "av" belongs to that verb's object
    // ("fordømmer pågripelsen av Diarra og advarer om at …")
    int beforeCue = h.token() - 1;
    while (beforeCue > sentStart && t.isWord(beforeCue) && rules.is(t, beforeCue, WordClass.ADVERB)) {
      beforeCue--;
    }
    boolean coordinatedVerb = beforeCue >= sentStart && t.isWord(beforeCue) && rules.is(t, beforeCue, WordClass.CONJUNCTION);
    for (int k = Math.max(sentStart, h.token() - 5); k <= Math.min(sentEnd - 1, h.end() + 1); k++) {
      if (k == h.token() || !t.isWord(k) || !rules.is(t, k, WordClass.AGENT) || k > h.token() && k != h.end() + 1
          || k < h.token() && coordinatedVerb) {
        continue;
      }
      boolean joined = true;
      for (int j = k + 1; j < h.token(); j++) {
        joined &= t.isWord(j);
      }
      Optional<NounPhrase> agent = joined ? after(t, k + 1, k < h.token() ? h.token() : sentEnd) : Optional.empty();
      if (agent.isPresent()) {
        return agent.get();
      }
    }
    int own = h.token() - 1;
    while (own > sentStart && t.isWord(own) && rules.is(t, own, WordClass.ADVERB)) {
      own--;
    }
    if (own >= sentStart && t.isWord(own) && rules.is(t, own, WordClass.PRONOUN_FIRST)) {
      return null; // "og vi anbefaler …", "at vi krever …": the writer, outside a quote, reports nobody's words
    }
    int clauseStart = sentStart;
    for (int k = h.token() - 1; k > sentStart; k--) {
      int open = k - 1;
      while (t.is(k, ')') && open > sentStart && open >= k - MAX_ASIDE && !t.is(open, '(')) {
        open--;
      }
      if (t.is(k, ')') && t.is(open, '(')) {
        k = open; // a comma inside a short aside in brackets starts no clause: "Travel Unie (Arke, Holland International) zei"
        continue;
      }
      if (t.is(k, ',') && !punctuationInName(t, k, sentStart, h.token()) || t.is(k, ';')) {
        clauseStart = k + 1; // not a comma inside a name: "the Institute of Epidemiology, Disease Control and Research said"
        break;
      }
    }
    int verb = h.token();
    Optional<NounPhrase> inverted = Optional.empty();
    if (rules.verbSecond && clauseStart == verb && verb - 1 > sentStart && t.is(verb - 1, ',')) {
      Optional<NounPhrase> apposed = namedBeforeApposition(t, sentStart, verb - 1);
      if (apposed.isPresent()) {
        return apposed.get(); // "Gro Fossum, forsker i X, mener Fortodol-saken viser …": the subject and its apposition before the verb
      }
    }
    if (rules.verbSecond) {
      for (int k = h.token() - 1; k > clauseStart; k--) {
        if (t.isWord(k) && (rules.is(t, k, WordClass.SUBORDINATOR) || rules.is(t, k, WordClass.COMPLEMENTIZER))) {
          break; // "Sverre har ikke vært lenge der før legene spør om …": the auxiliary is another clause's
        }
        if (t.isWord(k) && rules.is(t, k, WordClass.AUXILIARY) && !rules.is(t, k, WordClass.DETERMINER)) {
          verb = k; // "Het Kremlin heeft meermaals ontkend": the subject stands before the auxiliary
          break;
        }
      }
      boolean coordinated = verb - 1 >= clauseStart && t.isWord(verb - 1) && rules.is(t, verb - 1, WordClass.CONJUNCTION);
      if (!coordinated && (verb > clauseStart || clauseStart > sentStart)) { // also "…, zei Wijngaards onlangs:"; not "og beskylder X for"
        int afterVerb = verb == h.token() ? h.last() + 1 : verb + 1;
        // a word that may be an article or a pronoun is the article before a plain word: "noemde het
        // voorstel …" has no subject "het"
        inverted = after(t, afterVerb, verb == h.token() ? sentEnd : h.token(), true);
        boolean subjectFirst = before(t, verb, clauseStart).isPresent()
            && firstWord(t, clauseStart) < verb && isSubjectStart(t, firstWord(t, clauseStart));
        if (inverted.isPresent() && inverted.get().kind() != NounPhrase.Kind.DESCRIPTION && !subjectFirst) {
          return inverted.get();
        }
      }
    }
    int prev = verb - 1;
    while (prev > clauseStart && t.isWord(prev) && rules.is(t, prev, WordClass.ADVERB)) {
      prev--;
    }
    if (prev >= sentStart && t.isWord(prev) && rules.is(t, prev, WordClass.CONJUNCTION)) {
      Optional<NounPhrase> opening = after(t, firstWord(t, sentStart), prev); // "Truss så på nyhetene og sa at"
      if (clauseStart > sentStart && (opening.isEmpty() || opening.get().end() <= clauseStart && prepositionObject(t, opening.get(), sentStart))) {
        // "In a video message, Warren praised Biden and said …": the phrase of a fronted preposition is no
        // subject; the clause after its comma opens with one
        int clauseFirst = firstWord(t, clauseStart);
        Optional<NounPhrase> subject = after(t, clauseFirst, prev).filter(np -> np.start() == clauseFirst);
        if (subject.isPresent()) {
          return subject.get();
        }
      }
      return opening.orElse(null);
    }
    Optional<NounPhrase> before = before(t, verb, clauseStart);
    if (before.isEmpty()) {
      before = beforeGoverningVerb(t, verb, clauseStart); // "She went on to say, “…”"
    }
    if (rules.verbSecond && before.isPresent() && prepositionalObject(t, before.get(), clauseStart)) {
      // "In Amsterdam vond dat navolging": the phrase of a preposition that opens the clause is no
      // subject; the subject follows the verb, a description too ("In Amsterdam heeft de burgemeester gezegd")
      return inverted.orElse(null);
    }
    int first = firstWord(t, clauseStart);
    if (before.isEmpty() && clauseStart > sentStart && t.is(clauseStart - 1, ',') && onlyTimeBefore(t, first, verb)) {
      before = beforeComma(t, clauseStart - 1, sentStart, true);
    } else if (before.isEmpty() && clauseStart > sentStart && t.is(clauseStart - 1, ',') && first < verb && t.isWord(first)
        && rules.is(t, first, WordClass.RELATIVE) && !t.isCapitalized(first) && onlyTimeBefore(t, first + 1, verb)) {
      // "the home of Prime Minister Tuilaepa, who told the press …", "Mark Hay, a professor at GT, who said …"
      before = beforeComma(t, clauseStart - 1, sentStart, false);
    }
    if (before.isEmpty() && !rules.verbSecond && first < verb) {
      before = clauseOpeningSubject(t, first, verb);
    }
    if (before.isPresent() && rules.is(t, h.token(), WordClass.PRESENT_PARTICIPLE) && before.get().end() < h.token()
        && prepositionObject(t, before.get(), sentStart)) {
      return clauseSubject(t, before.get(), sentStart).orElse(before.get());
    }
    return before.orElse(null);
  }

  /** The most tokens between a quoting verb and the "as" before the speech verb: "quoted a senior ministry official as saying". */
  private static final int QUOTED_PHRASE_TOKENS = 8;

  /**
   * The phrase a quoting verb quotes as saying what the cue reports: "Interfax quoted the ministry
   * as saying …", "the report cited Kuleba as saying …" (the cue after one lower-case conjunction or
   * preposition that follows the phrase); empty otherwise.
   */
  private Optional<NounPhrase> quotedAs(Tokens t, CueFinder.Hit h, int sentStart) {
    int as = h.token() - 1;
    if (as - 2 < sentStart || !t.isWord(as) || t.isCapitalized(as)
        || !rules.is(t, as, WordClass.CONJUNCTION) && !rules.is(t, as, WordClass.PREPOSITION)) {
      return Optional.empty();
    }
    for (int q = as - 2; q >= Math.max(sentStart, as - QUOTED_PHRASE_TOKENS); q--) {
      if (!t.isWord(q)) {
        return Optional.empty();
      }
      if (rules.cuesOf(t, q).stream().anyMatch(c -> c.kind() == CueKind.QUOTING)) {
        return after(t, q + 1, as).filter(np -> np.end() == as && np.kind() != NounPhrase.Kind.DESCRIPTION);
      }
    }
    return Optional.empty();
  }

  /** The most words of an apposition between a subject's name and its verb. */
  private static final int APPOSITION_WORDS = 8;

  /**
   * The named phrase that opens the sentence and ends at a comma, when only an apposition of a few
   * words, no clause, follows it up to the comma at {@code comma} before the verb: "Gro Fossum,
   * forsker i Legemiddelverket, mener …" (an apposition that opens with a capital is a name of its own).
   */
  private Optional<NounPhrase> namedBeforeApposition(Tokens t, int sentStart, int comma) {
    int first = firstWord(t, sentStart);
    if (comma - first > APPOSITION_WORDS + 4) {
      return Optional.empty();
    }
    Optional<NounPhrase> np = after(t, first, comma).filter(p -> p.start() == first && p.hasName() && t.is(p.end(), ','));
    if (np.isEmpty() || !t.isWord(np.get().end() + 1) || t.isCapitalized(np.get().end() + 1)) {
      return Optional.empty(); // a name in apposition names the subject itself: "Raus russiske motpart, Lavrov, kalte …"
    }
    for (int k = np.get().end() + 1; k < comma; k++) {
      if (!t.isWord(k) || rules.is(t, k, WordClass.COMPLEMENTIZER) || rules.is(t, k, WordClass.RELATIVE)
          || rules.is(t, k, WordClass.AUXILIARY) || !rules.cuesOf(t, k).isEmpty()) {
        return Optional.empty();
      }
    }
    return np;
  }

  /**
   * The subject that opens the clause at {@code first} when the words between it and the speech verb
   * at {@code verb} are its prepositional phrase or its verb and a preposition the speech verb is the
   * object of (in a language that is not verb-second): "Regina Ip from the pro-Beijing camp said",
   * "He underlined the call by saying". A name, a title, a body or a personal pronoun, then a
   * lower-case word; no comma, auxiliary or cue between.
   */
  private Optional<NounPhrase> clauseOpeningSubject(Tokens t, int first, int verb) {
    Optional<NounPhrase> np = after(t, first, verb).filter(p -> p.start() == first);
    if (np.isEmpty() || np.get().end() >= verb || !t.isWord(np.get().end()) || t.isCapitalized(np.get().end())) {
      return Optional.empty();
    }
    NounPhrase p = np.get();
    boolean someone = namesSomeone(t, p, true);
    boolean phraseAfter = rules.is(t, p.end(), WordClass.PREPOSITION) && !rules.is(t, p.end(), WordClass.INFINITIVE)
        // the title's prepositional phrase goes on after a conjunction: "People in the Trump administration and campaign said"
        || p.kind() == NounPhrase.Kind.TITLE && p.titleEnd() < p.end() && rules.is(t, p.titleEnd(), WordClass.PREPOSITION)
            && rules.is(t, p.end(), WordClass.CONJUNCTION) && !rules.is(t, p.end(), WordClass.COMPLEMENTIZER);
    // not after a place preposition, whose participle names an activity: "his work in predicting X"
    boolean byParticiple = rules.is(t, verb, WordClass.PRESENT_PARTICIPLE) && t.isWord(verb - 1) && rules.is(t, verb - 1, WordClass.PREPOSITION)
        && !rules.is(t, verb - 1, WordClass.PLACE_PREPOSITION);
    if (!someone || !(phraseAfter || byParticiple)) {
      return Optional.empty();
    }
    for (int k = p.end(); k < verb; k++) {
      if (!t.isWord(k) || rules.is(t, k, WordClass.AUXILIARY) || rules.is(t, k, WordClass.RELATIVE) || rules.is(t, k, WordClass.COMPLEMENTIZER)
          || !rules.cuesOf(t, k).isEmpty() || phraseAfter && !byParticiple && rules.isPastTense(t, k)) {
        return Optional.empty();
      }
    }
    return np;
  }

  /**
   * Whether a phrase names someone who may speak: a name, a title, a body, or a personal pronoun for
   * a person ("he", "she"; "they" with {@code plural}), not "it" nor a description.
   */
  boolean namesSomeone(Tokens t, NounPhrase p, boolean plural) {
    return p.hasName() || p.kind() == NounPhrase.Kind.TITLE || p.kind() == NounPhrase.Kind.ORGANISATION
        || p.kind() == NounPhrase.Kind.PRONOUN && (rules.is(t, p.start(), WordClass.PRONOUN_MALE) || rules.is(t, p.start(), WordClass.PRONOUN_FEMALE)
            || plural && rules.is(t, p.start(), WordClass.PRONOUN_PLURAL));
  }

  /** The most tokens between a text's verb and the document noun before it. */
  private static final int DOCUMENT_WORDS = 6;

  /**
   * The author of the document that a text's verb at {@code verb} speaks for, the document noun a few
   * words before it: its owner ("Trump's statement read", "The family's statement on the death
   * read"), a possessive ("His statement also read"), or the subject of the verb whose object it is
   * ("Facebook released a statement which read"); the document's phrase itself when none names it;
   * empty without a document noun.
   */
  private Optional<NounPhrase> documentAuthor(Tokens t, int verb, int sentStart) {
    int d = verb - 1;
    while (d >= sentStart && d >= verb - DOCUMENT_WORDS && t.isWord(d) && !rules.isDocument(t, d)) {
      d--;
    }
    if (d < sentStart || d < verb - DOCUMENT_WORDS || !t.isWord(d)) {
      return Optional.empty();
    }
    int s = d; // the document's phrase: its words back to its article, "The event description", "Trump's statement"
    while (s - 1 >= sentStart && s > d - DOCUMENT_WORDS && t.isWord(s - 1) && !rules.is(t, s, WordClass.DETERMINER)
        && (!rules.isFunctionWord(t, s - 1) || rules.is(t, s - 1, WordClass.DETERMINER))) {
      s--;
    }
    for (int g = d - 1; g >= s; g--) {
      if (isGenitive(t, g)) {
        Optional<NounPhrase> owner = analyse(t, s, g + 1);
        if (owner.isPresent()) {
          return owner; // "Trump's statement read", "The family's statement on the death read"
        }
      }
    }
    if (rules.is(t, s, WordClass.POSSESSIVE)) {
      return Optional.of(new NounPhrase(s, s + 1, s, s, s, s, NounPhrase.Kind.PRONOUN)); // "His statement read"
    }
    Optional<NounPhrase> issuer = issuer(t, s, sentStart, true); // "Facebook released a statement which read"
    if (issuer.isPresent()) {
      return issuer;
    }
    return Optional.of(analyse(t, s, d + 1).orElse(new NounPhrase(s, d + 1, s, s, s, s, NounPhrase.Kind.DESCRIPTION)));
  }

  /** The most words of the verb that governs a speech verb's infinitive: "went on to say". */
  private static final int GOVERNING_VERB_WORDS = 3;

  /**
   * In a language that is not verb-second, the subject of the verb whose infinitive the cue is:
   * "She went on to say", "The report went on to say" (the phrase right before that verb's
   * lower-case words, none an article or auxiliary); empty when there is none.
   */
  private Optional<NounPhrase> beforeGoverningVerb(Tokens t, int verb, int clauseStart) {
    int k = verb - 1;
    if (rules.verbSecond || k <= clauseStart || !t.isWord(k) || !rules.is(t, k, WordClass.INFINITIVE)) {
      return Optional.empty();
    }
    int j = k - 1;
    while (j > clauseStart && j >= k - GOVERNING_VERB_WORDS && t.isWord(j) && !t.isCapitalized(j) && !isPronoun(t, j)
        && !rules.is(t, j, WordClass.DETERMINER) && !rules.is(t, j, WordClass.AUXILIARY) && rules.cuesOf(t, j).isEmpty()) {
      j--;
    }
    if (j == k - 1 || j < clauseStart || !t.isWord(j) || !isPronoun(t, j) && (rules.isFunctionWord(t, j) || rules.is(t, j, WordClass.DETERMINER))) {
      return Optional.empty(); // not "was the first to say"
    }
    if (rules.is(t, j, WordClass.PRONOUN_NEUTER) || rules.is(t, j, WordClass.EXISTENTIAL)) {
      return Optional.empty(); // an impersonal subject: "it's hard to say if …", "is it fair to say …"
    }
    return before(t, j + 1, clauseStart);
  }

  /** Whether a lower-case preposition other than a passive's agent stands right before {@code np}: "on Twitter". */
  private boolean prepositionObject(Tokens t, NounPhrase np, int sentStart) {
    int p = np.start() - 1;
    return p >= sentStart && t.isWord(p) && !t.isCapitalized(p) && rules.is(t, p, WordClass.PREPOSITION) && !rules.is(t, p, WordClass.AGENT);
  }

  /**
   * The subject of the clause that holds {@code object}, a preposition's object before a participle
   * ("Trump denied the effect of climate change on the fires, arguing …", "X posted a message on
   * Facebook on Friday announcing …"): the phrase that opens the object's stretch between commas, or
   * the speaker before the comma when that stretch opens with its verb ("X, who …, responded to her
   * letter on Twitter, calling …"); empty if neither is found.
   */
  private Optional<NounPhrase> clauseSubject(Tokens t, NounPhrase object, int sentStart) {
    int segStart = sentStart;
    for (int k = object.start() - 1; k > sentStart; k--) {
      if (t.is(k, ',')) {
        segStart = k + 1;
        break;
      }
    }
    int first = firstWord(t, segStart);
    if (first >= object.start()) {
      return Optional.empty();
    }
    if (t.isCapitalized(first) || isPronoun(t, first) || rules.is(t, first, WordClass.DETERMINER)) {
      Optional<NounPhrase> subject = after(t, first, object.start());
      return subject.filter(np -> np.start() == first && np.kind() != NounPhrase.Kind.DESCRIPTION);
    }
    return segStart > sentStart && !rules.is(t, first, WordClass.PREPOSITION) && !rules.is(t, first, WordClass.CONJUNCTION)
        ? beforeComma(t, segStart - 1, sentStart, true) : Optional.empty();
  }

  /**
   * Whether the words from {@code k} to the verb are none, adverbs or times after a preposition: ",
   * on Tuesday told …", ", later said …" (the subject stands before the comma).
   */
  private boolean onlyTimeBefore(Tokens t, int k, int verb) {
    while (k < verb) {
      if (t.isWord(k) && rules.is(t, k, WordClass.ADVERB)) {
        k++;
      } else if (k + 1 < verb && t.isWord(k) && rules.is(t, k, WordClass.PREPOSITION) && t.isWord(k + 1) && rules.is(t, k + 1, WordClass.ADVERB)) {
        k += 2;
      } else {
        return false;
      }
    }
    return k == verb;
  }

  /** Whether a phrase before the verb is the object of a preposition that opens its clause ("In Amsterdam", "Op de markt"). */
  private boolean prepositionalObject(Tokens t, NounPhrase np, int clauseStart) {
    int first = firstWord(t, clauseStart);
    return np.start() == first + 1 && t.isWord(first) && rules.is(t, first, WordClass.PREPOSITION) && rules.cuesOf(t, first).isEmpty();
  }

  /** Whether a clause starting at {@code k} starts with its subject rather than an adverbial. */
  private boolean isSubjectStart(Tokens t, int k) {
    return t.isCapitalized(k) && !rules.is(t, k, WordClass.ADVERB) && !rules.is(t, k, WordClass.PREPOSITION)
        && !rules.is(t, k, WordClass.CONJUNCTION) && rules.cuesOf(t, k).isEmpty()
        || capitalParticle(t, rules, k, t.size()); // "Van der Laan liet de raad weten": a surname, no preposition
  }

  /**
   * The speaker of a verb that follows a comma, from what stands before the comma: the subject of
   * the sentence ("Netanyahu called on Italy to join, adding"), the name before an aside or a
   * description between commas ("Travis Hood, who witnessed the collision, said", "Cruz, in
   * remarks to ABC, said", "Tomasz Kubiak, a spokesman, told", "Susan Bro, Heather Heyer's
   * mother, told"), or a name in apposition ("Raus russiske motpart, Lavrov, kalte"). With
   * {@code opening} false the phrase that ends at the comma is wanted, not the sentence's opening
   * subject (the antecedent of a relative pronoun after the comma).
   */
  private Optional<NounPhrase> beforeComma(Tokens t, int comma, int sentStart, boolean opening) {
    int segStart = sentStart;
    for (int k = comma - 1; k > sentStart; k--) {
      if (t.is(k, ',')) {
        segStart = k + 1;
        break;
      }
    }
    int first = firstWord(t, segStart);
    if (first >= comma) {
      return Optional.empty();
    }
    if (segStart > sentStart && placeAfterPlace(t, segStart, comma)) {
      return beforeComma(t, segStart - 1, sentStart, opening); // "Ann Roe, from Leeds, England, on Monday said": not England
    }
    if (segStart == sentStart && !opening) {
      return before(t, comma, sentStart); // a relative clause's phrase ends at the comma: "This included the home of X, who …"
    }
    if (segStart == sentStart) {
      // an adverb that opens the sentence stands before its subject: "Nearly all legal experts consider …, arguing"
      int subjectStart = first + 1 < comma && rules.is(t, first, WordClass.ADVERB) && t.isWord(first + 1) && !t.isCapitalized(first + 1)
          ? first + 1 : first;
      Optional<NounPhrase> subject = after(t, subjectStart, comma);
      return subject.isPresent() && subject.get().start() == subjectStart ? subject : before(t, comma, sentStart);
    }
    Optional<NounPhrase> own = before(t, comma, sentStart);
    // the segment is itself a name, perhaps after a title: ", Dr Meerjady Sabrina Flora, said"
    // or after lower-case role words: ", doctoral candidate Maninder Thind, said"
    boolean ownName = own.isPresent() && own.get().kind() == NounPhrase.Kind.NAME
        && (own.get().start() == first
            && (own.get().nameStart() == first || rules.isTitle(t, first) && own.get().nameStart() == own.get().titleEnd())
            || own.get().start() >= first && own.get().nameStart() > first && roleWordsEnd(t, first, comma) == own.get().nameStart());
    // ", Heather Heyer's mother, told"; also a role after a capitalised body: ", USI associate professor of art history, said"
    boolean description = own.isPresent() && own.get().kind() == NounPhrase.Kind.TITLE || lowerCaseTitle(t, first, comma);
    boolean coordinated = !opening && rules.is(t, first, WordClass.CONJUNCTION); // "…, and requests from Fields' lawyers, who argued"
    if (!ownName && !coordinated && (!t.isCapitalized(first) || rules.isTitle(t, first) || description)) {
      Optional<NounPhrase> named = before(t, segStart - 1, sentStart);
      if (named.isPresent() && (named.get().hasName() || named.get().kind() == NounPhrase.Kind.TITLE)) {
        return named;
      }
    }
    return own;
  }

  /** Whether a title word in lower case stands in {@code [from, to)}: the words describe someone's role. */
  private boolean lowerCaseTitle(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isWord(k) && !t.isCapitalized(k) && rules.isTitle(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** The most words of a region or country in apposition to a place: "New South Wales". */
  private static final int MAX_REGION_WORDS = 3;

  /**
   * Whether {@code [segStart, comma)} is a few capitalised words after an aside of a place preposition
   * and a place between commas: the region or country of that place ("Ann Roe, from Leeds,
   * England,"), which speaks for nobody. After a title and a place ("Mayor in Hammerfest, Alf
   * Jakobsen,") the words are a name.
   */
  private boolean placeAfterPlace(Tokens t, int segStart, int comma) {
    if (comma - segStart > MAX_REGION_WORDS || !t.is(segStart - 1, ',') || comma - segStart >= 2 && givenName(t, rules, segStart)) {
      return false; // a given name and more is someone's: "The party's leader in the Senate, Martin Bosma, said"
    }
    for (int k = segStart; k < comma; k++) {
      if (!t.isWord(k) || !t.isCapitalized(k) || closedClass(t, k) || rules.isTitle(t, k)) {
        return false;
      }
    }
    int j = segStart - 2;
    while (j >= 0 && j > segStart - 2 - MAX_REGION_WORDS && t.isWord(j) && t.isCapitalized(j) && !closedClass(t, j)) {
      j--;
    }
    return j < segStart - 2 && j >= 1 && t.isWord(j) && !t.isCapitalized(j) && rules.is(t, j, WordClass.PLACE_PREPOSITION)
        && t.is(j - 1, ',') || placeOfOrganisation(t, segStart - 1);
  }

  /** The most words of an organisation's name that a place may follow: "the University of Texas Medical Branch". */
  private static final int MAX_ORGANISATION_WORDS = 6;

  /**
   * Whether the comma at {@code comma} follows an organisation's name that is the object of a
   * preposition other than a title's ("a curator at the University of Arkansas, Fayetteville,"):
   * the capitalised words after it name the campus's or branch's place, not someone.
   */
  private boolean placeOfOrganisation(Tokens t, int comma) {
    int j = comma - 1;
    boolean organisation = false;
    while (j > comma - 1 - MAX_ORGANISATION_WORDS && j >= 0 && t.isWord(j)
        && (t.isCapitalized(j) && !closedClass(t, j) || !t.isCapitalized(j) && rules.is(t, j, WordClass.NAME_PREPOSITION))) {
      organisation |= t.isCapitalized(j) && rules.isOrganisation(t, j);
      j--;
    }
    if (j >= 0 && t.isWord(j) && !t.isCapitalized(j) && rules.is(t, j, WordClass.DETERMINER)) {
      j--; // "at the University of …"
    }
    // not after a title's preposition, which an apposition with the name follows ("The director of the
    // Ask Wellness Society, Bob Hughes, told …")
    return organisation && j >= 0 && t.isWord(j) && !t.isCapitalized(j) && rules.is(t, j, WordClass.PREPOSITION)
        && !rules.is(t, j, WordClass.ROLE_PREPOSITION);
  }

  /** The first word at or after {@code from} in its sentence (or the sentence's end). */
  static int firstWord(Tokens t, int from) {
    return from >= t.size() ? from : Math.min(t.nextWordFrom(from), t.sentenceEnd(t.sentence(from)));
  }
}
