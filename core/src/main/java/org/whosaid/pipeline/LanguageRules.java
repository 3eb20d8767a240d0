package org.whosaid.pipeline;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import java.util.Locale;
import java.util.Set;
import org.whosaid.spi.CueEntry;
import org.whosaid.spi.LanguageModule;
import org.whosaid.spi.WordClass;
import org.whosaid.spi.WordClasses;

/**
 * One language's lexicons compiled for fast lookup, once per {@link org.whosaid.WhoSaid}: cue
 * forms by first word, word classes, titles, organisation nouns.
 */
public final class LanguageRules {

  private static final String[] INFLECTION_SUFFIXES = {"ene", "en", "et", "ens", "ets", "s", "’s", "'s", "e", "er"};

  final LanguageModule module;
  final String language;
  final ListMultimap<String, CueEntry> cuesByFirstWord;
  /** The same cues keyed case-insensitively on characters, so that looking up a word allocates nothing. */
  final CharArrayMap<List<CueEntry>> cueIndex;
  final WordClasses words;
  final Set<String> titles;
  final Set<String> organisations;
  final Set<String> spokespersons;
  final Set<String> abbreviations;
  final boolean verbSecond;

  public LanguageRules(LanguageModule module) {
    this.module = module;
    this.language = module.language();
    ImmutableListMultimap.Builder<String, CueEntry> cues = ImmutableListMultimap.builder();
    for (CueEntry e : module.cues().entries()) {
      int space = e.form().indexOf(' ');
      cues.put(space < 0 ? e.form() : e.form().substring(0, space), e);
    }
    this.cuesByFirstWord = cues.build();
    this.cueIndex = new CharArrayMap<>(cuesByFirstWord.keySet().size(), true);
    for (String first : cuesByFirstWord.keySet()) {
      cueIndex.put(first, cuesByFirstWord.get(first));
    }
    this.words = module.words();
    this.titles = ImmutableSet.copyOf(module.titles());
    this.organisations = ImmutableSet.copyOf(module.organisationNouns());
    this.spokespersons = ImmutableSet.copyOf(module.spokespersonTitles());
    this.abbreviations = ImmutableSet.copyOf(module.abbreviations());
    this.verbSecond = module.verbSecond();
  }

  /** Cue entries whose first word is {@code text[start, end)}, in any case; empty if none. */
  List<CueEntry> cues(char[] text, int start, int end) {
    List<CueEntry> e = cueIndex.get(text, start, end - start);
    return e == null ? List.of() : e;
  }

  /** Cue entries whose first word is {@code lower}. */
  List<CueEntry> cues(String lower) {
    return cuesByFirstWord.get(lower);
  }

  boolean is(String word, WordClass c) {
    return words.is(word, c);
  }

  /** Whether the word is a title or role noun, also inflected or in a compound ("utenriksministeren", "NAVO-chef"). */
  boolean isTitle(String word) {
    return matchesNoun(word, titles);
  }

  /** A function word or cue, also when written with a capital at the start of a sentence: "Ook", "Ifølge", "Although". */
  boolean isFunctionWord(String w) {
    return is(w, WordClass.ADVERB) || is(w, WordClass.PREPOSITION) || is(w, WordClass.CONJUNCTION)
        || is(w, WordClass.AUXILIARY) || is(w, WordClass.COMPLEMENTIZER) || is(w, WordClass.PRONOUN_FIRST)
        || !cues(w.toLowerCase(Locale.ROOT)).isEmpty();
  }

  /** Whether the word is a spokesperson's title ("woordvoerder", "talsmannen", "spokesman"). */
  boolean isSpokesperson(String word) {
    return matchesNoun(word, spokespersons);
  }

  /** Whether the word is an organisation noun, also inflected or in a compound ("forsvarsdepartementet"). */
  boolean isOrganisation(String word) {
    return matchesNoun(word, organisations);
  }

  private static boolean matchesNoun(String word, Set<String> nouns) {
    String w = word.toLowerCase(Locale.ROOT);
    int hyphen = w.lastIndexOf('-');
    if (hyphen >= 0 && hyphen < w.length() - 1 && (nouns.contains(w) || matchesNoun(w.substring(hyphen + 1), nouns))) {
      return true;
    }
    if (stemIn(w, nouns)) {
      return true;
    }
    for (String suffix : INFLECTION_SUFFIXES) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix) && stemIn(w.substring(0, w.length() - suffix.length()), nouns)) {
        return true;
      }
    }
    return false;
  }

  /** The word, or a compound ending in it of at least 3 more letters, is in the set. */
  private static boolean stemIn(String w, Set<String> nouns) {
    if (nouns.contains(w)) {
      return true;
    }
    for (int i = 3; i <= w.length() - 4; i++) {
      if (nouns.contains(w.substring(i))) {
        return true;
      }
    }
    return false;
  }
}
