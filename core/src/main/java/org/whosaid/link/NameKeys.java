package org.whosaid.link;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.whosaid.model.ActorKey;
import org.whosaid.model.ActorType;
import org.whosaid.spi.GazetteerEntry;
import org.whosaid.spi.LanguageModule;
import org.whosaid.spi.ResourceLanguageModule;
import org.whosaid.spi.WordClass;
import org.whosaid.spi.WordClasses;

/**
 * Makes the {@link ActorKey} of a name written in one language, equal for the same actor across
 * articles and languages:
 *
 * <ul>
 *   <li>a name in the {@link Gazetteer} has its identifier: "NAVO", "NATO" → {@code Q7184};</li>
 *   <li>a person has {@code person:<surname>:<given names>} in {@link NameFolder} skeleton spelling,
 *       titles and nationality words in front left out: "minister Dmitro Koeleba" and
 *       "Foreign Minister Dmytro Kuleba" → {@code person:kuleba:dmitro};</li>
 *   <li>an organisation without an entry has {@code organization:<state>:<concepts>}, its words
 *       turned into concepts and its state found through the gazetteer: "het ministerie van
 *       Defensie" → {@code organization::defence+ministry}, "Russia’s defence ministry" and
 *       "det russiske forsvarsdepartementet" → {@code organization:Q159:defence+ministry}.</li>
 * </ul>
 *
 * <pre>{@code
 * NameKeys dutch = NameKeys.of(dutchModule, gazetteer);
 * dutch.key("Vladimir Poetin", ActorType.PERSON);   // person:putin:vladimir
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NameKeys {

  /** Generational suffixes, written alike in every language that writes names in Latin letters. */
  private static final Set<String> SUFFIXES = ImmutableSet.of("jr", "sr", "i", "ii", "iii", "iv");

  private final String language;
  private final NameFolder folder;
  private final Gazetteer gazetteer;
  private final ConceptLexicon concepts;
  private final WordClasses words;
  private final Set<String> titles;
  private final Set<String> stopwords;
  /** The module's organisation nouns: generic words of an organisation's name, as concepts are. */
  private final Set<String> organisationNouns;

  private NameKeys(LanguageModule module, Gazetteer gazetteer, ConceptLexicon concepts) {
    this.language = module.language();
    this.folder = NameFolder.of(module);
    this.gazetteer = gazetteer;
    this.concepts = concepts;
    this.words = module.words();
    this.titles = ImmutableSet.copyOf(module.titles());
    this.stopwords = module instanceof ResourceLanguageModule r ? r.stopwords() : Set.of();
    this.organisationNouns = ImmutableSet.copyOf(module.organisationNouns());
  }

  private NameKeys(NameKeys from, NameFolder folder) {
    this.language = from.language;
    this.folder = folder;
    this.gazetteer = from.gazetteer;
    this.concepts = from.concepts;
    this.words = from.words;
    this.titles = from.titles;
    this.stopwords = from.stopwords;
    this.organisationNouns = from.organisationNouns;
  }

  /**
   * These keys without the language's spelling rules: a name that only looks transliterated
   * ("Joe" is not "Ju" in a Dutch text) still meets its other spellings through them.
   */
  public NameKeys withoutSpelling() {
    return new NameKeys(this, NameFolder.plain());
  }

  /**
   * Whether a form names an actor of this type rather than referring to it: not a pronoun, not a
   * bare title or organisation noun ("de minister", "Het ministerie", "the alliance"); a person's
   * name has a capital letter.
   */
  public boolean names(String form, ActorType type) {
    List<String> ws = nameWords(form);
    if (ws.isEmpty()) {
      return false;
    }
    if (ws.size() == 1 && isPronoun(ws.get(0))) {
      return false;
    }
    if (type == ActorType.PERSON) {
      String last = ws.get(ws.size() - 1);
      return Character.isUpperCase(last.charAt(0)) && person(form).isPresent();
    }
    if (known(form).isPresent()) {
      return true;
    }
    for (String w : ws) {
      String lower = w.toLowerCase(Locale.ROOT);
      int hyphen = lower.lastIndexOf('-');
      if (titles.contains(lower) || (hyphen >= 0 && titles.contains(lower.substring(hyphen + 1)))) {
        return false;
      }
    }
    OrganisationName org = organisation(form);
    boolean capital = false;
    for (String w : form.strip().split("[\\s\\u00A0]+")) {
      String bare = trimPunctuation(w);
      if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && !isFunctionWord(bare)
          && !titles.contains(bare.toLowerCase(Locale.ROOT))) {
        capital = true;
      }
    }
    return capital || org.state().isPresent() || org.parts().size() >= 2;
  }

  private boolean isPronoun(String w) {
    for (WordClass c : words.of(w)) {
      if (c.name().startsWith("PRONOUN") || c == WordClass.DETERMINER || c == WordClass.RELATIVE) {
        return true;
      }
    }
    return false;
  }

  /** Keys for names in the module's language, known actors from {@code gazetteer}. */
  public static NameKeys of(LanguageModule module, Gazetteer gazetteer) {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(gazetteer, "gazetteer");
    return new NameKeys(module, gazetteer, ConceptLexicon.of(module));
  }

  /** Keys for names in the module's language, known actors from the module's own gazetteer. */
  public static NameKeys of(LanguageModule module) {
    return of(module, Gazetteer.builder().addAll(module).build());
  }

  /** The language of the names. */
  public String language() {
    return language;
  }

  /** The folder with this language's spelling rules. */
  public NameFolder folder() {
    return folder;
  }

  /**
   * The state a nationality word names, as this language's gazetteer writes it: "Chinese" →
   * China, "Duitse" → Duitsland, "russiske" → Russland (through the word's concept in
   * {@code concepts.tsv}), or a state's acronym that is used as its adjective ("US" in "US
   * officials", as the gazetteer knows it); empty for any other word.
   */
  public Optional<GazetteerEntry> stateOf(String nationality) {
    Objects.requireNonNull(nationality, "nationality");
    String word = trimPunctuation(nationality);
    for (String c : concepts.concepts(word)) {
      Optional<GazetteerEntry> state = gazetteer.byCanonical(c);
      if (state.isPresent()) {
        return gazetteer.byId(state.get().id(), language);
      }
    }
    return WordClasses.isAcronym(word) ? known(word) : Optional.empty();
  }

  /** The gazetteer entry of a name, if the name is a known actor. */
  public Optional<GazetteerEntry> known(String name) {
    Objects.requireNonNull(name, "name");
    Optional<GazetteerEntry> e = gazetteer.lookup(name, language);
    if (e.isEmpty()) {
      String bare = withoutDeterminers(name);
      if (!bare.equals(name) && !bare.isEmpty()) {
        e = gazetteer.lookup(bare, language);
      }
    }
    return e;
  }

  /** Whether {@code name} may be a known actor: false means {@link #known} finds none ({@link Gazetteer#mayHave}). */
  public boolean mayBeKnown(CharSequence name) {
    return gazetteer.mayHave(name);
  }

  /** {@link #mayBeKnown(CharSequence)} of the name written in {@code text[from, to)}. */
  public boolean mayBeKnown(char[] text, int from, int to) {
    return gazetteer.mayHave(text, from, to);
  }

  /** The name without the articles and determiners in front: "Het westen" → "westen". */
  public String withoutDeterminers(String name) {
    String s = name.strip();
    while (true) {
      int space = s.indexOf(' ');
      if (space < 0 || !words.is(s.substring(0, space), WordClass.DETERMINER)) {
        return s;
      }
      s = s.substring(space + 1).strip();
    }
  }

  /** The key of an actor with this name and type. */
  public ActorKey key(String name, ActorType type) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Optional<GazetteerEntry> k = known(name);
    if (k.isPresent()) {
      return ActorKey.of(k.get().id());
    }
    if (type == ActorType.PERSON) {
      Optional<PersonName> p = person(name);
      if (p.isPresent()) {
        return ActorKey.of(p.get().key());
      }
    }
    if (type == ActorType.ORGANIZATION) {
      return ActorKey.of(organisation(name).key());
    }
    String folded = folder.key(name).replace(' ', '-');
    return ActorKey.of(type.name().toLowerCase(Locale.ROOT) + ":" + (folded.isEmpty() ? "unnamed" : folded));
  }

  /**
   * The person's name in a mention, titles, nationality words, determiners and states in front
   * left out ("Russlands president Vladimir Putin" → Vladimir Putin); empty when no name is left.
   */
  public Optional<PersonName> person(String name) {
    List<String> raw = nameWords(name);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    List<String> folded = new ArrayList<>();
    String last = null; // the last word as folded, before the skeleton writes "ii" and "iii" as "i"
    for (String w : raw) {
      if (!words.is(w, WordClass.NAME_PARTICLE)) {
        List<String> parts = NameFolder.words(w);
        for (int i = 0; i < parts.size(); i++) {
          if (i + 1 < parts.size() && NameFolder.isArabicArticle(parts.get(i))) {
            continue; // the article is no part of the key: "el-Sisi" and "al-Sisi" are one name
          }
          folded.add(NameFolder.skeleton(folder.respell(parts.get(i))));
          last = parts.get(i);
        }
      }
    }
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> suffix = Optional.empty();
    if (folded.size() > 1 && SUFFIXES.contains(last)) {
      folded.remove(folded.size() - 1);
      suffix = Optional.of(last); // "Albert II" and "Albert I" are two people
    }
    String surname = folded.remove(folded.size() - 1);
    return Optional.of(new PersonName(folded, surname, suffix));
  }

  /** An organisation's name as its state (if named) and the concepts or words of the rest. */
  public OrganisationName organisation(String name) {
    Optional<String> state = Optional.empty();
    Set<String> parts = new TreeSet<>();
    boolean proper = false;
    String[] ws = name.strip().split("[\\s\\u00A0]+");
    for (int i = 0; i < ws.length; i++) {
      String bare = trimPunctuation(ws[i]);
      if (bare.isEmpty() || isFunctionWord(bare)) {
        continue;
      }
      Optional<GazetteerEntry> place = i + 1 < ws.length
          ? gazetteer.lookup(bare + " " + trimPunctuation(ws[i + 1]), language)
          : Optional.empty();
      if (place.isPresent()) {
        i++; // a known name of two words: "United States Embassy", "Saudi Arabia's"
      } else {
        place = gazetteer.lookup(bare, language);
      }
      if (place.isPresent()) {
        Optional<GazetteerEntry> found = place;
        state = state.or(() -> Optional.of(found.get().id()));
        continue;
      }
      List<String> cs = concepts.concepts(bare);
      boolean any = false;
      for (String c : cs) {
        if (c.equals(ConceptLexicon.NONE)) {
          any = true; // a word that names nothing the other languages say: "Zaken", "Affairs"
          continue;
        }
        Optional<GazetteerEntry> demonym = gazetteer.byCanonical(c);
        if (demonym.isPresent()) {
          state = state.or(() -> Optional.of(demonym.get().id()));
        } else {
          parts.add(c);
        }
        any = true;
      }
      if (!any) {
        proper |= !organisationNouns.contains(bare.toLowerCase(Locale.ROOT));
        for (String f : NameFolder.words(bare)) {
          parts.add(NameFolder.skeleton(folder.respell(f)));
        }
      }
    }
    if (!parts.isEmpty() && ARMED_FORCES.containsAll(parts)) {
      // a state's armed forces, whichever word a language uses: "the Israeli military", "het
      // Israëlische leger", "det israelske forsvaret"
      return new OrganisationName(state, List.of(ARMY), proper);
    }
    return new OrganisationName(state, List.copyOf(parts), proper);
  }

  /** The concepts that, alone or together, name a state's armed forces. */
  private static final Set<String> ARMED_FORCES = Set.of("army", "military", "defence", "troops");
  private static final String ARMY = "army";

  /** The words of a name after the last title or other word that stands before names. */
  private List<String> nameWords(String name) {
    String[] ws = name.strip().split("[\\s\\u00A0]+");
    int start = 0;
    boolean afterGivenName = false;
    for (int i = 0; i < ws.length - 1; i++) {
      String w = trimPunctuation(ws[i]);
      // particles after a given name are the surname's, not an article: "Tessa de Vries", "Ad van de Ven"
      boolean particle = words.is(w, WordClass.NAME_PARTICLE)
          && (afterGivenName || i > start && startsCapitalised(trimPunctuation(ws[i - 1])));
      afterGivenName = particle;
      if (!particle && standsBeforeName(w)) {
        start = i + 1;
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = start; i < ws.length; i++) {
      String w = trimPunctuation(ws[i]);
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean startsCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private boolean standsBeforeName(String w) {
    if (w.isEmpty()) {
      return true;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (Character.isLowerCase(w.charAt(0)) && !words.is(w, WordClass.NAME_PARTICLE)) {
      return true;
    }
    int hyphen = lower.lastIndexOf('-');
    String head = hyphen >= 0 ? lower.substring(hyphen + 1) : lower;
    return titles.contains(lower) || titles.contains(head)
        || words.is(w, WordClass.DETERMINER) || words.is(w, WordClass.NATIONALITY)
        || isGenitivePlace(w);
  }

  /**
   * Whether a word is a known place or actor in the genitive ("Russlands", "Norway's"): it stands
   * before a name it is not part of. A place in the plain form is part of a name ("Washington
   * Post", "Mexico City", "Vietnam War").
   */
  private boolean isGenitivePlace(String w) {
    String base = Gazetteer.withoutGenitive(w);
    return !base.equals(w) && gazetteer.lookup(base, language).isPresent();
  }

  private boolean isFunctionWord(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return stopwords.contains(lower) || words.is(lower, WordClass.DETERMINER)
        || words.is(lower, WordClass.PREPOSITION) || words.is(lower, WordClass.CONJUNCTION);
  }

  private static String trimPunctuation(String w) {
    int s = 0;
    int e = w.length();
    while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1)) && w.charAt(e - 1) != '.') {
      e--;
    }
    return w.substring(s, e);
  }

  /**
   * An organisation's name reduced to its state and concepts.
   *
   * @param state the gazetteer identifier of the state it belongs to, when its name says
   * @param parts the concepts (or folded words) of the rest of the name, sorted
   * @param proper whether a word of the name is no concept and no place: a name of its own
   *     ("Samoan government", "hospital in Omsk"), not only generic nouns ("the government",
   *     "het ministerie van Defensie") that name a different body in every country
   */
  public record OrganisationName(Optional<String> state, List<String> parts, boolean proper) {
    public OrganisationName {
      Objects.requireNonNull(state, "state");
      parts = List.copyOf(parts);
    }

    /** A name of generic nouns only: {@code proper} false. */
    public OrganisationName(Optional<String> state, List<String> parts) {
      this(state, parts, false);
    }

    /**
     * Whether the name says neither whose it is nor which: no state and no word of its own, so
     * that in two articles it may name two bodies ("the government", "politiet").
     */
    public boolean generic() {
      return state.isEmpty() && !proper;
    }

    /** The key text: {@code organization:<state>:<part>+<part>}. */
    public String key() {
      return "organization:" + state.orElse("") + ":" + (parts.isEmpty() ? "unnamed" : String.join("+", parts));
    }

    /** The key text without the state. */
    public String stateless() {
      return "organization::" + (parts.isEmpty() ? "unnamed" : String.join("+", parts));
    }
  }
}
