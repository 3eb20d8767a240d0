package org.whosaid.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.whosaid.model.Actor;
import org.whosaid.model.ActorType;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;
import org.whosaid.spi.GazetteerEntry;
import org.whosaid.spi.WordClass;

/**
 * The actors of one article. Names are gathered first, so that a surname meets the fullest form
 * of its name ({@code Koeleba} is {@code Dmitro Koeleba}); then each speaker phrase resolves to an
 * actor: a name to its actor, a pronoun or bare title to the most recent fitting actor before it,
 * a spokesperson without a name to the organisation the text last had speak.
 */
final class ArticleActors {

  private final Tokens t;
  private final LanguageRules rules;
  private final ActorKeys keys;
  private final Map<String, String> fullestBySurname = new HashMap<>();
  private final Set<String> ambiguousSurnames = new HashSet<>();
  /** The fullest name of the article that opens with a known given name, by that given name ("hannah" → "Hannah Jones"). */
  private final Map<String, String> fullestByGivenName = new HashMap<>();
  /** Given names that open the full names of two people: a bare one names neither. */
  private final Set<String> ambiguousGivenNames = new HashSet<>();
  /** Where a bare given name mentions a person: no mention of that person's surname ("Aksel" is no "Svindal" for "pappa Svindal"). */
  private final Set<Integer> givenNameMentions = new HashSet<>();
  /** The keys of {@link #fullestBySurname}, to be asked with a token's characters in any case. */
  private final CharArraySet surnames = new CharArraySet(16, true);
  /** The one-word names the article puts after a place preposition ("in Rotterdam"): places. */
  private final CharArraySet places = new CharArraySet(16, true);
  private final Map<String, Builder> actors = new LinkedHashMap<>();
  private final Mentions mentions;
  /** How many mentions back a pronoun or title looks for its actor. */
  private static final int ANTECEDENT_WINDOW = 60;
  private final List<Builder> byIndex = new ArrayList<>();

  private static final class Builder {
    final String name;
    /** The name in lower case, as the backward walks compare it. */
    final String lowerName;
    final int index;
    ActorType type;
    String role;
    /** The role came from a mention elsewhere, not from a speaker phrase: a speaker phrase replaces it. */
    boolean roleGathered;
    String affiliation;
    /** The words the key is made from, when more than the name: the state of a derived ministry. */
    String keyName;
    final List<String> forms = new ArrayList<>();
    Actor built;
    /** The gender its given names tell ({@link #FEMALE}, {@link #MALE}, {@link #UNKNOWN}), once read; {@link #UNREAD} before. */
    int gender = UNREAD;

    Builder(String name, ActorType type, int index) {
      this.name = name;
      this.lowerName = name.toLowerCase(Locale.ROOT);
      this.type = type;
      this.index = index;
    }
  }

  private final List<Quote> quotes;

  ArticleActors(Tokens t, LanguageRules rules, ActorKeys keys, List<Quote> quotes) {
    this.t = t;
    this.quotes = quotes;
    this.rules = rules;
    this.keys = keys;
    this.mentions = new Mentions(ANTECEDENT_WINDOW);
    gatherPlaces();
    gatherNames();
  }

  /** Records the one-word names right after a place preposition ("in Rotterdam", "i Bergen"), visiting the capitals only. */
  private void gatherPlaces() {
    for (int c = 0; c < t.capitals(); c++) {
      int k = t.capital(c);
      if (k > 0 && t.isWord(k) && t.isWord(k - 1) && rules.is(t, k - 1, WordClass.PLACE_PREPOSITION)
          && (k + 1 >= t.size() || !t.isWord(k + 1) || !t.isCapitalized(k + 1))) {
        places.add(t.word(k)); // a string only where a preposition puts a capital
      }
    }
  }

  /**
   * Where a name of tokens {@code [k, end)} ends without a place after a preposition that may also be
   * a name's particle ("Burgemeester Opstelten van Rotterdam" where the article says "in Rotterdam"):
   * the person is "Opstelten"; else {@code end}.
   */
  private int withoutPlace(int k, int end) {
    int p = end - 2;
    if (p > k && t.isWord(p) && rules.is(t, p, WordClass.NAME_PARTICLE) && rules.is(t, p, WordClass.PREPOSITION)
        && places.contains(t.chars(), t.start(end - 1), t.end(end - 1) - t.start(end - 1))) {
      return p;
    }
    return end;
  }

  /**
   * One pass over the tokens finds the names and organisation names and learns the fullest name of
   * each surname; the names are then recorded in text order, each meeting every full name of the
   * article, also one that comes after it.
   */
  private void gatherNames() {
    IntList found = new IntList();
    int k = 0;
    // a name starts at a capital, an organisation's name two tokens before one: only there is
    // anything to read, so only the capitals and the two tokens before each are visited, in order
    for (int c = 0; c < t.capitals(); c++) {
      int capital = t.capital(c);
      for (int p = Math.max(k, capital - 2); p <= capital; p++) {
        if (p >= k) {
          k = nameOrOrganisation(p, found);
        }
      }
    }
    for (int i = 0; i < found.size; i += 3) {
      int from = found.values[i];
      int to = found.values[i + 1];
      if (found.values[i + 2] == ORGANISATION_NAME) {
        gatherOrganisation(from, to);
      } else {
        gatherName(from, to, found.values[i + 2] == SENTENCE_INITIAL_NAME);
      }
    }
  }

  /**
   * Reads what starts at token {@code k}, an organisation's name ("ministerie van Buitenlandse
   * Zaken") or someone's, into {@code found}; returns the token after it, or after {@code k}.
   */
  private int nameOrOrganisation(int k, IntList found) {
    if (k + 2 < t.size() && t.isWord(k) && !t.isCapitalized(k) && t.isCapitalized(k + 2)
        && rules.is(t, k + 1, WordClass.PREPOSITION) && !rules.is(t, k + 2, WordClass.DETERMINER)
        && rules.isOrganisation(t, k)) {
      int e = k + 3;
      while (e < t.size() && t.isWord(e) && t.isCapitalized(e) && t.sentence(e) == t.sentence(k)) {
        e++;
      }
      found.add(k, e, ORGANISATION_NAME);
      name(k + 2, null); // "the party led by Indira Gandhi": the full name is still learnt
      return e;
    }
    return name(k, found);
  }

  /**
   * Reads the name that may start at token {@code k}: learns its full name and, with {@code found},
   * adds it (or the organisation it names) to that list. Returns the token after it, or after
   * {@code k} when no name starts there.
   */
  private int name(int k, IntList found) {
    if (!t.isCapitalized(k) || !t.isWord(k)
        || (rules.is(t, k, WordClass.DETERMINER) || rules.isFunctionWord(t, k)) && !SpeakerResolver.capitalParticle(t, rules, k, t.size())
        || rules.isTitle(t, k) || rules.isOrganisation(t, k) || personalPronoun(k)) {
      return k + 1;
    }
    int end = k + 1;
    // a pronoun ends the name: after an initial-like letter it starts the next sentence ("A = B. Hij geeft …")
    while (end < t.size() && t.isWord(end) && t.sentence(end) == t.sentence(k)
        && (t.isCapitalized(end) && !rules.isTitle(t, end) && !rules.isOrganisation(t, end) && !personalPronoun(end)
            || SpeakerResolver.particleInName(t, rules, end, t.size()))) {
      end++;
    }
    end = withoutPlace(k, end);
    int orgEnd = SpeakerResolver.organisationNameEnd(t, rules, end, t.sentenceEnd(t.sentence(k)));
    if (orgEnd > end && end - 1 > k && rules.is(t, end - 1, WordClass.ROLE_PREPOSITION)
        && (k > 0 && t.isWord(k - 1) && rules.isTitle(t, k - 1) || SpeakerResolver.givenName(t, rules, k))) {
      end--; // a person's name, then the portfolio: "minister Kajsa Ollongren van Defensie", not a body's name
    } else if (orgEnd > end) {
      if (found != null) {
        found.add(k, orgEnd, ORGANISATION_NAME); // "the Democratic National Committee": an organisation's name, no person's
      }
      return orgEnd;
    }
    if (end < t.size() && t.isWord(end) && t.isCapitalized(end) && rules.isTitle(t, end) && t.sentence(end) == t.sentence(k)) {
      return end; // the capitalised words of a title, no name: "Ukraine’s Foreign Minister", "Defense Secretary"
    }
    if (rules.is(t, k, WordClass.NATIONALITY)) {
      if (k + 1 == end) {
        return end;
      }
      k++; // a nationality before a person's name is no part of it: "de Argentijn Guillermo Canas"
    }
    k = SpeakerResolver.nameAfterPortfolio(t, rules, k, end, 0); // "Secretary of State Mike Pompeo": the name only
    if (rules.genitiveS && compoundTail(end - 1)) {
      return end; // a compound noun on a name, no one's name: "de Jan Jansen-tribune", "Fortodol-saken"
    }
    for (int g = end - 2; rules.genitiveS && g >= k; g--) {
      if (compoundTail(g)) {
        k = g + 1; // a compound noun before a name ends what went before: "de Fortodol-kapslene Sverre har spist"
        break;
      }
    }
    for (int g = end - 3; g >= k; g--) {
      if (romanNumeral(g) && (g == k || t.end(g) - t.start(g) >= 2)) {
        // a list's "kabinet-Kok I Jan Terlouw", "kabinet-Van Agt III Hans van Mierlo": the numeral
        // ends what went before, and a name of two words or more follows it
        k = g + 1;
        break;
      }
    }
    for (int g = end - 3; g >= k; g--) {
      if (SpeakerResolver.isGenitive(t, g)) {
        // "Hong Kong's Carrie Lam": the owner is no part of the name; one word after it may be a
        // name's own ("International Women's Day")
        k = g + 1;
        break;
      }
    }
    if (k > 0 && t.isWord(k - 1) && !t.isCapitalized(k - 1) && rules.is(t, k - 1, WordClass.DETERMINER)
        && !rules.is(t, k - 1, WordClass.RELATIVE) && !rules.is(t, k - 1, WordClass.AUXILIARY) && !SpeakerResolver.givenName(t, rules, k)) {
      for (int g = k + 1; g < end - 1; g++) {
        if (SpeakerResolver.givenName(t, rules, g)) {
          k = g; // a body's name after its article, then a person's: "het Algemeen Handelsblad Hans van Mierlo"
          break;
        }
      }
    }
    boolean sentenceInitial = k == t.sentenceStart(t.sentence(k));
    if ((sentenceInitial || k > 0 && t.is(k - 1, ':')) && end - k >= 2 && !SpeakerResolver.givenName(t, rules, k)
        && SpeakerResolver.givenName(t, rules, k + 1)) {
      // a word capitalised by the sentence (or after a colon) before a given name: "Dødssyke Hannah", "Kosttilskuddet Sverre har tatt"
      k++;
      sentenceInitial = false;
    }
    if (!afterArticle(k, k, end)) {
      learnFullName(k, end, sentenceInitial); // "de SMS Tirpitz" is no one's full name: a later "Tirpitz" is no surname
    }
    if (found != null) {
      found.add(k, end, sentenceInitial ? SENTENCE_INITIAL_NAME : NAME);
    }
    return end;
  }

  /** The fewest letters of a lower-case word after a hyphen that make a name a compound noun. */
  private static final int COMPOUND_TAIL = 5;

  /**
   * Whether token {@code k} ends in a lower-case word of {@value #COMPOUND_TAIL} letters or more after
   * a hyphen: "Jansen-tribune", "Lenstra-stadion"; not the syllables of a name ("Kim Jong-un",
   * "Chiang Kai-sjek", "Ban Ki-moon").
   */
  private boolean compoundTail(int k) {
    char[] c = t.chars();
    int s = t.start(k);
    int e = t.end(k);
    int hyphen = e - 1;
    while (hyphen > s && c[hyphen] != '-') {
      hyphen--;
    }
    return hyphen > s && e - hyphen - 1 >= COMPOUND_TAIL && Character.isLowerCase(c[hyphen + 1]) && Character.isUpperCase(c[s]);
  }

  /**
   * Whether the name of tokens {@code [k, end)}, two words or more, ends in an acronym, which a
   * company's or body's name does and a person's does not: "Bringwell AB", "Current TV"; not a
   * Roman numeral ("Frederik II").
   */
  private boolean acronymLast(int k, int end) {
    return end - k >= 2 && t.acronym(end - 1) && !romanNumeral(end - 1);
  }

  /** Whether token {@code k} is a Roman numeral in capitals, as "I", "II", "IV": no part of a name before a name. */
  private boolean romanNumeral(int k) {
    String w = t.word(k);
    for (int i = 0; i < w.length(); i++) {
      if ("IVX".indexOf(w.charAt(i)) < 0) {
        return false;
      }
    }
    return !w.isEmpty() && w.length() <= 4;
  }

  /** What {@link #gatherNames} found: the name of an organisation, of someone, of someone at the start of a sentence. */
  private static final int ORGANISATION_NAME = 0;
  private static final int NAME = 1;
  private static final int SENTENCE_INITIAL_NAME = 2;

  /** A growing list of ints, read as triples. */
  private static final class IntList {
    int[] values = new int[48];
    int size;

    void add(int a, int b, int c) {
      if (size + 3 > values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = a;
      values[size++] = b;
      values[size++] = c;
    }
  }

  /** Learns the full name that tokens {@code [k, end)} may be, under its surname. */
  private void learnFullName(int k, int end, boolean sentenceInitial) {
    if (end - k < 2 || sentenceInitial && rules.is(t, k, WordClass.NATIONALITY) || acronymLast(k, end)
        || rules.is(t, k, WordClass.PLACE_NAME_OPENER)) {
      return; // "Bringwell AB", "Northern Cyprus" are no one's full names: a later "AB", "Cyprus" is no surname
    }
    int s = k;
    while (s < end && (rules.is(t, s, WordClass.NATIONALITY) || SpeakerResolver.isGenitive(t, s))) {
      s++;
    }
    if (end - s >= 2) {
      String full = text(s, end);
      String last = t.lower(end - 1);
      if (SpeakerResolver.isGenitive(t, end - 1)) {
        full = withoutGenitiveEnding(full); // "President Donald Trump's attempt": a later "Trump" is Donald Trump
        last = withoutGenitiveEnding(last);
      }
      String known = fullestBySurname.get(last);
      if (known != null && !isTail(full, known) && !isTail(known, full)) {
        ambiguousSurnames.add(last); // "Hannah Jones" and "Andrew Jones": a bare "Jones" is the one just named
      }
      if (known == null || full.length() > known.length()) {
        fullestBySurname.put(last, full);
        surnames.add(last);
      }
      if (SpeakerResolver.givenName(t, rules, s)) {
        String given = t.lower(s);
        String before = fullestByGivenName.get(given);
        if (before != null && !isTail(full, before) && !isTail(before, full) && !before.startsWith(full) && !full.startsWith(before)) {
          ambiguousGivenNames.add(given); // "Hannah Jones" and "Hannah Berg": a bare "Hannah" is neither
        }
        // the name, not its genitive: "Signy Fardal", not "Signy Fardals"
        if (before == null || full.length() > before.length() && !full.equals(before + "s") || before.equals(full + "s")) {
          fullestByGivenName.put(given, full);
        }
      }
    }
  }

  /** The full name a bare given name at token {@code k} stands for in this article, or null: "Hannah" after "Hannah Jones". */
  private String fullestOfGivenName(int k) {
    return SpeakerResolver.givenName(t, rules, k) ? fullestOfGivenName(t.lower(k)) : null;
  }

  /** {@link #fullestOfGivenName(int)} of a given name in lower case. */
  private String fullestOfGivenName(String given) {
    if (!rules.is(given, WordClass.FEMALE_NAME) && !rules.is(given, WordClass.MALE_NAME)) {
      return null;
    }
    String full = ambiguousGivenNames.contains(given) ? null : fullestByGivenName.get(given);
    String owner = full == null ? null : withoutGenitive(full);
    return owner != null ? owner : full;
  }

  /** Records tokens {@code [k, end)} as a mention of a name, when they are one. */
  private void gatherName(int k, int end, boolean sentenceInitial) {
    boolean genitive = SpeakerResolver.isGenitive(t, end - 1); // "Trump's": a mention of "Trump"
    // a bare surname in the genitive names an owner, seldom the one a later pronoun means ("Spanton's
    // underwear … he claimed"): it is no mention, as before
    int body = k;
    while (body + 1 < end && rules.is(t, body, WordClass.NAME_PARTICLE)) {
      body++; // "De Vries", "Van den Berg": particles and a surname count as the surname ("personeelsblad De Koppeling")
    }
    boolean surname = end - body == 1 && !genitive && isSurname(body) && !knownNonPerson(fullestBySurname.get(t.lower(body)));
    String ofGivenName = end - body == 1 && body == k && !surname ? fullestOfGivenName(body) : null;
    surname |= ofGivenName != null;
    boolean titled = end - body == 1 && !sentenceInitial && k > 0 && t.isWord(k - 1) && rules.isTitle(t, k - 1)
        && !rules.is(t, k, WordClass.NATIONALITY); // "defensieminister Ben-Eliezer", "premier Rutte"
    // a person unless a place ("uit Buenos Aires", "in het Amsterdamse Oosterpark") or a thing ("van
    // de British Association", "miste een Grand Slam"), looked at only for a name that would be one
    boolean person = (surname || titled || end - body >= 2 && !rules.is(t, k, WordClass.NATIONALITY) && !acronymLast(k, end)
        && !rules.is(t, k, WordClass.PLACE_NAME_OPENER) || ageAfter(end))
        && !afterPlacePreposition(k) && !afterArticle(k, body, end) && !thingName(k, end) && !quoted(k, end);
    if (!person && !keys.mayBeKnown(t.chars(), t.start(k), t.end(end - 1) - (genitive ? 2 : 0))) {
      return; // nobody's name, nor one the gazetteer may know: no string is made of it
    }
    String name = genitive ? withoutGenitiveEnding(text(k, end)) : text(k, end);
    Optional<GazetteerEntry> entry = known(name);
    boolean known = entry.isPresent();
    if (known || person) {
      Builder b = known ? actor(knownFullest(name, entry.get(), t.start(k)), entry.get().type())
          : actor(ofGivenName != null ? ofGivenName : fullest(name, t.start(k), body > k), ActorType.PERSON);
      b.forms.add(name);
      mentions.gathered(t.start(k), t.end(end - 1), b.index);
      if (ofGivenName != null) {
        givenNameMentions.add(t.start(k));
      }
      if (b.role == null && b.type == ActorType.PERSON && k > 0 && t.isWord(k - 1) && rules.isTitle(t, k - 1)
          && !rules.is(t, k - 1, WordClass.HONORIFIC)) {
        b.role = t.word(k - 1); // "Japans statsminister Fumio Kishida": later "Japans statsminister" is Kishida
        b.roleGathered = true;
      }
    }
  }

  /**
   * Whether quote marks enclose the name in tokens {@code [k, end)} and nothing else: "Zadkine's
   * beeld 'Verwoeste Stad'", "het album “Almost Alone”" name a work, no one a pronoun means.
   */
  private boolean quoted(int k, int end) {
    char[] c = t.chars();
    int s = t.start(k);
    int e = t.end(end - 1);
    return s > 0 && e < c.length && QUOTE_MARKS.indexOf(c[s - 1]) >= 0 && QUOTE_MARKS.indexOf(c[e]) >= 0;
  }

  private static final String QUOTE_MARKS = "'\"\u2018\u2019\u201c\u201d\u00ab\u00bb";

  /** Whether an age in brackets follows a name ending before token {@code end}: "Hans (34)", "Kari (52)", only a person's. */
  private boolean ageAfter(int end) {
    return end + 2 < t.size() && t.is(end, '(') && t.isWord(end + 1) && Character.isDigit(t.first(end + 1))
        && t.word(end + 1).length() <= 3 && t.is(end + 2, ')');
  }

  /**
   * Whether the name at token {@code k} is the object of a place preposition: right after it ("uit
   * Buenos Aires"); in a verb-second language also behind articles and one plain word ("in het
   * Amsterdamse Oosterpark", "inne på Knightsbridge Bar", "i landsbyen Zhang Jia Jie"), where no
   * subject can stand. Two plain words may be a fronted phrase and its verb, the name its subject
   * ("på brystet åpner Signy Fardal"). A place is no one a pronoun means.
   */
  private boolean afterPlacePreposition(int k) {
    int j = k - 1;
    if (rules.verbSecond) {
      if (j > 0 && t.isWord(j) && !t.isCapitalized(j) && !rules.isFunctionWord(t, j) && !rules.isTitle(t, j)
          && !Character.isDigit(t.first(j))) {
        j--; // "landsbyen"
      }
      while (j > 0 && t.isWord(j) && !t.isCapitalized(j) && rules.is(t, j, WordClass.DETERMINER) && !rules.is(t, j, WordClass.PREPOSITION)) {
        j--; // "het", "den"
      }
    }
    return j >= 0 && t.isWord(j) && rules.is(t, j, WordClass.PLACE_PREPOSITION);
  }

  /**
   * Whether the name in tokens {@code [k, end)} ends in the head of a place's, event's or thing's
   * name and opens with no given name: "Waitangi Day", "Iraq War", "Flag Land Base" ("Doris Day" is a person's).
   */
  private boolean thingName(int k, int end) {
    return end - k >= 2 && rules.is(t, end - 1, WordClass.THING_NAME_HEAD)
        && !rules.is(t, k, WordClass.FEMALE_NAME) && !rules.is(t, k, WordClass.MALE_NAME);
  }

  /** Whether token {@code k} is a personal pronoun ("hij", "han", "het", "de", English "I"), which is no part of a name. */
  private boolean personalPronoun(int k) {
    return rules.is(t, k, WordClass.PRONOUN_MALE) || rules.is(t, k, WordClass.PRONOUN_FEMALE)
        || rules.is(t, k, WordClass.PRONOUN_PLURAL) || rules.is(t, k, WordClass.PRONOUN_NEUTER)
        || rules.is(t, k, WordClass.PRONOUN_FIRST) && !rules.is(t, k, WordClass.DETERMINER) && !t.acronym(k); // not "US"
  }

  /**
   * Whether the name at token {@code k} (its surname at {@code body}) follows an article right
   * before it: "de Tirpitz", "van de British Association", "miste een Grand Slam". A person's name
   * takes no article where compounds are written as one word (and the genitive with a plain "s"):
   * there a name before a noun is no modifier, as "the Tom Cruise video" is in English. A
   * determiner that may be a pronoun, a relative or a verb ("die", "het", "zijn") may end a phrase
   * before a name and does not count, nor does a particle the article's full name for the surname
   * has there ("de Rooij" of "Theo de Rooij"). Where compounds are written apart (English) a name
   * after an article is a person's only as a modifier before a lower-case noun ("the Tom Cruise
   * video"); as the phrase's head it names a place, event or body ("the Eastern Mediterranean",
   * "the Vietnam War", "the Islamic Republic"). {@code end} is the token after the name.
   */
  private boolean afterArticle(int k, int body, int end) {
    int j = k - 1;
    if (!rules.genitiveS && end < t.size() && t.isWord(end) && !t.isCapitalized(end) && !rules.isFunctionWord(t, end)) {
      return false; // "the Tom Cruise video": a modifier, which may be a person's name
    }
    if (j < 0 || !t.isWord(j) || t.isCapitalized(j) || !rules.is(t, j, WordClass.DETERMINER)
        || t.sentence(j) != t.sentence(k) || rules.is(t, j, WordClass.RELATIVE) || rules.is(t, j, WordClass.AUXILIARY)
        || rules.is(t, j, WordClass.OBJECT_PRONOUN) || personalPronoun(j)) {
      return false;
    }
    if (rules.is(t, j, WordClass.NAME_PARTICLE)) {
      if (!isSurname(body)) {
        return true; // no full name of the article ends in it: asked without making a string
      }
      String full = fullestBySurname.get(t.lower(body));
      String tail = " " + t.lower(j) + " " + t.lower(body);
      return full == null || !full.toLowerCase(Locale.ROOT).endsWith(tail);
    }
    return true;
  }

  /** Whether a document noun follows token {@code end} closely: the name before it is the document's owner, its author. */
  private boolean ownsDocument(int end) {
    for (int k = end; k < Math.min(t.size(), end + 3) && t.isWord(k); k++) {
      if (rules.isDocument(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** The word or name without its genitive ending "'s". */
  private static String withoutGenitiveEnding(String w) {
    return w.substring(0, w.length() - 2);
  }

  /** Whether token {@code k} is the surname of a full name of the article, asked without making a string. */
  private boolean isSurname(int k) {
    return t.irregular(k) ? fullestBySurname.containsKey(t.lower(k)) : surnames.contains(t.chars(), t.start(k), t.end(k) - t.start(k));
  }

  /**
   * Whether a full name of the article is a known actor that is no person: its last word is no
   * surname ("House" of the "White House", "Press" of the "Associated Press", "Korea" of "South
   * Korea").
   */
  private boolean knownNonPerson(String full) {
    return full != null && keys.known(full).filter(e -> e.type() != ActorType.PERSON).isPresent();
  }

  /** Records tokens {@code [from, to)} as a mention of the organisation they name. */
  private void gatherOrganisation(int from, int to) {
    String name = text(from, to);
    if (SpeakerResolver.isGenitive(t, to - 1)) {
      name = withoutGenitiveEnding(name); // "the Labor Party's leader": the Labor Party
    }
    Builder b = actor(name, ActorType.ORGANIZATION);
    b.forms.add(name);
    mentions.gathered(t.start(from), t.end(to - 1), b.index);
  }

  private Optional<GazetteerEntry> known(String name) {
    return keys.known(name);
  }

  private String text(int from, int to) {
    return t.text().substring(t.start(from), t.end(to - 1));
  }

  /**
   * The fullest form of a person's name mentioned at offset {@code at}, the name being no known
   * actor: a surname is the full name just mentioned with it ("Andrew Jones … Jones"), or else the
   * one full name the article has for it; a longer name only grows into a name it ends ("Roger
   * Enoksen" → "Odd Roger Enoksen").
   */
  private String fullest(String name, int at, boolean particleFirst) {
    int space = name.lastIndexOf(' ');
    String last = name.substring(space + 1).toLowerCase(Locale.ROOT);
    String owner = withoutGenitive(name);
    if (owner != null) {
      return owner;
    }
    String full = fullestBySurname.get(last);
    if (full == null && space < 0 && fullestOfGivenName(last) != null) {
      return fullestOfGivenName(last); // "Hannah" after "Hannah Jones"
    }
    if (full == null && last.endsWith("s")) {
      last = last.substring(0, last.length() - 1); // a genitive: "Raus"
      full = fullestBySurname.get(last);
    }
    if (full == null || knownNonPerson(full)) {
      return name;
    }
    owner = withoutGenitive(full);
    full = owner != null ? owner : full;
    if (space >= 0) {
      if (!isTail(name, full)) {
        return name;
      }
      // "De Rooij" after "Theo de Rooij": the person just named with that tail, else the fullest name
      Builder recent = !particleFirst ? null : recentNamed(at, name.toLowerCase(Locale.ROOT));
      return recent != null ? recent.name : full;
    }
    Builder recent = recentNamed(at, last);
    if (recent != null) {
      return recent.name;
    }
    return ambiguousSurnames.contains(last) ? name : full;
  }

  /**
   * The fullest form of a known actor's name mentioned at offset {@code at}: the full name the
   * article has for it when that is the same known actor ("Putin" after "Vladimir Putin"), else the
   * name as written.
   */
  private String knownFullest(String name, GazetteerEntry entry, int at) {
    String full = fullest(name, at, false);
    if (full.equals(name)) {
      return name;
    }
    Optional<GazetteerEntry> fuller = keys.known(full);
    return fuller.isPresent() && fuller.get().id().equals(entry.id()) ? full : name;
  }

  /** Whether {@code name} is the end of {@code full}, word by word: "Enoksen", "Roger Enoksen" of "Odd Roger Enoksen". */
  /**
   * The full name of the article whose genitive {@code name} is, when it is one written without an
   * apostrophe ("Signy Fardals" when "Signy Fardal" is named), or null.
   */
  private String withoutGenitive(String name) {
    int space = name.lastIndexOf(' ');
    if (!rules.genitiveS || space < 0 || !name.endsWith("s")) {
      return null;
    }
    String owner = fullestBySurname.get(name.substring(space + 1, name.length() - 1).toLowerCase(Locale.ROOT));
    return owner != null && isTail(name.substring(0, name.length() - 1), owner) ? owner : null;
  }

  private static boolean isTail(String name, String full) {
    // a particle may be capitalised in one and not the other: "De Rooij" of "Theo de Rooij"
    return full.length() > name.length()
        ? full.regionMatches(true, full.length() - name.length(), name, 0, name.length()) && full.charAt(full.length() - name.length() - 1) == ' '
        : full.equalsIgnoreCase(name);
  }

  /** The person most recently mentioned before offset {@code at} whose name ends in the surname, or null. */
  private Builder recentNamed(int at, String surname) {
    String tail = " " + surname;
    Mentions.Mention m = mentions.findBefore(at, (start, actor) -> {
      Builder b = byIndex.get(actor);
      return b.type == ActorType.PERSON && b.lowerName.endsWith(tail) && !givenNameMentions.contains(start);
    });
    return m == null ? null : byIndex.get(m.actor());
  }

  private Builder actor(String name, ActorType type) {
    Builder b = actors.get(name);
    if (b == null) {
      b = new Builder(name, type, byIndex.size());
      actors.put(name, b);
      byIndex.add(b);
    }
    return b;
  }

  /** A resolved speaker whose actor is built once the whole article is read. */
  final class Pending {
    private final Builder actor;
    private final String mention;
    private final Span span;

    private Pending(Builder actor, String mention, Span span) {
      this.actor = actor;
      this.mention = mention;
      this.span = span;
    }

    Speaker speaker() {
      if (actor.built == null) {
        actor.built = build(actor);
      }
      return new Speaker(actor.built, mention, span);
    }
  }

  /**
   * Whether token {@code k} is a word of the name of the person {@code p} resolved to, as written
   * and capitalised ("Fardal" or "Signy" for Signy Fardal).
   */
  boolean namesPerson(Pending p, int k) {
    Builder b = p.actor;
    if (b.type != ActorType.PERSON || !t.isWord(k) || !t.isCapitalized(k)) {
      return false;
    }
    String name = b.name;
    int length = t.end(k) - t.start(k);
    for (int i = 0; i + length <= name.length(); i = name.indexOf(' ', i) + 1) {
      if ((i + length == name.length() || name.charAt(i + length) == ' ')
          && name.regionMatches(i, t.text(), t.start(k), length)) {
        return true;
      }
      if (name.indexOf(' ', i) < 0) {
        break;
      }
    }
    return false;
  }

  /** The speaker a phrase names, resolved against what came before offset {@code at}. */
  Optional<Pending> resolve(NounPhrase np, int at) {
    int ms = np.mentionStart();
    int me = np.kind() == NounPhrase.Kind.NAME ? withoutPlace(ms, np.mentionEnd()) : np.mentionEnd();
    NounPhrase.Kind kind = np.kind();
    int whole = wholeKnownName(np);
    if (whole >= 0) {
      // the phrase is a known actor's name that has a title or a lower-case word in it: "Doctors
      // Without Borders", "Artsen zonder Grenzen", not a title before a name
      ms = whole;
      me = np.end();
      kind = NounPhrase.Kind.NAME;
    }
    String mention = text(ms, me);
    Span span = Span.of(t.start(ms), t.end(me - 1));
    String role = np.hasTitle() && whole < 0 ? role(np) : null;
    Builder b;
    switch (kind) {
      case NAME: {
        String name = mention;
        // "Houthi's" is a known name as written (the Dutch plural), no genitive
        boolean genitive = SpeakerResolver.isGenitive(name) && !knownAsWritten(name)
            && !(me - ms == 1 && SpeakerResolver.pluralAfterArticle(rules, t, ms, np.start()));
        if (genitive && !ownsDocument(me)) {
          return Optional.empty();
        }
        if (genitive) {
          name = withoutGenitiveEnding(name); // the author of "the WHO's situation report"
        }
        Optional<GazetteerEntry> entry = keys.known(name);
        boolean organisationName = entry.isEmpty() && rules.isOrganisation(t, me - 1); // "Democratic National Committee"
        ActorType type = entry.map(GazetteerEntry::type)
            .orElse(organisationName ? ActorType.ORGANIZATION
                : np.hasTitle() || me - ms >= 2 && !acronymLast(ms, me) ? ActorType.PERSON
            : organisationIn(np) || t.acronym(ms) || acronymLast(ms, me) ? ActorType.ORGANIZATION : ActorType.PERSON);
        int withNationality = organisationName ? nationalityBefore(np, ms) : ms;
        if (withNationality < ms) {
          // the state is part of an organisation's name: "the Russian Defence Ministry", "Saudi Press Agency"
          ms = withNationality;
          mention = text(ms, me);
          span = Span.of(t.start(ms), t.end(me - 1));
          name = mention;
        }
        b = actor(entry.isPresent() ? knownFullest(name, entry.get(), t.start(ms)) : organisationName ? name : fullest(name, t.start(ms), rules.is(t, ms, WordClass.NAME_PARTICLE)), type);
        break;
      }
      case PRONOUN: {
        int clause = relativeClauseEnd(np.start());
        if (clause > 0) {
          // "De som er positive til Bertelsen, sier at …": the pronoun means whoever its relative clause describes
          mention = text(np.start(), clause);
          span = Span.of(t.start(np.start()), t.end(clause - 1));
          me = clause;
          b = actor(mention, ActorType.ANONYMOUS);
          break;
        }
        boolean person = rules.is(t, np.start(), WordClass.PRONOUN_MALE) || rules.is(t, np.start(), WordClass.PRONOUN_FEMALE)
            || rules.is(t, np.start(), WordClass.OBJECT_PRONOUN) && !rules.is(t, np.start(), WordClass.PRONOUN_PLURAL); // "volgens hen": a group
        b = recentSpeaker(at, person);
        if (b != null && otherGender(b, np.start())) {
          b = null; // "Nicolas Redouane said …. She said": not him
        }
        if (b == null && person) {
          b = recentPersonOutsidePhrase(at);
          if (b != null && otherGender(b, np.start())) {
            b = null;
          }
        }
        if (b == null) {
          b = person ? recentPerson(at, np.start()) : recent(at, null, null);
        }
        boolean gendered = rules.is(t, np.start(), WordClass.PRONOUN_MALE) || rules.is(t, np.start(), WordClass.PRONOUN_FEMALE);
        if (gendered && (b == null || !sameGender(b, np.start()))) {
          // "Han har nesten ikke bakt på tre år. Så mye har Åpent Bakeri vokst. … – …, sier han": a
          // name that tells no gender yields to whom the same pronoun opening a sentence just before meant
          Builder chained = chainedPronoun(np.start());
          b = chained != null ? chained : b;
        }
        if (b == null) {
          return Optional.empty();
        }
        break;
      }
      case TITLE: {
        String title = t.lower(np.titleEnd() - 1);
        boolean someoneNew = rules.is(t, np.start(), WordClass.INDEFINITE); // "a protester" is not the one before
        boolean ownedByPerson = false;
        for (int j = np.start(); j < np.end(); j++) {
          ownedByPerson |= rules.is(t, j, WordClass.POSSESSIVE) && !rules.is(t, j, WordClass.PRONOUN_NEUTER);
        }
        // an unnamed spokesperson is who they speak for, when the phrase names it ("a Kremlin spokesman",
        // "Hamas's spokesman", "an Israeli army spokesman", "en talsmann for Taliban")
        b = rules.isSpokesperson(title) && !ownedByPerson ? spokenFor(np) : null;
        if (b == null) {
          b = organisationIn(np) ? ownedByPerson ? ownersOrganisation(np) : recent(at, ActorType.ORGANIZATION, orgWord(np))
              : someoneNew ? null : recentWithRole(at, title);
        }
        if (b == null && !organisationIn(np) && rules.isSpokesperson(title) && affiliation(np) == null) {
          // the spokesperson of the organisation that just spoke
          b = recentSpeakingOrganisation(at);
        }
        if (b == null && np.end() - np.start() == 1 && rules.isDefiniteSingularTitle(t, np.start())
            && !organisationIn(np) && !rules.isSpokesperson(title) && affiliation(np) == null && t.start(np.start()) > at) {
          // a definite title alone after its statement ("…, sier teatersjefen") that no earlier role
          // matches is the person quoted just before, named anew
          b = personBefore(at, np.start());
        }
        if (b == null) {
          b = actor(text(np.start(), np.end()), ActorType.ANONYMOUS);
        }
        break;
      }
      case ORGANISATION: {
        // also a capitalised noun after the article alone, the body named in full before: "The Department"
        boolean bare = np.end() - np.start() <= 2 && (!t.isCapitalized(np.end() - 1)
            && (np.end() - np.start() == 1 || rules.is(t, np.start(), WordClass.DETERMINER))
            || np.end() - np.start() == 2 && rules.is(t, np.start(), WordClass.DETERMINER) && !rules.is(t, np.start(), WordClass.INDEFINITE));
        boolean generic = bare && rules.is(t, np.end() - 1, WordClass.GENERIC_BODY) && !rules.is(t, np.start(), WordClass.POSSESSIVE);
        // a body its own sentence names first: "Feyenoord heeft Priske ontslagen, zo maakte de club bekend"
        Builder earlier = generic ? bodyNamedBefore(np.start()) : null;
        if (bare && earlier == null) {
          earlier = recent(at, ActorType.ORGANIZATION, orgWord(np));
        }
        if (generic && earlier == null) {
          earlier = organisationJustSpoken(at); // "Het RIVM meldt dat … Volgens het instituut is …"
        }
        String own = stripDeterminer(np);
        if (SpeakerResolver.isGenitive(own) && ownsDocument(np.end())) {
          own = withoutGenitiveEnding(own); // the author of "the Navy's records"
        }
        b = earlier != null ? earlier : actor(own, ActorType.ORGANIZATION);
        break;
      }
      default:
        b = actor(text(np.start(), np.end()), ActorType.GROUP);
    }
    // an unnamed spokesperson's title is no role of the person spoken for: "Putin's spokesman" leaves Putin's role
    boolean spokenForPerson = kind == NounPhrase.Kind.TITLE && b.type == ActorType.PERSON && rules.isSpokesperson(t.lower(np.titleEnd() - 1));
    if (role != null && !spokenForPerson && (b.role == null || b.roleGathered) && (b.type == ActorType.PERSON || b.type == ActorType.ANONYMOUS)) {
      b.role = role;
      b.roleGathered = false;
    }
    if (b.affiliation == null && (b.type == ActorType.PERSON || b.type == ActorType.ANONYMOUS)) {
      b.affiliation = affiliation(np);
    }
    b.forms.add(mention);
    mentions.resolved(t.start(ms), t.end(me - 1), b.index);
    speakerMentions.add(t.start(ms));
    lastSpeaker = b;
    lastSpeakerSentence = t.sentence(ms);
    lastSpeakerStart = t.start(ms);
    return Optional.of(new Pending(b, mention, span));
  }

  /**
   * Where the phrase starts, without its determiners or else with them ("Det internasjonale
   * pengefondet", the gazetteer's form), when the whole of it names a known actor; else -1. A
   * lookup or two per speaker phrase.
   */
  private int wholeKnownName(NounPhrase np) {
    int s = np.start();
    while (s < np.end() - 1 && rules.is(t, s, WordClass.DETERMINER)) {
      s++;
    }
    if (keys.known(text(s, np.end())).isPresent()) {
      return np.end() - s >= 2 ? s : -1; // one known word is a name as it is
    }
    return s > np.start() && keys.known(text(np.start(), np.end())).isPresent() ? np.start() : -1;
  }

  /** The first of the nationality words right before token {@code ms} inside the phrase, or {@code ms}. */
  private int nationalityBefore(NounPhrase np, int ms) {
    int from = ms;
    while (from > np.start() && t.isWord(from - 1) && t.isCapitalized(from - 1) && rules.is(t, from - 1, WordClass.NATIONALITY)) {
      from--;
    }
    return from;
  }

  /**
   * The person the paragraph was just about, for a free-standing first-person quote: the most
   * recent person named before offset {@code at} in paragraph {@code paragraph}.
   */
  Optional<Pending> personInFocus(int at, int paragraph) {
    // a person named in a prepositional phrase ("lost to Y", "met doelman Y") is not what the
    // paragraph is about: the one named as a subject or speaker before is, when there is one
    Mentions.Mention m = personInParagraph(at, paragraph, true);
    if (m == null) {
      m = personInParagraph(at, paragraph, false);
    }
    if (m == null) {
      return Optional.empty(); // none, or the walk left the paragraph first
    }
    String mention = t.text().substring(m.start(), m.end());
    return Optional.of(new Pending(byIndex.get(m.actor()), mention, Span.of(m.start(), m.end())));
  }

  /**
   * The most recent mention of a person before offset {@code at} in paragraph {@code paragraph},
   * outside quotes, and with {@code notInPhrase} none inside a prepositional phrase; null when the
   * walk leaves the paragraph first.
   */
  private Mentions.Mention personInParagraph(int at, int paragraph, boolean notInPhrase) {
    Mentions.Mention m = mentions.findBefore(at, (start, actor) -> {
      int token = t.tokenAt(start);
      return token < t.size() && t.paragraph(token) != paragraph
          || byIndex.get(actor).type == ActorType.PERSON && !insideQuote(start) && (!notInPhrase || outsidePhrase(start, token));
    });
    int token = m == null ? t.size() : t.tokenAt(m.start());
    return token >= t.size() || t.paragraph(token) != paragraph ? null : m;
  }

  /**
   * Whether the name at token {@code k} is the object of a preposition: after it, with only
   * determiners, titles, nationalities and capitalised words in between ("tegen de Argentijn Y",
   * "with coach Y"). A speaker's "volgens Y" / "according to Y" is known as a speaker mention.
   */
  private boolean inPrepositionalPhrase(int k) {
    int sentenceStart = k < t.size() ? t.sentenceStart(t.sentence(k)) : k;
    int j = k - 1;
    // also over a conjunction after a name: the second of two objects ("mellom Knausgård og Hitler")
    while (j >= sentenceStart && t.isWord(j) && (rules.is(t, j, WordClass.DETERMINER) || rules.isTitle(t, j)
        || rules.is(t, j, WordClass.NATIONALITY) || t.isCapitalized(j) && j > sentenceStart && !rules.isFunctionWord(t, j)
        || rules.is(t, j, WordClass.CONJUNCTION) && j - 1 > sentenceStart && t.isWord(j - 1) && t.isCapitalized(j - 1))) {
      j--;
    }
    return j >= sentenceStart && t.isWord(j) && rules.is(t, j, WordClass.PREPOSITION);
  }

  /** Whether the mention at offset {@code start}, token {@code token}, is no prepositional object, or a speaker's ("volgens X"). */
  private boolean outsidePhrase(int start, int token) {
    return !inPrepositionalPhrase(token) || speakerMentions.contains(start);
  }

  /** The offsets where a speaker phrase that named someone starts. */
  private final Set<Integer> speakerMentions = new HashSet<>();

  private boolean insideQuote(int offset) {
    int lo = Sorted.firstAtLeast(quotes.size(), i -> quotes.get(i).end(), offset + 1);
    return lo < quotes.size() && quotes.get(lo).inside(offset);
  }

  private Builder lastSpeaker;
  private int lastSpeakerSentence = -1;
  private int lastSpeakerStart = -1;

  /**
   * The speaker of the same or the previous sentence, when it fits the pronoun: the subject that
   * was just speaking is what a following pronoun most often means ("Moscow has denied …, it has
   * demanded", "Een woordvoerster zei dat … Ze voegde eraan toe …").
   */
  private Builder recentSpeaker(int at, boolean person) {
    if (lastSpeaker == null || lastSpeakerSentence < 0) {
      return null;
    }
    int sentence = t.sentence(Math.min(t.size() - 1, t.tokenAt(at)));
    // an unnamed person who just spoke is who "he" or "she" means too, unless someone was named since:
    // "De minister liet weten dat … Hij heeft gezegd …", "A spokeswoman said … She added …"
    boolean fits = person ? lastSpeaker.type == ActorType.PERSON || lastSpeaker.type == ActorType.ANONYMOUS && !personNamedSince(at)
        : lastSpeaker.type != ActorType.PERSON;
    return fits && sentence - lastSpeakerSentence <= 1 ? lastSpeaker : null;
  }

  /** Whether a person is named between the last speaker's mention and offset {@code at}. */
  private boolean personNamedSince(int at) {
    Mentions.Mention m = mentions.findBefore(at, (start, actor) -> start <= lastSpeakerStart || byIndex.get(actor).type == ActorType.PERSON);
    return m != null && m.start() > lastSpeakerStart;
  }

  private String stripDeterminer(NounPhrase np) {
    int s = np.start();
    while (s < np.end() - 1 && rules.is(t, s, WordClass.DETERMINER)) {
      s++;
    }
    return text(s, np.end());
  }

  private boolean organisationIn(NounPhrase np) {
    return orgWord(np) != null;
  }

  private String orgWord(NounPhrase np) {
    for (int j = np.start(); j < np.end(); j++) {
      if (rules.isOrganisation(t, j) && !rules.isTitle(t, j)) {
        return t.lower(j);
      }
    }
    return null;
  }

  private String role(NounPhrase np) {
    int s = np.start();
    while (s < np.titleEnd() && (rules.is(t, s, WordClass.DETERMINER) || rules.is(t, s, WordClass.NATIONALITY)
        || rules.is(t, s, WordClass.HONORIFIC) || t.is(s, '.') || s < np.titleStart() && knownGenitive(t.word(s)))) {
      s++; // "de Oekraïense minister", "Russlands utenriksminister": the role without its country; "Mr" is no role
    }
    int e = np.titleEnd();
    if (np.hasName() && np.nameStart() > e) {
      e = np.nameStart();
      while (e > s && t.is(e - 1, ',')) {
        e--; // "spesialsykepleier for barn, Siw Treider": the role without the comma of its apposition
      }
    }
    if (s >= e) {
      return null;
    }
    int n = np.nameEnd();
    if (np.hasName() && n + 1 < np.end() && n >= e && rules.is(t, n, WordClass.ROLE_PREPOSITION) && t.isCapitalized(n + 1)
        && keys.known(text(n + 1, np.end())).isEmpty()) {
      // the portfolio after the name: "minister Sergej Lavrov van Buitenlandse Zaken" (not a place: "… of Russia")
      return text(s, e) + " " + text(n, np.end());
    }
    return text(s, e);
  }

  /**
   * The organisation or state a titled speaker belongs to, from the phrase: a capitalised or
   * national modifier before the title ("Russlands utenriksminister", "de Oekraïense minister"),
   * the first part of a compound title ("NAVO-chef"), or what follows "van"/"of" ("een woordvoerder
   * van zijn ministerie").
   */
  private String affiliation(NounPhrase np) {
    if (!np.hasTitle()) {
      return null;
    }
    for (int j = np.start(); j < np.titleStart(); j++) {
      String w = t.word(j);
      if (t.isCapitalized(j) && !rules.is(t, j, WordClass.DETERMINER) || rules.is(t, j, WordClass.NATIONALITY)) {
        if (SpeakerResolver.isGenitive(w)) {
          return w.substring(0, w.length() - 2);
        }
        String bare = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return !bare.equals(w) && keys.known(bare).isPresent() ? bare : w; // "Russlands" is Russland's
      }
    }
    String prefix = namePrefix(t.word(np.titleStart()));
    if (prefix != null) {
      return prefix;
    }
    int after = np.titleEnd();
    if (after + 1 < np.end() && rules.is(t, after, WordClass.PREPOSITION) && !np.hasName()) {
      if (after + 2 < np.end() && rules.is(t, after + 1, WordClass.POSSESSIVE)) {
        // "een woordvoerder van zijn ministerie": the ministry of the person named just before
        Builder owner = recent(t.start(np.start()), ActorType.PERSON, null);
        if (owner != null) {
          return text(after + 2, np.end()) + " (" + owner.name + ")";
        }
      }
      return text(after + 1, np.end());
    }
    return null;
  }

  /**
   * The body or person an unnamed spokesperson's phrase names as the one spoken for: the words right
   * before the title, also in the genitive ("a Kremlin spokesman", "Hamas's spokesman", "Talibans
   * talsmann", "an Israeli army spokesman"), the name a hyphen joins to it ("een
   * Kremlin-woordvoerder"), or the words after it and a role preposition ("en talsmann for Taliban",
   * "een woordvoerder van het Israëlische leger"); null when the phrase names none. Words with an
   * organisation noun name an organisation when a nationality or a name makes it one body ("a
   * ministry spokesman" is left to the ministry the article spoke of); a nationality alone names
   * its state ("Chinese officials" → China). A capital that opens the
   * sentence counts only as a known name ("Former spokesman …"). A known name is its actor, a name
   * the article gave a person that person, anything else an organisation.
   */
  private Builder spokenFor(NounPhrase np) {
    int from = np.titleStart();
    int to = np.titleStart();
    while (from > np.start() && t.isWord(from - 1) && !rules.is(t, from - 1, WordClass.DETERMINER)
        && (!rules.isFunctionWord(t, from - 1) || t.acronym(from - 1)) // "US officials", not "us"
        && (t.isCapitalized(from - 1) || rules.is(t, from - 1, WordClass.NATIONALITY) || rules.isOrganisation(t, from - 1))) {
      from--;
    }
    if (from == to) {
      int k = np.titleEnd();
      if (k < np.end() && rules.is(t, k, WordClass.ROLE_PREPOSITION)) {
        k++;
        while (k < np.end() && rules.is(t, k, WordClass.DETERMINER) && !t.isCapitalized(k)) {
          k++;
        }
        if (k < np.end() && t.isWord(k) && (t.isCapitalized(k) || rules.is(t, k, WordClass.NATIONALITY) || rules.isOrganisation(t, k))) {
          from = k; // the rest of the phrase: "van het Russische ministerie van Buitenlandse Zaken"
          to = np.end();
        }
      }
    }
    String name;
    boolean organisation = false;
    boolean oneBody = false;
    boolean nationalities = true;
    if (from < to) {
      for (int k = from; k < to; k++) {
        boolean nationality = rules.is(t, k, WordClass.NATIONALITY);
        organisation |= rules.isOrganisation(t, k) && !t.isCapitalized(k);
        oneBody |= nationality || t.isCapitalized(k) && k > t.sentenceStart(t.sentence(k));
        nationalities &= nationality;
      }
      if (nationalities) {
        // "Chinese officials", "a Turkish official": the officials of a state are that state
        Optional<GazetteerEntry> state = to - from == 1 ? keys.stateOf(t.word(from)) : Optional.empty();
        return state.map(s -> actor(s.form(), s.type())).orElse(null);
      }
      name = text(from, to);
    } else {
      name = namePrefix(t.word(np.titleStart())); // "een Kremlin-woordvoerder", "Kreml-talsmannen"
      if (name == null) {
        return null;
      }
    }
    if (SpeakerResolver.isGenitive(name)) {
      name = withoutGenitiveEnding(name);
    } else if (to == np.titleStart() && knownGenitive(name)) {
      name = name.substring(0, name.length() - 1); // "Talibans talsmann"
    } else if (to == np.titleStart() && organisation && rules.genitiveS && (name.endsWith("ets") || name.endsWith("ens"))) {
      name = name.substring(0, name.length() - 1); // "det russiske forsvarsdepartementets talsmann"
    }
    Optional<GazetteerEntry> entry = known(name);
    if (entry.isPresent()) {
      return actor(knownFullest(name, entry.get(), t.start(from)), entry.get().type());
    }
    if (organisation) {
      return oneBody ? actor(name, ActorType.ORGANIZATION) : null;
    }
    Builder person = actors.get(fullest(name, t.start(from), false));
    boolean genitive = SpeakerResolver.isGenitive(t, to - 1) || rules.genitiveS && t.word(to - 1).endsWith("s");
    if (from == t.sentenceStart(t.sentence(from)) && !(person != null && person.type == ActorType.PERSON && genitive)) {
      // a capital of the sentence's start may be any word; not a person's name in the genitive ("Schoof's
      // spokesman", "Støres pressetalsperson")
      return null;
    }
    String role = t.lower(np.titleEnd() - 1);
    if (person != null && person.type == ActorType.PERSON && to - from >= 2 && role.endsWith("s") && !role.endsWith("ss")) {
      person.type = ActorType.ORGANIZATION; // a full name before "officials" is a place or body, no person: "Jefferson Parish officials"
    }
    return person != null && person.type == ActorType.PERSON ? person : actor(name, ActorType.ORGANIZATION);
  }

  /** Whether the gazetteer knows the name in this very form, not only its base form ("Houthi's", not "Putin's"). */
  private boolean knownAsWritten(String name) {
    return known(name).map(e -> ActorKeys.fold(e.form()).equals(ActorKeys.fold(name))).orElse(false);
  }

  /** The capitalised name a hyphen joins to a title word ("NAVO-chef", "Kreml-talsmannen"), or null. */
  private String namePrefix(String title) {
    int hyphen = title.lastIndexOf('-');
    return hyphen > 0 && Character.isUpperCase(title.charAt(0)) && !rules.isTitle(title.substring(0, hyphen))
        ? title.substring(0, hyphen) : null;
  }

  /** A known place or body in the genitive: "Russlands", "Ukraine’s". */
  private boolean knownGenitive(String w) {
    if (SpeakerResolver.isGenitive(w)) {
      return keys.known(w.substring(0, w.length() - 2)).isPresent();
    }
    return w.endsWith("s") && w.length() > 2 && keys.known(w.substring(0, w.length() - 1)).isPresent();
  }

  private static final int UNREAD = -1;
  private static final int UNKNOWN = 0;
  private static final int FEMALE = 1;
  private static final int MALE = 2;

  /**
   * Whether person {@code b} is of the other gender than the personal pronoun at token {@code k}:
   * a word of the name before its last, or a one-word name, is a given name of the other gender
   * ("Antoine Quirin" or "Antoine" for "she"). A pronoun that tells no gender, or a name without a
   * known given name, fits anyone.
   */
  private boolean otherGender(Builder b, int k) {
    int pronoun = rules.is(t, k, WordClass.PRONOUN_FEMALE) ? FEMALE : rules.is(t, k, WordClass.PRONOUN_MALE) ? MALE : UNKNOWN;
    if (pronoun == UNKNOWN || b.type != ActorType.PERSON) {
      return false;
    }
    if (b.gender == UNREAD) {
      b.gender = UNKNOWN;
      String[] words = b.name.split(" ");
      // a one-word name is read too: a person the article calls by the given name alone ("Elisabeth")
      for (int i = 0; i < Math.max(1, words.length - 1) && b.gender == UNKNOWN; i++) {
        b.gender = rules.is(words[i], WordClass.FEMALE_NAME) ? FEMALE : rules.is(words[i], WordClass.MALE_NAME) ? MALE : UNKNOWN;
      }
    }
    return b.gender != UNKNOWN && b.gender != pronoun;
  }

  /** The most tokens of a relative clause that describes who a plural pronoun means ({@link #relativeClauseEnd}). */
  private static final int DESCRIBING_CLAUSE = 12;

  /**
   * The comma that ends a relative clause right after the plural pronoun at token {@code k}, within
   * {@value #DESCRIBING_CLAUSE} tokens of its sentence ("De som er positive til Bertelsen, sier"); else -1.
   */
  private int relativeClauseEnd(int k) {
    if (!rules.is(t, k, WordClass.PRONOUN_PLURAL) || k + 1 >= t.size() || !rules.is(t, k + 1, WordClass.RELATIVE)) {
      return -1;
    }
    for (int e = k + 2; e < Math.min(t.size(), k + DESCRIBING_CLAUSE) && t.sentence(e) == t.sentence(k); e++) {
      if (t.is(e, ',')) {
        return e;
      }
      if (!t.isWord(e)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether person {@code b} has a given name of the gender of the personal pronoun at token {@code k}. */
  private boolean sameGender(Builder b, int k) {
    return b.type == ActorType.PERSON && !otherGender(b, k) && b.gender != UNKNOWN && b.gender != UNREAD;
  }

  /** The most sentences back that a pronoun opening a sentence is looked for ({@link #chainedPronoun}). */
  private static final int CHAIN_SENTENCES = 3;

  /**
   * The person that the same personal pronoun meant where it last opened a sentence, at most
   * {@value #CHAIN_SENTENCES} sentences before token {@code k}, outside quotes, when that person's
   * given name tells the pronoun's gender and no person was named since at a sentence's start; else null.
   */
  private Builder chainedPronoun(int k) {
    boolean male = rules.is(t, k, WordClass.PRONOUN_MALE);
    int floor = t.sentenceStart(Math.max(0, t.sentence(k) - CHAIN_SENTENCES));
    for (int j = k - 1; j >= floor; j--) {
      if (t.isWord(j) && SpeakerResolver.firstWord(t, t.sentenceStart(t.sentence(j))) == j && !insideQuote(t.start(j))
          && (male ? rules.is(t, j, WordClass.PRONOUN_MALE) : rules.is(t, j, WordClass.PRONOUN_FEMALE))) {
        Mentions.Mention m = mentions.findBefore(t.start(k), (start, actor) -> byIndex.get(actor).type == ActorType.PERSON);
        int named = m == null ? -1 : t.tokenAt(m.start());
        if (named > j && SpeakerResolver.firstWord(t, t.sentenceStart(t.sentence(named))) == named) {
          return null; // a person named since as a sentence's subject: "Ghebreyesus expressed …. He continued"
        }
        Builder b = recentPersonOutsidePhrase(t.start(j));
        return b != null && sameGender(b, k) ? b : null;
      }
    }
    return null;
  }

  /** The most recent person before offset {@code at} who may be the one the pronoun at token {@code pronoun} means. */
  private Builder recentPerson(int at, int pronoun) {
    Mentions.Mention m = mentions.findBefore(at, (start, actor) -> {
      Builder b = byIndex.get(actor);
      return b.type == ActorType.PERSON && !otherGender(b, pronoun);
    });
    return m == null ? null : byIndex.get(m.actor());
  }

  private Builder recent(int at, ActorType type, String orgWord) {
    String stem = orgWord == null ? null : stem(orgWord);
    Mentions.Mention m = mentions.findBefore(at, (start, actor) -> {
      Builder b = byIndex.get(actor);
      return (type == null ? b.type != ActorType.PERSON : b.type == type)
          && (stem == null || b.lowerName.contains(stem));
    });
    return m == null ? null : byIndex.get(m.actor());
  }

  /**
   * The person most recently named in the same or the previous sentence before offset {@code at},
   * not as the object of a preposition: what a person's pronoun most often means ("Aartsbisschop X
   * prijst tegenover Y de inzet … Hij zegt" is X, not Y); null when there is none.
   */
  private Builder recentPersonOutsidePhrase(int at) {
    int sentence = t.sentence(Math.min(t.size() - 1, t.tokenAt(at)));
    Mentions.Mention m = mentions.findBefore(at, (start, actor) -> {
      int token = t.tokenAt(start);
      return token < t.size() && t.sentence(token) < sentence - 1
          || byIndex.get(actor).type == ActorType.PERSON && !insideQuote(start) && outsidePhrase(start, token);
    });
    int token = m == null ? t.size() : t.tokenAt(m.start());
    return token >= t.size() || t.sentence(token) < sentence - 1 ? null : byIndex.get(m.actor());
  }

  private static String stem(String word) {
    return word.length() > 6 ? word.substring(0, word.length() - 3) : word;
  }

  private Builder recentWithRole(int at, String title) {
    String stem = stem(title);
    Mentions.Mention m = mentions.findBefore(at, (start, actor) -> {
      Builder b = byIndex.get(actor);
      return b.type == ActorType.PERSON && b.role != null && b.role.toLowerCase(Locale.ROOT).contains(stem);
    });
    return m == null ? null : byIndex.get(m.actor());
  }

  /** The most sentences between the person who spoke last and a title that names that person anew. */
  private static final int TITLE_ANAPHOR_SENTENCES = 8;

  /**
   * The person a title names anew after the statement at offset {@code at}: the one the paragraph
   * before the statement names (outside prepositional phrases), else the person who spoke last, at
   * most {@value #TITLE_ANAPHOR_SENTENCES} sentences before the title at token {@code k}; else null.
   */
  private Builder personBefore(int at, int k) {
    int before = Math.min(t.size() - 1, t.tokenAt(at));
    int paragraph = t.paragraph(before);
    while (before >= 0 && t.paragraph(before) == paragraph) {
      before--; // the last token of the paragraph before: what this walks over is the statement's paragraph
    }
    Mentions.Mention m = before >= 0 ? personInParagraph(at, t.paragraph(before), true) : null;
    if (m != null) {
      return byIndex.get(m.actor());
    }
    return lastSpeaker != null && lastSpeaker.type == ActorType.PERSON && lastSpeakerSentence >= 0
        && t.sentence(k) - lastSpeakerSentence <= TITLE_ANAPHOR_SENTENCES ? lastSpeaker : null;
  }

  /**
   * The named organisation that spoke in the sentence before {@code at} or the one before it: what a
   * bare organisation noun that names no earlier body means ("het instituut" after "Het RIVM meldt").
   */
  private Builder organisationJustSpoken(int at) {
    Builder b = recentSpeakingOrganisation(at);
    int sentence = t.sentence(Math.min(t.size() - 1, t.tokenAt(at)));
    return b != null && lastSpeakerSentence >= 0 && sentence - lastSpeakerSentence <= 2
        && Character.isUpperCase(b.name.charAt(0)) ? b : null;
  }

  /**
   * The body that a generic noun at token {@code k} ("de club", "the company") names again, from
   * its own sentence: the nearest capitalised word before it, past the names of people, that no
   * rule made an actor and that can only be a name (one word, no lexicon word, no given name, no
   * title or place, nothing quoted): "Feyenoord heeft trainer Brian Priske ontslagen, zo maakte de
   * club bekend" (Feyenoord). Null when there is none.
   */
  private Builder bodyNamedBefore(int k) {
    int sentenceStart = t.sentenceStart(t.sentence(k));
    for (int j = k - 1; j >= sentenceStart; j--) {
      if (!t.isWord(j) || !t.isCapitalized(j)) {
        continue;
      }
      int b = j;
      while (b - 1 >= sentenceStart && t.isWord(b - 1) && t.isCapitalized(b - 1)) {
        b--;
      }
      Builder named = actors.get(text(b, j + 1));
      if (named != null && named.type == ActorType.PERSON || SpeakerResolver.givenName(t, rules, b)) {
        j = b; // a person's name: the body is named before it
        continue;
      }
      if (b < j || t.entry(j) != WordTable.ABSENT || rules.isTitle(t, j) || rules.isOrganisation(t, j) || t.acronym(j)
          || SpeakerResolver.isGenitive(t, j) || insideQuote(t.start(j)) || afterPlacePreposition(j)
          || named != null || keys.known(t.word(j)).isPresent()) {
        return null; // two words or more, a word of the lexicon, or one the article or gazetteer knows: its own rules decide
      }
      Builder body = actor(t.word(j), ActorType.ORGANIZATION);
      body.forms.add(t.word(j));
      return body;
    }
    return null;
  }

  private Builder recentSpeakingOrganisation(int at) {
    return lastSpeaker != null && lastSpeaker.type == ActorType.ORGANIZATION ? lastSpeaker : null;
  }

  /**
   * The organisation a person's possessive names through that person's role: "een woordvoerder van
   * zijn ministerie" after "minister Sergej Lavrov van Buitenlandse Zaken" is the "ministerie van
   * Buitenlandse Zaken", "hans departement" after "utenriksminister X" the "utenriksdepartement";
   * its key carries the person's state. Null without such a person and role.
   */
  private Builder ownersOrganisation(NounPhrase np) {
    String noun = null;
    for (int j = np.start(); j < np.end() && noun == null; j++) {
      if (rules.isOrganisation(t, j) && !rules.isTitle(t, j)) {
        noun = t.word(j);
      }
    }
    Builder owner = noun == null ? null : recent(t.start(np.start()), ActorType.PERSON, null);
    if (owner == null || owner.role == null) {
      return null;
    }
    String[] words = owner.role.split(" ");
    for (int i = 0; i < words.length; i++) {
      int base = titleBase(words[i]);
      if (base >= 0) {
        words[i] = words[i].substring(0, base) + (base > 0 ? noun.toLowerCase(Locale.ROOT) : noun);
        String name = String.join(" ", words);
        Builder b = actor(name, ActorType.ORGANIZATION);
        if (owner.affiliation != null) {
          b.keyName = owner.affiliation + " " + name;
          b.affiliation = owner.affiliation;
        }
        return b;
      }
    }
    return null;
  }

  /**
   * Where the title in a word begins: 0 for a title ("minister"), the length of the first part for a
   * compound ending in one ("utenriksminister" → 8); -1 when the word is no title.
   */
  private int titleBase(String word) {
    if (!rules.isTitle(word)) {
      return -1;
    }
    for (int i = word.length() - 2; i > 0; i--) {
      if (rules.isTitle(word.substring(i))) {
        return i; // the shortest title at the end is the base: "minister" in "utenriksminister"
      }
    }
    return 0;
  }

  private Actor build(Builder b) {
    return build(b, keys);
  }

  private static Actor build(Builder b, ActorKeys keys) {
    Actor.Builder a = Actor.builder(b.name).type(b.type).key(keys.key(b.keyName != null ? b.keyName : b.name, b.type));
    if (b.role != null) {
      a.role(b.role);
    }
    if (b.affiliation != null) {
      a.affiliation(b.affiliation);
    }
    b.forms.forEach(a::form);
    return a.build();
  }

  /** Every actor of the article, in order of first mention. */
  List<Actor> all() {
    return all(List.copyOf(actors.values()), keys);
  }

  /**
   * {@link #all()}, built when first read: the builders are done with once the article is read,
   * and the list holds on to them and the keys alone, not to the tokens.
   */
  List<Actor> deferredAll() {
    List<Builder> builders = List.copyOf(actors.values());
    ActorKeys k = keys;
    return new DeferredList<>(() -> all(builders, k));
  }

  private static List<Actor> all(List<Builder> builders, ActorKeys keys) {
    List<Actor> out = new ArrayList<>(builders.size());
    for (Builder b : builders) {
      synchronized (b) {
        if (b.built == null) {
          b.built = build(b, keys);
        }
        out.add(b.built);
      }
    }
    return out;
  }
}
