package org.whosaid.pipeline;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.CharsTrie;
import com.ibm.icu.util.CharsTrieBuilder;
import com.ibm.icu.util.StringTrieBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;
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
  private static final long FUNCTION_CLASSES = bit(WordClass.ADVERB) | bit(WordClass.PREPOSITION)
      | bit(WordClass.CONJUNCTION) | bit(WordClass.AUXILIARY) | bit(WordClass.COMPLEMENTIZER) | bit(WordClass.PRONOUN_FIRST);

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
  private final ImmutableMap<String, Long> classMasks;
  private final NounEnds titleEnds;
  private final NounEnds organisationEnds;
  private final NounEnds spokespersonEnds;

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
    this.classMasks = classMasks(words);
    this.titleEnds = new NounEnds(titles);
    this.organisationEnds = new NounEnds(organisations);
    this.spokespersonEnds = new NounEnds(spokespersons);
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
    return (classes(word.toLowerCase(Locale.ROOT)) & bit(c)) != 0;
  }

  /** Whether the word is a title or role noun, also inflected or in a compound ("utenriksministeren", "NAVO-chef"). */
  boolean isTitle(String word) {
    return titleEnds.matches(word);
  }

  /** A function word or cue, also when written with a capital at the start of a sentence: "Ook", "Ifølge", "Although". */
  boolean isFunctionWord(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return (classes(lower) & FUNCTION_CLASSES) != 0 || !cues(lower).isEmpty();
  }

  /** Whether the word is a spokesperson's title ("woordvoerder", "talsmannen", "spokesman"). */
  boolean isSpokesperson(String word) {
    return spokespersonEnds.matches(word);
  }

  /** Whether the word is an organisation noun, also inflected or in a compound ("forsvarsdepartementet"). */
  boolean isOrganisation(String word) {
    return organisationEnds.matches(word);
  }

  /** The word classes of a lower-case word, one bit per {@link WordClass#ordinal()}. */
  private long classes(String lower) {
    Long mask = classMasks.get(lower);
    return mask == null ? 0 : mask;
  }

  private static long bit(WordClass c) {
    return 1L << c.ordinal();
  }

  private static ImmutableMap<String, Long> classMasks(WordClasses words) {
    Map<String, Long> masks = new HashMap<>();
    words.classes().forEach((word, c) -> masks.merge(word, bit(c), (a, b) -> a | b));
    return ImmutableMap.copyOf(masks);
  }

  /**
   * A set of nouns that a word matches when it, or its stem without an inflection suffix, is one
   * of them or is a compound ending in one (at least 3 more letters before, a noun of at least 4).
   * The nouns are kept reversed in an ICU {@link CharsTrie}, so that a word is matched by walking
   * back from its end: time linear in the word, no substrings.
   */
  private static final class NounEnds {
    private final Set<String> nouns;
    private final CharSequence reversed;

    NounEnds(Set<String> nouns) {
      this.nouns = nouns;
      CharsTrieBuilder b = new CharsTrieBuilder();
      for (String n : nouns) {
        if (!n.isEmpty()) {
          b.add(reverse(n), 1);
        }
      }
      this.reversed = nouns.stream().anyMatch(n -> !n.isEmpty()) ? b.buildCharSequence(StringTrieBuilder.Option.FAST) : null;
    }

    private static String reverse(String s) {
      char[] c = new char[s.length()];
      for (int i = 0; i < c.length; i++) {
        c[i] = s.charAt(s.length() - 1 - i);
      }
      return new String(c);
    }

    boolean matches(String word) {
      String w = word.toLowerCase(Locale.ROOT);
      int hyphen = w.lastIndexOf('-');
      if (hyphen >= 0 && hyphen < w.length() - 1 && (nouns.contains(w) || matches(w.substring(hyphen + 1)))) {
        return true;
      }
      if (w.isEmpty() || reversed == null) {
        return nouns.contains(w);
      }
      CharsTrie trie = new CharsTrie(reversed, 0);
      if (stemIn(trie, w, w.length())) {
        return true;
      }
      for (String suffix : INFLECTION_SUFFIXES) {
        if (w.length() > suffix.length() + 2 && w.endsWith(suffix) && stemIn(trie, w, w.length() - suffix.length())) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code w[0, m)}, or a compound ending in it of at least 3 more letters, is a noun; {@code m > 0}. */
    private static boolean stemIn(CharsTrie trie, String w, int m) {
      trie.reset();
      for (int j = m - 1; j >= 0; j--) {
        BytesTrie.Result r = trie.next(w.charAt(j));
        int length = m - j;
        if (r.hasValue() && (length == m || length >= 4 && length <= m - 3)) {
          return true;
        }
        if (!r.hasNext()) {
          return false;
        }
      }
      return false;
    }
  }
}
