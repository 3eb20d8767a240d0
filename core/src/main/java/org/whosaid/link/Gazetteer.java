package org.whosaid.link;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.whosaid.model.ActorType;
import org.whosaid.spi.GazetteerEntry;
import org.whosaid.spi.LanguageModule;

/**
 * Surface forms of well-known actors and places in every language, each mapped to one shared
 * identifier (a Wikidata QID where one exists): "NAVO", "NATO" and "Nato" are {@code Q7184};
 * "Rusland", "Russland", "Moskou" and "Moscow" are {@code Q159}, because a capital that speaks is
 * its state.
 *
 * <p>The default gazetteer is the union of the language modules' {@code gazetteer.tsv} files.
 * Extend or replace it:
 *
 * <pre>{@code
 * Gazetteer mine = Gazetteer.of(WhoSaid.availableModules().values()).toBuilder()
 *     .add("nl", new GazetteerEntry("Tweede Kamer", "Q233262", "House of Representatives", ActorType.ORGANIZATION))
 *     .add(new GazetteerEntry("ACME", "acme", "ACME Corporation", ActorType.ORGANIZATION)) // every language
 *     .build();
 * Corpus corpus = Corpus.builder(whoSaid).gazetteer(mine).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {

  /** The language of entries that hold in every language. */
  public static final String ANY_LANGUAGE = "";

  private static final Gazetteer EMPTY = new Gazetteer(List.of());

  private final List<Localised> entries;
  private final Map<String, Map<String, GazetteerEntry>> byFold = new HashMap<>();
  private final Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
  /** The first entry of each identifier per language, keyed by language, a NUL and the identifier. */
  private final Map<String, GazetteerEntry> byLanguageAndId = new HashMap<>();
  private final Map<String, GazetteerEntry> byCanonical = new HashMap<>();
  private final Map<String, FormMatcher<GazetteerEntry>> matchers = new ConcurrentHashMap<>();
  private final LastWordFilter lastWords;

  /** One entry and the language whose texts it is looked for in. */
  private record Localised(String language, GazetteerEntry entry) {}

  private Gazetteer(List<Localised> entries) {
    this.entries = ImmutableList.copyOf(entries);
    for (Localised l : entries) {
      GazetteerEntry e = l.entry();
      byFold.computeIfAbsent(NameFolder.fold(e.form()), k -> new LinkedHashMap<>()).putIfAbsent(l.language(), e);
      byId.putIfAbsent(e.id(), e);
      byLanguageAndId.putIfAbsent(l.language() + '\0' + e.id(), e);
      byCanonical.putIfAbsent(e.canonical().toLowerCase(Locale.ROOT), e);
    }
    this.lastWords = new LastWordFilter(byFold.keySet());
  }

  /** The gazetteer of the given language modules, each module's entries for its language. */
  public static Gazetteer of(Collection<? extends LanguageModule> modules) {
    Builder b = builder();
    modules.forEach(b::addAll);
    return b.build();
  }

  /** A gazetteer without entries. */
  public static Gazetteer empty() {
    return EMPTY;
  }

  /** Starts an empty gazetteer. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this gazetteer's entries. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.entries.addAll(entries);
    return b;
  }

  /** Number of forms. */
  public int size() {
    return entries.size();
  }

  /** The entries looked for in texts of {@code language} (its own and those of every language). */
  public List<GazetteerEntry> entries(String language) {
    return entries.stream().filter(l -> l.language().equals(language) || l.language().equals(ANY_LANGUAGE))
        .map(Localised::entry).collect(ImmutableList.toImmutableList());
  }

  /**
   * The entry for a form written in a text of {@code language}, case and diacritics aside: the
   * language's own entry first, then one for every language, then one from another language if
   * all languages agree on it. A genitive ("Russlands", "Russia’s") is its base form.
   */
  public Optional<GazetteerEntry> lookup(String form, String language) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(language, "language");
    if (!lastWords.mayHave(form)) {
      return Optional.empty();
    }
    Optional<GazetteerEntry> e = lookupFolded(NameFolder.fold(form), language);
    if (e.isEmpty()) {
      String base = withoutGenitive(form);
      if (!base.equals(form)) {
        e = lookupFolded(NameFolder.fold(base), language);
      }
    }
    return e;
  }

  /**
   * Whether {@code form} may be one of the gazetteer's forms, in any language, also in the
   * genitive: false means {@link #lookup} finds nothing for it. A quick test of its last word,
   * without folding the whole form, that turns most names away.
   */
  public boolean mayHave(CharSequence form) {
    return lastWords.mayHave(Objects.requireNonNull(form, "form"));
  }

  /** {@link #mayHave(CharSequence)} of the form written in {@code text[from, to)}, without making a string of it. */
  public boolean mayHave(char[] text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length);
    return lastWords.mayHave(text, from, to);
  }

  /** The entry for a form in any language: {@link #lookup(String, String)} with no language of its own. */
  public Optional<GazetteerEntry> lookup(String form) {
    return lookup(form, ANY_LANGUAGE);
  }

  /** The first entry with this identifier: its canonical name and type. */
  public Optional<GazetteerEntry> byId(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The first entry with this identifier for texts of {@code language}, as that language writes the
   * actor ("Duitsland" for Q183 in Dutch), else one for every language, else {@link #byId(String)}.
   */
  public Optional<GazetteerEntry> byId(String id, String language) {
    Objects.requireNonNull(id, "id");
    GazetteerEntry e = byLanguageAndId.get(Objects.requireNonNull(language, "language") + '\0' + id);
    if (e == null) {
      e = byLanguageAndId.get(ANY_LANGUAGE + '\0' + id);
    }
    return e != null ? Optional.of(e) : byId(id);
  }

  /** The first entry whose canonical English name is {@code name}, case aside ("russia"). */
  public Optional<GazetteerEntry> byCanonical(String name) {
    return Optional.ofNullable(byCanonical.get(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT)));
  }

  /** The gazetteer's forms of {@code language} in a text, leftmost longest, in text order. */
  public List<FormMatcher.Match<GazetteerEntry>> find(CharSequence text, String language) {
    return matcher(language).find(text);
  }

  /** Adds this gazetteer's forms for {@code language} to a matcher under construction. */
  public <T> void addForms(String language, FormMatcher.Builder<T> to, java.util.function.Function<GazetteerEntry, T> value) {
    for (GazetteerEntry e : entries(language)) {
      to.add(e.form(), value.apply(e));
    }
  }

  private FormMatcher<GazetteerEntry> matcher(String language) {
    return matchers.computeIfAbsent(language, lang -> {
      FormMatcher.Builder<GazetteerEntry> b = FormMatcher.builder();
      addForms(lang, b, e -> e);
      return b.build();
    });
  }

  private Optional<GazetteerEntry> lookupFolded(String folded, String language) {
    Map<String, GazetteerEntry> byLanguage = byFold.get(folded);
    if (byLanguage == null) {
      return Optional.empty();
    }
    GazetteerEntry e = byLanguage.get(language);
    if (e == null) {
      e = byLanguage.get(ANY_LANGUAGE);
    }
    if (e == null) {
      String id = null;
      for (GazetteerEntry other : byLanguage.values()) {
        if (id != null && !id.equals(other.id())) {
          return Optional.empty();
        }
        id = other.id();
        e = other;
      }
    }
    return Optional.ofNullable(e);
  }

  /** The form without a genitive ending: "Russia’s" → "Russia", "Russlands" → "Russland". */
  static String withoutGenitive(String form) {
    int n = form.length();
    if (n > 2 && (form.endsWith("’s") || form.endsWith("'s"))) {
      return form.substring(0, n - 2);
    }
    if (n > 3 && form.charAt(n - 1) == 's' && Character.isLetter(form.charAt(n - 2))) {
      return form.substring(0, n - 1);
    }
    return form;
  }

  @Override
  public String toString() {
    return "Gazetteer[" + entries.size() + " forms, " + byId.size() + " identifiers]";
  }

  /** Collects entries; {@link #build()} keeps, per form and language, the first entry added. */
  public static final class Builder {
    private final List<Localised> entries = new ArrayList<>();

    private Builder() {}

    /** Adds an entry looked for in texts of {@code language} (an ISO 639-1 code). */
    public Builder add(String language, GazetteerEntry entry) {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(entry, "entry");
      if (entry.form().isBlank() || entry.id().isBlank() || entry.canonical().isBlank()) {
        throw new IllegalArgumentException("a gazetteer entry needs a form, an id and a canonical name: " + entry);
      }
      entries.add(new Localised(language.strip().toLowerCase(Locale.ROOT), entry));
      return this;
    }

    /** Adds an entry looked for in texts of every language. */
    public Builder add(GazetteerEntry entry) {
      return add(ANY_LANGUAGE, entry);
    }

    /** Adds an entry for every language from its parts. */
    public Builder add(String form, String id, String canonical, ActorType type) {
      return add(new GazetteerEntry(form, id, canonical, type));
    }

    /** Adds every entry of a language module, for the module's language. */
    public Builder addAll(LanguageModule module) {
      Objects.requireNonNull(module, "module");
      for (GazetteerEntry e : module.gazetteer()) {
        add(module.language(), e);
      }
      return this;
    }

    /** Removes the entries that match, e.g. {@code e -> e.id().equals("Q30")}. */
    public Builder remove(Predicate<GazetteerEntry> which) {
      Objects.requireNonNull(which, "which");
      entries.removeIf(l -> which.test(l.entry()));
      return this;
    }

    public Gazetteer build() {
      return new Gazetteer(entries);
    }
  }
}
