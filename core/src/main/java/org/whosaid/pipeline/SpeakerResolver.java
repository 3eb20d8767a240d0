package org.whosaid.pipeline;

import java.util.Optional;
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

  private boolean isModifierOrHead(Tokens t, int k) {
    return rules.is(t, k, WordClass.DETERMINER) || rules.is(t, k, WordClass.NATIONALITY) || rules.isTitle(t, k)
        || rules.isOrganisation(t, k) || t.isCapitalized(k);
  }

  private boolean skippable(Tokens t, int k) {
    return rules.is(t, k, WordClass.ADVERB) || rules.is(t, k, WordClass.AUXILIARY) || rules.is(t, k, WordClass.NEGATION);
  }

  /** The phrase that starts at or just after {@code from} (adverbs skipped), within {@code limit}. */
  Optional<NounPhrase> after(Tokens t, int from, int limit) {
    int k = from;
    while (k < limit && t.isWord(k) && rules.is(t, k, WordClass.ADVERB) && !t.isCapitalized(k)) {
      k++;
    }
    if (k >= limit || !t.isWord(k)) {
      return Optional.empty();
    }
    if (isPronoun(t, k) && !rules.is(t, k, WordClass.DETERMINER)
        || isPronoun(t, k) && (k + 1 >= limit || !t.isWord(k + 1) || !isModifierOrHead(t, k + 1))) {
      return Optional.of(new NounPhrase(k, k + 1, k, k, k, k, NounPhrase.Kind.PRONOUN));
    }
    int start = k;
    int end = k;
    int max = Math.min(limit, start + MAX_PHRASE);
    int lead = k;
    while (lead < Math.min(max, k + 2) && t.isWord(lead) && !t.isCapitalized(lead) && !rules.isFunctionWord(t, lead)
        && !rules.is(t, lead, WordClass.DETERMINER) && !isPronoun(t, lead)) {
      lead++;
    }
    if (lead > k && lead < max && t.isWord(lead) && t.isCapitalized(lead) && !rules.isFunctionWord(t, lead)) {
      end = lead; // role nouns the lexicon lacks before a name: "wrote student protester Joshua Wong"
    }
    boolean head = false;
    while (end < max && t.isWord(end)) {
      boolean det = rules.is(t, end, WordClass.DETERMINER) && end == start;
      boolean cap = t.isCapitalized(end) && !rules.is(t, end, WordClass.DETERMINER);
      boolean noun = rules.isTitle(t, end) || rules.isOrganisation(t, end);
      boolean nat = rules.is(t, end, WordClass.NATIONALITY);
      if (det || cap || noun || nat) {
        head |= cap || noun;
        end++;
        if (cap && isGenitive(t, end - 1)) {
          // "the WHO's situation report": the possessed phrase belongs to the speaker phrase
          int stop = Math.min(max, end + 3);
          while (end < stop && t.isWord(end) && !t.isCapitalized(end) && !rules.isFunctionWord(t, end)
              && !rules.is(t, end, WordClass.DETERMINER)) {
            end++;
          }
        }
      } else if (rules.is(t, end, WordClass.NAME_PARTICLE) && end + 1 < max && t.isCapitalized(end + 1) && head) {
        end++;
      } else if (head && rules.is(t, end, WordClass.PREPOSITION) && end + 1 < max && t.isWord(end + 1)
          && (t.isCapitalized(end + 1) || rules.isOrganisation(t, end + 1)
              || rules.is(t, end + 1, WordClass.DETERMINER) && end + 2 < max && rules.isOrganisation(t, end + 2))
          && precededByTitleOrOrg(t, start, end)) {
        end++;
      } else if (end > start && end + 1 < max && !t.isCapitalized(end) && !closedClass(t, end)
          && (rules.is(t, end - 1, WordClass.NATIONALITY) || rules.is(t, end - 1, WordClass.DETERMINER))
          && t.isWord(end + 1) && t.isCapitalized(end + 1) && !closedClass(t, end + 1)) {
        end++; // a role noun the lexicon lacks, before a name: "de Italiaanse franciscaan Alberto Tosini"
        head = true;
      } else if (!head && end > start && end - start <= 2) {
        end++; // "een woordvoerder", "Het westen", "the defence ministry": a plain noun after a determiner
        head = true;
        if (end >= max || !t.isWord(end) || !(rules.isTitle(t, end) || rules.isOrganisation(t, end))) {
          break;
        }
      } else {
        break;
      }
    }
    return analyse(t, start, end);
  }

  private boolean precededByTitleOrOrg(Tokens t, int start, int end) {
    for (int j = start; j < end; j++) {
      if (rules.isTitle(t, j) || rules.isOrganisation(t, j)) {
        return true;
      }
    }
    return false;
  }

  /** The phrase that ends just before {@code before} (auxiliaries and adverbs skipped), not before {@code floor}. */
  Optional<NounPhrase> before(Tokens t, int before, int floor) {
    int k = before - 1;
    while (k >= floor && t.isWord(k) && skippable(t, k) && !t.isCapitalized(k)) {
      k--;
    }
    if (k < floor || !t.isWord(k)) {
      return Optional.empty();
    }
    if (rules.is(t, k, WordClass.RELATIVE) && !t.isCapitalized(k) && k > floor) {
      return before(t, k, floor); // "en distriktssjef som sa": the phrase the relative pronoun stands for
    }
    if (isPronoun(t, k) && (k == floor || !t.isWord(k - 1) || !isModifierOrHead(t, k - 1))) {
      return Optional.of(new NounPhrase(k, k + 1, k, k, k, k, NounPhrase.Kind.PRONOUN));
    }
    int end = k + 1;
    int start = end;
    int min = Math.max(floor, end - MAX_PHRASE);
    while (start - 1 >= min && t.isWord(start - 1)) {
      int j = start - 1;
      boolean ok = t.isCapitalized(j) && !closedClass(t, j) || rules.is(t, j, WordClass.DETERMINER) || rules.is(t, j, WordClass.NATIONALITY)
          || rules.isTitle(t, j) || rules.isOrganisation(t, j)
          || rules.is(t, j, WordClass.NAME_PARTICLE) && start < end && t.isCapitalized(start)
          || start < end && (rules.isTitle(t, start) || rules.isOrganisation(t, start))
              && !rules.is(t, j, WordClass.PREPOSITION) && !rules.is(t, j, WordClass.CONJUNCTION)
              && !rules.is(t, j, WordClass.AUXILIARY) && !rules.is(t, j, WordClass.ADVERB)
          || j - 1 >= min && t.isWord(j - 1) && isGenitive(t, j - 1) && !rules.is(t, j, WordClass.PREPOSITION)
              && !rules.is(t, j, WordClass.AUXILIARY) && !rules.isFunctionWord(t, j)
          || j - 1 >= min && rules.is(t, j - 1, WordClass.DETERMINER) && t.isWord(j - 1)
              && !rules.is(t, j, WordClass.PREPOSITION) && !rules.is(t, j, WordClass.AUXILIARY)
          || rules.is(t, j, WordClass.PREPOSITION) && start < end && j - 1 >= min && t.isWord(j - 1)
              && (t.isCapitalized(start) || rules.is(t, start, WordClass.DETERMINER) || rules.isOrganisation(t, start))
              && (rules.isTitle(t, j - 1) || rules.isOrganisation(t, j - 1) || t.isCapitalized(j - 1));
      if (!ok || rules.is(t, j, WordClass.RELATIVE) && !t.isCapitalized(j)) {
        break;
      }
      start = j;
    }
    while (start < end && rules.is(t, start, WordClass.PREPOSITION) && !t.isCapitalized(start)) {
      start++;
    }
    if (start >= end) {
      return Optional.empty();
    }
    return analyse(t, start, end);
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
    int k = start;
    while (k < end) {
      boolean title = rules.isTitle(t, k);
      boolean orgNoun = rules.isOrganisation(t, k);
      if (title) {
        if (titleStart < 0) {
          titleStart = k;
        }
        titleEnd = k + 1;
      }
      org |= orgNoun && !title;
      if (t.isCapitalized(k) && !title && !orgNoun && !rules.is(t, k, WordClass.DETERMINER)
          && !rules.is(t, k, WordClass.NATIONALITY) && !closedClass(t, k)) {
        int runStart = k;
        int runEnd = k + 1;
        while (runEnd < end && t.isWord(runEnd)
            && (t.isCapitalized(runEnd) && !rules.isTitle(t, runEnd) && !rules.isOrganisation(t, runEnd)
                || rules.is(t, runEnd, WordClass.NAME_PARTICLE) && runEnd - runStart == 1 && runEnd + 1 < end
                    && t.isCapitalized(runEnd + 1))) {
          runEnd++;
        }
        boolean afterPreposition = runStart > start && (rules.is(t, runStart - 1, WordClass.PREPOSITION)
            || rules.is(t, runStart - 1, WordClass.CONJUNCTION)) && !t.isCapitalized(runStart - 1);
        if (afterPreposition && agentStart < 0 && rules.is(t, runStart - 1, WordClass.AGENT)) {
          agentStart = runStart; // "the reports by Johns Hopkins Center …": the source named after "by"
          agentEnd = runEnd;
        }
        boolean modifier = runEnd < end && !t.isCapitalized(runEnd) && (rules.isTitle(t, runEnd) || rules.isOrganisation(t, runEnd))
            || runEnd < end && isGenitive(t, runEnd - 1);
        boolean followedByTitle = runEnd < end && rules.isTitle(t, runEnd);
        if (!afterPreposition && !modifier && !followedByTitle) {
          nameStart = runStart;
          nameEnd = runEnd;
        }
        k = runEnd;
        continue;
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
    } else if (end - start >= 2 && rules.is(t, start, WordClass.DETERMINER)) {
      kind = NounPhrase.Kind.DESCRIPTION;
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

  private boolean closedClass(Tokens t, int k) {
    return rules.isFunctionWord(t, k);
  }

  /** Whether token {@code k} ends in a genitive "’s" or "'s": {@link #isGenitive(String)} of its text. */
  static boolean isGenitive(Tokens t, int k) {
    return t.endsWith(k, "\u2019s") || t.endsWith(k, "'s");
  }

  static boolean isGenitive(String w) {
    return w.endsWith("’s") || w.endsWith("'s");
  }
}
