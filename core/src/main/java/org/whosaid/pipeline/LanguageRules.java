package org.whosaid.pipeline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
      | bit(WordClass.CONJUNCTION) | bit(WordClass.AUXILIARY) | bit(WordClass.COMPLEMENTIZER) | bit(WordClass.PRONOUN_FIRST)
      | bit(WordClass.PRONOUN_SECOND);

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
  /** {@link LanguageModule#genitiveS()}. */
  final boolean genitiveS;
  final boolean dropsComplementizer;
  /** {@link LanguageModule#acronymsAreNoWords()}. */
  final boolean acronymsAreNoWords;
  private final ImmutableMap<String, Long> classMasks;
  /** The classes of the acronyms the lexicon has entries of ("US" a nationality), read where acronyms are no words ({@link #acronymEntry}). */
  private final ImmutableMap<String, Long> acronymMasks;
  /** Whether an acronym, no word of the lexicon, has classes of its own entry to read. */
  private final boolean readsAcronyms;
  /** The acronyms with entries of their own, whose entry numbers start at {@link #firstAcronymEntry}. */
  private final ImmutableList<String> acronymEntries;
  private final int firstAcronymEntry;
  /** The title, organisation and spokesperson nouns: bits {@link #TITLE}, {@link #ORGANISATION}, {@link #SPOKESPERSON}. */
  private final NounEnds nouns;
  /** Every word looked up exactly (word classes, first words of cues, abbreviations), for {@link Tokens}. */
  private final WordTable table;
  private final long[] entryClasses;
  private final List<List<CueEntry>> entryCues;
  /** Per entry, whether it is the first word of a cue: {@code !entryCues.get(e).isEmpty()} without a call through a list. */
  private final boolean[] entryIsCue;
  /** A bit per hash slot ({@link #cueSlot}) of the cues' first words' hashes: a filter that fits in the processor's nearest cache. */
  private final long[] cueFirstWords = new long[CUE_FILTER_BITS / 64];
  private static final int CUE_FILTER_BITS = 1 << 14;
  private final boolean[] entryAbbreviation;
  /**
   * Whether every cue's first word is its own lower case a character at a time, so that finding a
   * plain token in {@link #table} finds what the case-insensitive {@link #cueIndex} finds.
   */
  private final boolean plainCueWords;
  /** The words of each cue form. */
  private final ImmutableMap<String, List<String>> cueWords;
  /** {@link LanguageModule#mannerPhrases()}, their words, by their first word, found case-insensitively. */
  private final CharArrayMap<List<List<String>>> mannerPhrases;

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
    this.genitiveS = module.genitiveS();
    this.dropsComplementizer = module.dropsComplementizer();
    this.acronymsAreNoWords = module.acronymsAreNoWords();
    this.classMasks = classMasks(words, false);
    this.acronymMasks = classMasks(words, true);
    this.readsAcronyms = acronymsAreNoWords && !acronymMasks.isEmpty();
    this.nouns = new NounEnds(List.of(titles, organisations, spokespersons, Set.of() /* LOOKED_AT */, ImmutableSet.copyOf(module.documentNouns()),
        ImmutableSet.copyOf(module.measurementNouns())));
    Set<String> exact = new LinkedHashSet<>(classMasks.keySet());
    exact.addAll(cuesByFirstWord.keySet());
    exact.addAll(abbreviations);
    List<String> words = List.copyOf(exact);
    this.table = new WordTable(words);
    // the acronyms' own entries come after the words', which the table finds: only {@link #acronymEntry} gives them
    List<String> entries = new ArrayList<>(words);
    entries.addAll(acronymMasks.keySet());
    this.firstAcronymEntry = words.size();
    this.acronymEntries = ImmutableList.copyOf(acronymMasks.keySet());
    this.entryClasses = new long[entries.size()];
    this.entryAbbreviation = new boolean[entries.size()];
    List<List<CueEntry>> cueLists = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String w = entries.get(i);
      entryClasses[i] = i < firstAcronymEntry ? classes(w) : acronymMasks.get(w);
      entryAbbreviation[i] = i < firstAcronymEntry && abbreviations.contains(w);
      cueLists.add(i < firstAcronymEntry ? cuesByFirstWord.get(w) : List.of());
    }
    this.entryCues = List.copyOf(cueLists);
    this.entryIsCue = new boolean[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      entryIsCue[i] = !cueLists.get(i).isEmpty();
    }
    for (String first : cuesByFirstWord.keySet()) {
      int slot = cueSlot(first.hashCode()); // a plain token's hash is its lower case's String hash
      cueFirstWords[slot >>> 6] |= 1L << slot;
    }
    Map<String, List<String>> split = new HashMap<>();
    for (CueEntry e : cuesByFirstWord.values()) {
      split.put(e.form(), List.of(e.form().split(" ")));
    }
    this.cueWords = ImmutableMap.copyOf(split);
    this.plainCueWords = cuesByFirstWord.keySet().stream().allMatch(LanguageRules::isOwnLowerCase);
    Map<String, List<List<String>>> manner = new HashMap<>();
    for (String phrase : module.mannerPhrases()) {
      List<String> w = List.of(phrase.split(" "));
      manner.computeIfAbsent(w.get(0), f -> new ArrayList<>()).add(w);
    }
    this.mannerPhrases = new CharArrayMap<>(manner.size(), true);
    manner.forEach((first, phrases) -> mannerPhrases.put(first, List.copyOf(phrases)));
  }

  /**
   * Whether a {@link LanguageModule#mannerPhrases() manner phrase} starts at token {@code k}, its
   * words all before {@code end}: "without elaborating", "zonder details te geven".
   */
  boolean startsMannerPhrase(Tokens t, int k, int end) {
    List<List<String>> phrases = t.isWord(k) ? mannerPhrases.get(t.chars(), t.start(k), t.end(k) - t.start(k)) : null;
    if (phrases == null) {
      return false;
    }
    for (List<String> words : phrases) {
      int i = 1;
      while (i < words.size() && k + i < end && t.isWord(k + i) && t.lowerEquals(k + i, words.get(i))) {
        i++;
      }
      if (i == words.size()) {
        return true;
      }
    }
    return false;
  }

  /** The words of a cue's form, as {@code form.split(" ")} gives them. */
  List<String> cueWords(CueEntry e) {
    List<String> words = cueWords.get(e.form());
    return words != null ? words : List.of(e.form().split(" "));
  }

  private static int cueSlot(int hash) {
    return (hash * 0x9E3779B1) >>> (32 - 14);
  }

  /** Whether {@code w} has no surrogate and is its own lower case a character at a time. */
  private static boolean isOwnLowerCase(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isSurrogate(c) || Tokens.lowerCase(c) != c) {
        return false;
      }
    }
    return true;
  }

  /** The lexicon entry of the word {@code text[start, end)} whose lower case (a character at a time) hashes to {@code hash}. */
  int entry(char[] text, int start, int end, int hash) {
    return table.find(text, start, end, hash);
  }

  /** The lexicon entry of a lower-case word. */
  int entry(String lower) {
    return table.find(lower);
  }

  /** Whether token {@code k} is in word class {@code c}: {@link #is(String, WordClass)} of its text. */
  boolean is(Tokens t, int k, WordClass c) {
    return (classes(t, k) & bit(c)) != 0;
  }

  private long classes(Tokens t, int k) {
    int e = t.entry(k);
    return e == WordTable.ABSENT ? 0 : entryClasses[e];
  }

  /**
   * The own entry of acronym {@code k}, which it has as a modifier only, before a word of no closed
   * class: "US officials", "a UK minister" (a nationality), not "US says" or "the US on Tuesday" (a
   * name); {@link WordTable#ABSENT} otherwise. Asked once per token, by {@link Tokens#entry}.
   */
  int acronymEntry(Tokens t, int k) {
    if (!readsAcronyms || k + 1 >= t.size() || !t.isWord(k + 1) || t.sentence(k + 1) != t.sentence(k) || isFunctionWord(t, k + 1)) {
      return WordTable.ABSENT;
    }
    int i = acronymEntries.indexOf(t.word(k));
    return i < 0 ? WordTable.ABSENT : firstAcronymEntry + i;
  }

  /** Cue entries whose first word is token {@code k}, in any case: {@link #cues(char[], int, int)} of its characters. */
  List<CueEntry> cues(Tokens t, int k) {
    if (!plainCueWords || t.irregular(k)) {
      return cues(t.chars(), t.start(k), t.end(k));
    }
    int e = t.entry(k);
    return e == WordTable.ABSENT ? List.of() : entryCues.get(e);
  }

  /**
   * Whether cue entries may start at token {@code k} of tokens just looked up: {@code
   * !cues(t, k).isEmpty()}, asked once per token by {@link Tokens#lookUp} to list the cue candidates.
   */
  boolean startsCue(Tokens t, int k) {
    if (!plainCueWords || t.irregular(k)) {
      return !cues(t.chars(), t.start(k), t.end(k)).isEmpty();
    }
    int slot = cueSlot(t.lowerHash(k));
    if ((cueFirstWords[slot >>> 6] & (1L << slot)) == 0) {
      return false; // most words: no cue's first word hashes there
    }
    int e = t.entry(k);
    return e != WordTable.ABSENT && entryIsCue[e];
  }

  /** Cue entries whose first word is token {@code k} in lower case: {@link #cues(String)} of its lower-case text. */
  List<CueEntry> cuesOf(Tokens t, int k) {
    int e = t.entry(k);
    return e == WordTable.ABSENT ? List.of() : entryCues.get(e);
  }

  /** Whether token {@code k} is a function word or cue: {@link #isFunctionWord(String)} of its text. */
  boolean isFunctionWord(Tokens t, int k) {
    int e = t.entry(k);
    return e != WordTable.ABSENT && ((entryClasses[e] & FUNCTION_CLASSES) != 0 || entryIsCue[e]);
  }

  /** Whether token {@code k} is a cue's first word and of no function-word class ("states", not "according"). */
  boolean isCueWordOnly(Tokens t, int k) {
    int e = t.entry(k);
    return e != WordTable.ABSENT && entryIsCue[e] && (entryClasses[e] & FUNCTION_CLASSES) == 0;
  }

  /** Whether token {@code k}, in lower case, is an abbreviation. */
  boolean isAbbreviation(Tokens t, int k) {
    int e = t.entry(k);
    return e != WordTable.ABSENT && entryAbbreviation[e];
  }

  /** {@link #isTitle(String)} of token {@code k}. */
  boolean isTitle(Tokens t, int k) {
    return (nouns(t, k) & TITLE) != 0;
  }

  /** {@link LanguageModule#definiteSingularTitle} of token {@code k}. */
  boolean isDefiniteSingularTitle(Tokens t, int k) {
    return isTitle(t, k) && module.definiteSingularTitle(t.lower(k));
  }

  /** {@link LanguageModule#pastTense} of token {@code k}, a lower-case word. */
  boolean isPastTense(Tokens t, int k) {
    return t.isWord(k) && !t.isCapitalized(k) && module.pastTense(t.lower(k));
  }

  /** {@link #isOrganisation(String)} of token {@code k}. */
  boolean isOrganisation(Tokens t, int k) {
    return (nouns(t, k) & ORGANISATION) != 0;
  }

  /** {@link #isSpokesperson(String)} of token {@code k}. */
  boolean isSpokesperson(Tokens t, int k) {
    return (nouns(t, k) & SPOKESPERSON) != 0;
  }

  /** {@link LanguageModule#documentNouns()}: whether token {@code k} is a document noun, also inflected or in a compound. */
  boolean isDocument(Tokens t, int k) {
    return (nouns(t, k) & DOCUMENT) != 0;
  }

  /** {@link LanguageModule#measurementNouns()}: whether token {@code k} is a noun for data or measurements. */
  boolean isMeasurement(Tokens t, int k) {
    return (nouns(t, k) & MEASUREMENT) != 0;
  }

  /** The bits of {@link #nouns}' sets, and of {@link Tokens#nouns} once the token was looked at. */
  private static final int TITLE = 1;
  private static final int ORGANISATION = 2;
  private static final int SPOKESPERSON = 4;
  private static final int LOOKED_AT = 8;
  private static final int DOCUMENT = 16;
  private static final int MEASUREMENT = 32;

  /** The noun sets token {@code k} matches, worked out once per token. */
  private int nouns(Tokens t, int k) {
    int found = t.nouns(k);
    if (found == 0) {
      found = LOOKED_AT | nouns.matches(t.chars(), t.start(k), t.end(k));
      t.nouns(k, (byte) found);
    }
    return found;
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
    return (nouns.matches(word) & TITLE) != 0;
  }

  /** A function word or cue, also when written with a capital at the start of a sentence: "Ook", "Ifølge", "Although". */
  boolean isFunctionWord(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return (classes(lower) & FUNCTION_CLASSES) != 0 || !cues(lower).isEmpty();
  }

  /** Whether the word is a spokesperson's title ("woordvoerder", "talsmannen", "spokesman"). */
  boolean isSpokesperson(String word) {
    return (nouns.matches(word) & SPOKESPERSON) != 0;
  }

  /** Whether the word is an organisation noun, also inflected or in a compound ("forsvarsdepartementet"). */
  boolean isOrganisation(String word) {
    return (nouns.matches(word) & ORGANISATION) != 0;
  }

  /** The word classes of a lower-case word, one bit per {@link WordClass#ordinal()}. */
  private long classes(String lower) {
    Long mask = classMasks.get(lower);
    return mask == null ? 0 : mask;
  }

  private static long bit(WordClass c) {
    return 1L << c.ordinal();
  }

  /** The class masks of the lower-case words or, with {@code acronyms}, of the acronyms' own entries. */
  private static ImmutableMap<String, Long> classMasks(WordClasses words, boolean acronyms) {
    Map<String, Long> masks = new HashMap<>();
    words.classes().forEach((word, c) -> {
      if (WordClasses.isAcronym(word) == acronyms) {
        masks.merge(word, bit(c), (a, b) -> a | b);
      }
    });
    return ImmutableMap.copyOf(masks);
  }

  /**
   * Sets of nouns (titles, organisations, spokespersons) that a word matches when it, or its stem
   * without an inflection suffix, is one of them or is a compound ending in one (at least 3 more
   * letters before, a noun of at least 4). A stem is matched by walking back from its end through
   * one trie of all the reversed nouns, each node marked with the sets it ends a noun of, after a
   * filter of the nouns' last three letters has turned most stems away; only the suffixes that end
   * in the word's last letter are tried. One walk answers for every set; time linear in the word,
   * and a word of Latin-1 letters (nearly all) is matched without making a string. (ICU's
   * {@code CharsTrie} answers the same but measured ten times slower per step here.)
   */
  private static final class NounEnds {
    private static final int FILTER_BITS = 1 << 16;
    private static final int[] NO_SUFFIXES = {};
    /** For each Latin-1 letter, the indexes of the inflection suffixes that end in it. */
    private static final int[][] SUFFIXES_BY_LAST = new int[256][];
    /** Character.toLowerCase of each Latin-1 character, which is what String.toLowerCase(Locale.ROOT) does to it. */
    private static final char[] LATIN1_LOWER = new char[256];

    static {
      for (char c = 0; c < 256; c++) {
        LATIN1_LOWER[c] = Character.toLowerCase(c);
        int[] list = NO_SUFFIXES;
        for (int s = 0; s < INFLECTION_SUFFIXES.length; s++) {
          String suffix = INFLECTION_SUFFIXES[s];
          if (suffix.charAt(suffix.length() - 1) == c) {
            list = Arrays.copyOf(list, list.length + 1);
            list[list.length - 1] = s;
          }
        }
        SUFFIXES_BY_LAST[c] = list;
      }
    }

    /**
     * The trie of the nouns reversed, in flat arrays that a walk reads from a few cache lines: node
     * {@code i} (the root is 0) has the children {@code child[first[i]] … child[first[i + 1] - 1]}
     * under the characters {@code label[…]}, and {@code nodeSets[i]} are the sets of the noun that
     * ends there.
     */
    private final int[] first;
    private final char[] label;
    private final int[] child;
    private final int[] nodeSets;
    /** Bloom filter (one hash) of the last three characters of every noun of three or more. */
    private final long[] endings = new long[FILTER_BITS / 64];

    /** Set {@code i} of {@code nounSets} has the bit {@code 1 << i}. */
    NounEnds(List<Set<String>> nounSets) {
      Node reversed = new Node();
      for (int i = 0; i < nounSets.size(); i++) {
        for (String n : nounSets.get(i)) {
          Node node = reversed;
          for (int j = n.length() - 1; j >= 0; j--) {
            node = node.add(n.charAt(j));
          }
          node.sets |= 1 << i;
          if (n.length() >= 3) {
            int slot = slot(n.charAt(n.length() - 3), n.charAt(n.length() - 2), n.charAt(n.length() - 1));
            endings[slot >>> 6] |= 1L << slot;
          }
        }
      }
      // breadth first: a node's children are numbered together, after every node before it
      List<Node> order = new ArrayList<>();
      order.add(reversed);
      for (int n = 0; n < order.size(); n++) {
        order.addAll(Arrays.asList(order.get(n).next));
      }
      this.first = new int[order.size() + 1];
      this.label = new char[order.size() - 1];
      this.child = new int[order.size() - 1];
      this.nodeSets = new int[order.size()];
      int edges = 0;
      for (int n = 0; n < order.size(); n++) {
        Node node = order.get(n);
        first[n] = edges;
        nodeSets[n] = node.sets;
        for (int c = 0; c < node.labels.length; c++) {
          label[edges] = node.labels[c];
          child[edges] = edges + 1; // numbered in the order their edges are laid out
          edges++;
        }
      }
      first[order.size()] = edges;
    }

    private static int slot(char a, char b, char c) {
      int h = (a * 31 + b) * 31 + c;
      return (h ^ (h >>> 16)) * 0x9E3779B1 >>> 16;
    }

    /** The bits of the sets {@code word} matches. */
    int matches(String word) {
      return matches(word.toCharArray(), 0, word.length());
    }

    /** The bits of the sets the word {@code text[from, to)} matches. */
    int matches(char[] text, int from, int to) {
      // a Latin-1 word lower-cases a character at a time exactly as String.toLowerCase(Locale.ROOT) does
      boolean latin1 = true;
      for (int i = from; i < to && latin1; i++) {
        latin1 = text[i] <= 0xFF;
      }
      if (latin1) {
        return matches(text, from, to, true);
      }
      char[] lower = new String(text, from, to - from).toLowerCase(Locale.ROOT).toCharArray();
      return matches(lower, 0, lower.length, false);
    }

    /** {@code w[from, to)} is lower case already, or is lower-cased a character at a time when {@code lower}. */
    private int matches(char[] w, int from, int to, boolean lower) {
      int n = to - from;
      int found = 0;
      int hyphen = lastIndexOf(w, from, to, '-');
      if (hyphen >= 0 && hyphen < to - 1) {
        found |= matches(w, hyphen + 1, to, lower); // the whole word's own match is the stem walk's below
      }
      if (n == 0) {
        return found;
      }
      found |= stemIn(w, from, to, lower);
      char last = at(w, to - 1, lower);
      for (int s : last < SUFFIXES_BY_LAST.length ? SUFFIXES_BY_LAST[last] : NO_SUFFIXES) {
        String suffix = INFLECTION_SUFFIXES[s];
        if (n > suffix.length() + 2 && endsWith(w, to, suffix, lower)) {
          found |= stemIn(w, from, to - suffix.length(), lower);
        }
      }
      return found;
    }

    private static int lastIndexOf(char[] w, int from, int to, char c) {
      for (int i = to - 1; i >= from; i--) {
        if (w[i] == c) {
          return i;
        }
      }
      return -1;
    }

    private static char at(char[] w, int i, boolean lower) {
      char c = w[i];
      return lower ? LATIN1_LOWER[c & 0xFF] : c;
    }

    private static boolean endsWith(char[] w, int to, String suffix, boolean lower) {
      int from = to - suffix.length();
      for (int i = 0; i < suffix.length(); i++) {
        if (at(w, from + i, lower) != suffix.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /**
     * The sets in which {@code w[from, m)}, or a compound ending in it of at least 3 more letters,
     * is a noun; {@code m > from}.
     */
    private int stemIn(char[] w, int from, int m, boolean lower) {
      int length = m - from;
      if (length >= 3) {
        int slot = slot(at(w, m - 3, lower), at(w, m - 2, lower), at(w, m - 1, lower));
        if ((endings[slot >>> 6] & (1L << slot)) == 0) {
          return 0; // every noun the stem could end in has three letters or more
        }
      }
      int found = 0;
      int node = 0;
      for (int j = m - 1; j >= from; j--) {
        char c = at(w, j, lower);
        int e = first[node + 1];
        int x = first[node];
        while (x < e && label[x] != c) {
          x++;
        }
        if (x == e) {
          return found;
        }
        node = child[x];
        int l = m - j;
        if (nodeSets[node] != 0 && (l == length || l >= 4 && l <= length - 3)) {
          found |= nodeSets[node];
        }
      }
      return found;
    }

    /** A node of the reversed-noun trie while it is built: its children by character. */
    private static final class Node {
      private char[] labels = new char[0];
      private Node[] next = new Node[0];
      private int sets;

      Node child(char c) {
        char[] l = labels;
        for (int i = 0; i < l.length; i++) {
          if (l[i] == c) {
            return next[i];
          }
        }
        return null;
      }

      Node add(char c) {
        Node n = child(c);
        if (n == null) {
          n = new Node();
          labels = Arrays.copyOf(labels, labels.length + 1);
          next = Arrays.copyOf(next, next.length + 1);
          labels[labels.length - 1] = c;
          next[next.length - 1] = n;
        }
        return n;
      }
    }
  }
}
