package org.whosaid.link;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.whosaid.model.Actor;
import org.whosaid.model.ActorKey;
import org.whosaid.model.ActorType;
import org.whosaid.model.Statement;
import org.whosaid.spi.GazetteerEntry;
import org.whosaid.spi.LanguageModule;

/**
 * Collects the actors of many articles and links them into one {@link CorpusActor} each, across
 * articles and languages.
 *
 * <p>For each article it takes the actors the extraction found (and the speakers of its
 * statements), keys them with {@link NameKeys}, finds every mention of them and of gazetteer
 * actors in the text (so that actors who never speak are actors too), and keeps only the names,
 * counts and keys: never the text. A surname alone ("Kuleba") joins the full name with that surname
 * in the same article. {@link #link()} then joins, over all articles:
 *
 * <ul>
 *   <li>actors with equal keys;</li>
 *   <li>persons whose names are equal without the languages' spelling rules ("Joe Biden" in a
 *       Dutch text);</li>
 *   <li>a shorter name ("Putin", "Odd Enoksen", "J. Stoltenberg") with the one fuller name it fits,
 *       when exactly one does: two people with one surname stay apart, and so do a father and son
 *       whose names differ in a middle initial or suffix;</li>
 *   <li>an organisation named without its state ("het ministerie van Defensie") with the one
 *       organisation of that name and a state, preferring states the article mentions.</li>
 * </ul>
 *
 * <p>Thread-safe: articles may be added from many threads while others read.
 */
public final class ActorLinker {

  private final Gazetteer gazetteer;
  private final Map<String, NameKeys> keys = new HashMap<>();
  private final Map<String, NameKeys> plainKeys = new HashMap<>();
  private final List<Record> records = new ArrayList<>();
  private int articles;

  private ActorLinker(Collection<? extends LanguageModule> modules, Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (LanguageModule m : modules) {
      NameKeys k = NameKeys.of(m, gazetteer);
      keys.put(m.language(), k);
      plainKeys.put(m.language(), k.withoutSpelling());
    }
  }

  /** A linker for articles in the modules' languages, known actors from {@code gazetteer}. */
  public static ActorLinker create(Collection<? extends LanguageModule> modules, Gazetteer gazetteer) {
    Objects.requireNonNull(modules, "modules");
    Objects.requireNonNull(gazetteer, "gazetteer");
    return new ActorLinker(modules, gazetteer);
  }

  /** The keys for names in a language. */
  public NameKeys keys(String language) {
    NameKeys k = keys.get(language);
    if (k == null) {
      throw new IllegalArgumentException("no language module for '" + language + "'; linker has " + keys.keySet());
    }
    return k;
  }

  /**
   * What adding one article gave: its sequence number among the articles added, a fingerprint of
   * its text (with its id, the article's place in the canonical order that makes results
   * independent of the order articles were added in), for each of its statements the actor record
   * of its speaker (-1 for none), and a matcher from the names of the article's own actors to their
   * keys.
   */
  public record ArticleLinks(int article, long fingerprint, int[] speakerRecords, FormMatcher<String> names) {}

  /** A fingerprint of an article's text: articles with one id and different texts are ordered by it. */
  public static long fingerprint(String text) {
    return Hashing.murmur3_128().hashString(text, StandardCharsets.UTF_8).asLong();
  }

  /**
   * Adds the actors of one article.
   *
   * @param articleId  the article's id, as results name it
   * @param language   the language it was processed as
   * @param text       its text; only read here, never kept
   * @param actors     the actors the extraction found
   * @param statements its statements, whose speakers are actors too
   */
  public ArticleLinks add(String articleId, String language, String text, List<Actor> actors, List<Statement> statements) {
    NameKeys k = keys(language);
    ArticleActors local = new ArticleActors(k);
    Map<Actor, Local> byActor = new HashMap<>();
    List<Actor> all = new ArrayList<>(actors);
    for (Statement s : statements) {
      s.actor().ifPresent(all::add);
    }
    for (Actor a : all) {
      if (a.type() != ActorType.ANONYMOUS && !byActor.containsKey(a)) {
        byActor.put(a, local.absorb(a));
      }
    }
    local.joinSurnames();
    Set<String> context = local.count(text, gazetteer);
    int[] speakers = new int[statements.size()];
    List<Local> order = local.locals();
    Map<Local, Integer> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      index.put(order.get(i), i);
    }
    for (int i = 0; i < statements.size(); i++) {
      Optional<Actor> a = statements.get(i).actor();
      Local l = a.map(byActor::get).map(Local::target).orElse(null);
      speakers[i] = l == null ? -1 : index.get(l);
      if (l != null) {
        l.statements++;
      }
    }
    FormMatcher.Builder<String> names = FormMatcher.builder();
    for (Local l : order) {
      if (l.entry == null) {
        l.forms.keySet().forEach(f -> names.add(f, l.key));
      }
    }
    long fingerprint = fingerprint(text);
    int seq;
    synchronized (this) {
      seq = articles++;
      int base = records.size();
      for (Local l : order) {
        records.add(new Record(records.size(), articleId, fingerprint, language, l, context, namedBySurname(k, l)));
      }
      for (int i = 0; i < speakers.length; i++) {
        if (speakers[i] >= 0) {
          speakers[i] += base;
        }
      }
    }
    return new ArticleLinks(seq, fingerprint, speakers, names.build());
  }

  /** Whether the article names a person with given names also by the surname alone ("Kuleba"). */
  private static boolean namedBySurname(NameKeys k, Local l) {
    if (l.person == null || l.person.surnameOnly()) {
      return false;
    }
    for (String f : l.forms.keySet()) {
      Optional<PersonName> p = k.person(f);
      if (p.isPresent() && p.get().surnameOnly() && p.get().surname().equals(l.person.surname())) {
        return true;
      }
    }
    return false;
  }

  /** Number of articles added. */
  public synchronized int articles() {
    return articles;
  }

  /**
   * Links the actors of every article added so far. The result does not depend on the order the
   * articles were added in, nor on the threads that added them: records are linked in the
   * canonical order of article id, then text fingerprint, then their order within the article.
   */
  public Linking link() {
    List<Record> snapshot;
    synchronized (this) {
      snapshot = new ArrayList<>(records);
    }
    List<Record> canonical = new ArrayList<>(snapshot);
    canonical.sort(CANONICAL);
    int[] position = new int[snapshot.size()];
    List<Record> renumbered = new ArrayList<>(canonical.size());
    for (Record r : canonical) {
      position[r.id] = renumbered.size();
      renumbered.add(r.renumbered(renumbered.size()));
    }
    return new Linking(renumbered, position);
  }

  /** Article id, then text fingerprint, then the order of adding (which is the order within one article). */
  private static final Comparator<Record> CANONICAL = Comparator.comparing((Record r) -> r.articleId)
      .thenComparingLong(r -> r.fingerprint).thenComparingInt(r -> r.id);

  /** The linked actors, and which actor each record of {@link ArticleLinks} belongs to. */
  public final class Linking {
    private final List<CorpusActor> actors;
    private final int[] actorOf;

    /** {@code rs} in canonical order, numbered by it; {@code position} maps a record's number as added to it. */
    private Linking(List<Record> rs, int[] position) {
      int n = rs.size();
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      Map<String, Integer> byKey = new HashMap<>();
      for (Record r : rs) {
        for (String k : r.linkKeys()) {
          Integer other = byKey.putIfAbsent(k, r.id);
          if (other != null) {
            union(parent, other, r.id);
          }
        }
      }
      joinShorterNames(rs, parent);
      joinStatelessOrganisations(rs, parent);
      Map<Integer, List<Record>> groups = new LinkedHashMap<>();
      for (Record r : rs) {
        groups.computeIfAbsent(find(parent, r.id), x -> new ArrayList<>()).add(r);
      }
      List<CorpusActor> out = new ArrayList<>();
      Map<Integer, CorpusActor> byRoot = new HashMap<>();
      for (Map.Entry<Integer, List<Record>> g : groups.entrySet()) {
        CorpusActor a = actor(g.getValue());
        byRoot.put(g.getKey(), a);
        out.add(a);
      }
      out.sort(Comparator.comparingInt(CorpusActor::statements).reversed()
          .thenComparing(Comparator.comparingInt(CorpusActor::mentions).reversed())
          .thenComparing(CorpusActor::name).thenComparing(a -> a.key().value()));
      Map<CorpusActor, Integer> place = new HashMap<>();
      for (int i = 0; i < out.size(); i++) {
        place.put(out.get(i), i);
      }
      this.actorOf = new int[n];
      for (int i = 0; i < n; i++) {
        actorOf[i] = place.get(byRoot.get(find(parent, position[i])));
      }
      this.actors = ImmutableList.copyOf(out);
    }

    /** Every actor, most statements first, then most mentions. */
    public List<CorpusActor> actors() {
      return actors;
    }

    /** The actor of a record from {@link ArticleLinks#speakerRecords()}; empty for -1. */
    public Optional<CorpusActor> actorOf(int record) {
      return record < 0 || record >= actorOf.length ? Optional.empty() : Optional.of(actors.get(actorOf[record]));
    }
  }

  /**
   * A shorter person's name joins the one person whose fuller name it fits. Names are taken fullest
   * first; each either joins the one distinct person it fits or, when it fits none or several,
   * stands for a person of its own ("Bush" fits both "George W. Bush" and "George H. W. Bush", so
   * it stays apart from both; see {@link PersonName#fits}). A surname alone joins only a person
   * some article also calls by the surname alone: "Post" (of "Washington Post") does not join
   * "Jakarta Post", nor "War" "Korean War", while "Kuleba" joins "Dmytro Kuleba".
   */
  private static void joinShorterNames(List<Record> rs, int[] parent) {
    boolean[] calledBySurname = new boolean[parent.length];
    for (Record r : rs) {
      calledBySurname[find(parent, r.id)] |= r.namedBySurname;
    }
    Map<String, List<Record>> bySurname = new HashMap<>();
    for (Record r : rs) {
      if (r.person != null) {
        bySurname.computeIfAbsent(r.person.surname(), x -> new ArrayList<>()).add(r);
        if (r.plainPerson != null && !r.plainPerson.surname().equals(r.person.surname())) {
          bySurname.computeIfAbsent(r.plainPerson.surname(), x -> new ArrayList<>()).add(r);
        }
      }
    }
    for (List<Record> same : bySurname.values()) {
      if (same.size() < 2) {
        continue;
      }
      List<Record> fullestFirst = new ArrayList<>(same);
      fullestFirst.sort(Comparator.comparingInt((Record r) -> -r.person.given().size())
          .thenComparingInt(r -> -String.join("", r.person.given()).length()).thenComparingInt(r -> r.id));
      List<Record> people = new ArrayList<>();
      for (Record r : fullestFirst) {
        int own = find(parent, r.id);
        Set<Integer> fit = new HashSet<>();
        boolean known = false;
        for (Record p : people) {
          int g = find(parent, p.id);
          known |= g == own;
          if (g != own && (r.person.fits(p.person) || fits(r.plainPerson, p.plainPerson))
              && (!r.person.surnameOnly() || calledBySurname[g])) {
            fit.add(g);
          }
        }
        if (known) {
          continue;
        }
        if (fit.size() == 1) {
          int g = fit.iterator().next();
          boolean used = calledBySurname[g] || calledBySurname[own];
          union(parent, g, own);
          calledBySurname[find(parent, own)] = used;
        } else {
          people.add(r);
        }
      }
    }
  }

  private static boolean fits(PersonName shorter, PersonName fuller) {
    return shorter != null && fuller != null && shorter.fits(fuller);
  }

  /**
   * An organisation without a state joins the one group of that name with a state: of the states
   * its article mentions, or else the one in its own article. The stateless records of one group
   * (one name in several articles) join together or not at all, so that the group never bridges
   * two states' bodies ("the government" of an article about Iraq and of one about China).
   */
  private static void joinStatelessOrganisations(List<Record> rs, int[] parent) {
    Map<String, List<Record>> withState = new HashMap<>();
    for (Record r : rs) {
      if (r.org != null && r.org.state().isPresent()) {
        withState.computeIfAbsent(r.org.stateless(), x -> new ArrayList<>()).add(r);
      }
    }
    // per group of stateless records, the roots of the stated groups its records fit
    Map<Integer, Set<Integer>> targets = new LinkedHashMap<>();
    Map<Integer, List<Record>> members = new HashMap<>();
    for (Record r : rs) {
      if (r.org == null || r.org.state().isPresent()) {
        continue;
      }
      Map<String, Integer> mentioned = new TreeMap<>();
      Map<String, Integer> ownArticle = new TreeMap<>();
      for (Record c : withState.getOrDefault(r.org.stateless(), List.of())) {
        String state = c.org.state().get();
        if (r.context.contains(state)) {
          mentioned.putIfAbsent(state, find(parent, c.id));
        }
        if (c.articleId.equals(r.articleId) && c.fingerprint == r.fingerprint) {
          ownArticle.putIfAbsent(state, find(parent, c.id));
        }
      }
      Map<String, Integer> pick = mentioned.isEmpty() ? ownArticle : mentioned;
      int group = find(parent, r.id);
      Set<Integer> roots = targets.computeIfAbsent(group, g -> new HashSet<>());
      pick.values().forEach(g -> roots.add(find(parent, g)));
      members.computeIfAbsent(group, g -> new ArrayList<>()).add(r);
      if (pick.isEmpty()) {
        roots.add(-1 - group); // a record that fits no state keeps its group apart
      }
    }
    targets.forEach((group, roots) -> {
      if (roots.size() == 1 && roots.iterator().next() >= 0) {
        int root = roots.iterator().next();
        members.get(group).forEach(r -> union(parent, root, r.id));
      }
    });
  }

  private CorpusActor actor(List<Record> group) {
    Record best = null;
    for (Record r : group) {
      if (best == null || better(r, best)) {
        best = r;
      }
    }
    Map<List<String>, Integer> aliases = new LinkedHashMap<>();
    Set<String> articleIds = new TreeSet<>();
    Map<ActorType, Integer> types = new LinkedHashMap<>();
    int statements = 0;
    for (Record r : group) {
      r.forms.forEach((f, c) -> aliases.merge(List.of(f, r.language), c, Integer::sum));
      articleIds.add(r.articleId);
      types.merge(r.type, r.mentions() + r.statements, Integer::sum);
      statements += r.statements;
    }
    List<CorpusActor.Alias> list = new ArrayList<>();
    aliases.forEach((fl, c) -> list.add(new CorpusActor.Alias(fl.get(0), fl.get(1), c)));
    list.sort(Comparator.comparingInt(CorpusActor.Alias::count).reversed()
        .thenComparing(CorpusActor.Alias::language).thenComparing(CorpusActor.Alias::form));
    ActorType type = best.entry != null ? best.entry.type()
        : types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(best.type);
    String name = best.entry != null ? best.entry.canonical() : best.name;
    return new CorpusActor(ActorKey.of(best.key), name, type, list, List.copyOf(articleIds), statements);
  }

  /** Which record gives a group its key and name: a known actor, then the fullest, commonest spelling. */
  private static boolean better(Record r, Record best) {
    if ((r.entry != null) != (best.entry != null)) {
      return r.entry != null;
    }
    if (r.org != null && best.org != null && r.org.state().isPresent() != best.org.state().isPresent()) {
      return r.org.state().isPresent();
    }
    int rg = r.person == null ? 0 : r.person.given().size();
    int bg = best.person == null ? 0 : best.person.given().size();
    if (rg != bg) {
      return rg > bg;
    }
    if (r.commonSpelling != best.commonSpelling) {
      return r.commonSpelling;
    }
    return r.mentions() > best.mentions();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** One actor of one article, as kept: names, counts and keys, never text. */
  private static final class Record {
    final int id;
    final String articleId;
    final long fingerprint;
    final String language;
    final String key;
    final String plainKey;
    final String personKey;
    final PersonName person;
    final PersonName plainPerson;
    final NameKeys.OrganisationName org;
    final GazetteerEntry entry;
    final ActorType type;
    final String name;
    final boolean commonSpelling;
    final Map<String, Integer> forms;
    final int statements;
    final Set<String> context;
    final boolean namedBySurname;

    Record(int id, String articleId, long fingerprint, String language, Local l, Set<String> context, boolean namedBySurname) {
      this.id = id;
      this.articleId = articleId;
      this.fingerprint = fingerprint;
      this.language = language;
      this.key = l.key;
      this.plainKey = l.plainPerson == null || l.plainPerson.surnameOnly() ? null : l.plainPerson.key();
      this.personKey = l.person == null || l.person.surnameOnly() ? null : l.person.key();
      this.person = l.person;
      this.plainPerson = l.plainPerson;
      this.org = l.org;
      this.entry = l.entry;
      this.type = l.type;
      this.name = l.name;
      this.commonSpelling = l.commonSpelling;
      this.forms = Map.copyOf(l.forms);
      this.statements = l.statements;
      this.context = l.org != null && l.org.state().isEmpty() ? Set.copyOf(context) : Set.of();
      this.namedBySurname = namedBySurname;
    }

    private Record(Record r, int id) {
      this.id = id;
      this.articleId = r.articleId;
      this.fingerprint = r.fingerprint;
      this.language = r.language;
      this.key = r.key;
      this.plainKey = r.plainKey;
      this.personKey = r.personKey;
      this.person = r.person;
      this.plainPerson = r.plainPerson;
      this.org = r.org;
      this.entry = r.entry;
      this.type = r.type;
      this.name = r.name;
      this.commonSpelling = r.commonSpelling;
      this.forms = r.forms;
      this.statements = r.statements;
      this.context = r.context;
      this.namedBySurname = r.namedBySurname;
    }

    /** This record with another number. */
    Record renumbered(int newId) {
      return new Record(this, newId);
    }

    /**
     * The keys that make two records one actor: its key, and for a person with given names the
     * name's key with and without the language's spelling rules (so a known person named in a
     * spelling the gazetteer does not list still meets it).
     */
    List<String> linkKeys() {
      List<String> out = new ArrayList<>(3);
      // a generic organisation ("the government", "politiet") is one body within its article only
      out.add(entry == null && org != null && org.generic() ? "=" + key + "@" + articleId + "#" + fingerprint : "=" + key);
      if (personKey != null) {
        out.add("=" + personKey);
      }
      if (plainKey != null) {
        out.add("~" + plainKey);
      }
      return out;
    }

    int mentions() {
      return forms.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** One actor of the article being added. */
  private static final class Local {
    String key;
    PersonName person;
    PersonName plainPerson;
    NameKeys.OrganisationName org;
    GazetteerEntry entry;
    ActorType type;
    String name;
    boolean commonSpelling;
    final Map<String, Integer> forms = new LinkedHashMap<>();
    final Set<String> seen = new LinkedHashSet<>();
    int statements;
    Local mergedInto;

    Local target() {
      Local l = this;
      while (l.mergedInto != null) {
        l = l.mergedInto;
      }
      return l;
    }
  }

  /** The actors of the article being added, keyed. */
  private final class ArticleActors {
    private final NameKeys keys;
    private final Map<String, Local> byKey = new LinkedHashMap<>();

    ArticleActors(NameKeys keys) {
      this.keys = keys;
    }

    Local absorb(Actor a) {
      Local l = identify(a.name(), a.type());
      for (String f : a.forms()) {
        String bare = keys.withoutDeterminers(f);
        if ((keys.names(bare, l.type) || keys.names(f, l.type)) && samePerson(l, bare)) {
          l.seen.add(bare);
        }
      }
      return l;
    }

    /**
     * Whether a form can name the person (true for other actors): its name fits the person's or the
     * person's fits it, so another person's name given as a form ("Grace Mugabe" for Robert Mugabe)
     * is no alias.
     */
    private boolean samePerson(Local l, String form) {
      if (l.person == null) {
        return true;
      }
      Optional<PersonName> p = keys.person(form);
      Optional<PersonName> plain = plainKeys.get(keys.language()).person(form);
      return p.isPresent() && (p.get().fits(l.person) || l.person.fits(p.get()))
          || plain.isPresent() && l.plainPerson != null && (plain.get().fits(l.plainPerson) || l.plainPerson.fits(plain.get()));
    }

    private Local identify(String name, ActorType type) {
      Optional<GazetteerEntry> known = keys.known(name);
      String key;
      if (known.isPresent()) {
        key = known.get().id();
      } else {
        key = keys.key(name, type).value();
      }
      Local l = byKey.get(key);
      if (l != null) {
        return l;
      }
      l = new Local();
      l.key = key;
      l.type = known.map(GazetteerEntry::type).orElse(type);
      l.name = known.map(GazetteerEntry::canonical).orElse(keys.withoutDeterminers(name));
      l.entry = known.orElse(null);
      if (l.type == ActorType.PERSON) {
        person(l, name);
      } else if (l.entry == null && type == ActorType.ORGANIZATION) {
        l.org = keys.organisation(name);
      }
      byKey.put(key, l);
      return l;
    }

    /** A person's name parts, so that shorter names and other spellings can join it. */
    private void person(Local l, String name) {
      l.person = keys.person(name).orElse(null);
      l.plainPerson = plainKeys.get(keys.language()).person(name).orElse(null);
      l.commonSpelling = !keys.folder().respells(name);
    }

    Local forEntry(GazetteerEntry e) {
      Local l = byKey.get(e.id());
      if (l == null) {
        l = new Local();
        l.key = e.id();
        l.type = e.type();
        l.name = e.canonical();
        l.entry = e;
        if (e.type() == ActorType.PERSON) {
          person(l, e.form());
        }
        byKey.put(e.id(), l);
      }
      return l.target();
    }

    /** A surname alone, or fewer given names, joins the one fuller name of the article it fits. */
    void joinSurnames() {
      List<Local> persons = byKey.values().stream().filter(l -> l.person != null).toList();
      for (Local shorter : persons) {
        Local only = null;
        int count = 0;
        for (Local fuller : persons) {
          if (fuller != shorter && fuller.mergedInto == null
              && fuller.person.given().size() > shorter.person.given().size()
              && (shorter.person.fits(fuller.person) || fits(shorter.plainPerson, fuller.plainPerson))) {
            only = fuller;
            count++;
          }
        }
        if (count == 1) {
          shorter.mergedInto = only;
          only.seen.addAll(shorter.seen);
        }
      }
    }

    /** Counts the mentions of every actor in the text; returns the gazetteer ids mentioned. */
    Set<String> count(String text, Gazetteer gazetteer) {
      FormMatcher.Builder<Object> b = FormMatcher.builder();
      for (Local l : locals()) {
        l.seen.forEach(f -> b.add(f, l));
      }
      gazetteer.addForms(keys.language(), b, e -> e);
      Set<String> context = new LinkedHashSet<>();
      for (FormMatcher.Match<Object> m : b.build().find(text)) {
        Local l = m.value() instanceof Local x ? x.target() : forEntry((GazetteerEntry) m.value());
        l.forms.merge(m.written(), 1, Integer::sum);
        if (l.entry != null) {
          context.add(l.entry.id());
        }
      }
      for (Local l : locals()) {
        if (l.forms.isEmpty()) {
          if (l.seen.isEmpty()) {
            l.forms.put(l.name, 1);
          } else {
            l.seen.forEach(f -> l.forms.put(f, 1));
          }
        }
        if (l.org != null) {
          l.org.state().ifPresent(context::add);
        }
      }
      return context;
    }

    /** The article's actors that were not merged into another. */
    List<Local> locals() {
      List<Local> out = new ArrayList<>();
      for (Local l : byKey.values()) {
        if (l.mergedInto == null) {
          out.add(l);
        }
      }
      return out;
    }
  }
}
