package org.whosaid;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.whosaid.model.Article;
import org.whosaid.pipeline.Extractor;
import org.whosaid.pipeline.LanguageIdentifier;
import org.whosaid.pipeline.Tokens;
import org.whosaid.spi.LanguageModule;

/**
 * Says who said what in news articles. Build one, keep it, and share it: a {@code WhoSaid} is
 * immutable and safe to use from many threads at once.
 *
 * <pre>{@code
 * WhoSaid whoSaid = WhoSaid.builder().languages("nl", "en").build();
 * for (Statement s : whoSaid.extract(Article.of(text)).statements()) {
 *   System.out.println(s.speaker().map(sp -> sp.actor().name()).orElse("?") + ": " + s.content());
 * }
 * }</pre>
 *
 * <p>With no languages named it uses every {@link LanguageModule} on the class or module path.
 * Articles that do not say their language are identified from their text.
 */
public final class WhoSaid {

  private final Map<String, Extractor> extractors;
  private final LanguageIdentifier identifier;
  private final UnknownLanguagePolicy unknownLanguage;
  private final Optional<String> fallback;

  private WhoSaid(Builder b, Map<String, LanguageModule> modules) {
    ImmutableMap.Builder<String, Extractor> ex = ImmutableMap.builder();
    modules.forEach((code, module) -> ex.put(code, new Extractor(module)));
    this.extractors = ex.build();
    this.identifier = new LanguageIdentifier(List.copyOf(modules.values()));
    this.unknownLanguage = b.unknownLanguage;
    this.fallback = Optional.ofNullable(b.fallback);
  }

  /** A {@code WhoSaid} with every language module available. */
  public static WhoSaid create() {
    return builder().build();
  }

  /** Starts configuring a {@code WhoSaid}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The ISO 639-1 codes of the languages this instance processes. */
  public Set<String> languages() {
    return ImmutableSortedSet.copyOf(extractors.keySet());
  }

  /** Every language module found on the class or module path, by language code. */
  public static Map<String, LanguageModule> availableModules() {
    Map<String, LanguageModule> found = new LinkedHashMap<>();
    for (LanguageModule m : ServiceLoader.load(LanguageModule.class, WhoSaid.class.getClassLoader())) {
      found.putIfAbsent(m.language(), m);
    }
    if (found.isEmpty()) {
      for (LanguageModule m : ServiceLoader.load(LanguageModule.class)) {
        found.putIfAbsent(m.language(), m);
      }
    }
    return found;
  }

  /** Finds the statements and actors of a text whose language is identified from it. */
  public Extraction extract(String text) {
    return extract(Article.of(Objects.requireNonNull(text, "text")));
  }

  /**
   * Finds the statements and actors of an article. Never returns a silent empty result for an
   * article it could not process: see {@link Extraction#skipReason()}.
   *
   * @throws LanguageNotAvailableException when the article's language has no module and the
   *     policy is {@link UnknownLanguagePolicy#FAIL}
   */
  public Extraction extract(Article article) {
    Objects.requireNonNull(article, "article");
    // the words of the text serve both to identify its language and to extract from it
    Tokens words = article.language().isPresent() ? null : Tokens.words(article.text());
    try {
      return extract(article, words);
    } finally {
      if (words != null) {
        words.release();
      }
    }
  }

  private Extraction extract(Article article, Tokens words) {
    String language = words == null ? article.language().get() : identifier.identify(words).orElse(null);
    String reason;
    if (language == null) {
      reason = "the language of the text could not be identified among " + String.join(", ", languages());
    } else if (!extractors.containsKey(language)) {
      reason = "no language module for '" + language + "'; available: " + String.join(", ", languages());
    } else {
      return extractors.get(language).extract(article, words);
    }
    switch (unknownLanguage) {
      case FALLBACK:
        return extractors.get(fallback.orElseThrow()).extract(article, words);
      case FAIL:
        throw new LanguageNotAvailableException(language == null ? "unidentified" : language, languages());
      default:
        return Extraction.skipped(article, reason);
    }
  }

  /** An empty {@link Corpus} whose articles this instance extracts: actors and claims across articles. */
  public Corpus corpus() {
    return Corpus.of(this);
  }

  /** Identifies the language of a text among this instance's languages, if any fits. */
  public Optional<String> identifyLanguage(CharSequence text) {
    return identifier.identify(Objects.requireNonNull(text, "text"));
  }

  @Override
  public String toString() {
    return "WhoSaid" + languages();
  }

  /** Configures a {@link WhoSaid}; {@link #build()} checks that every named language is available. */
  public static final class Builder {
    private final Set<String> languages = new LinkedHashSet<>();
    private final List<LanguageModule> modules = new ArrayList<>();
    private UnknownLanguagePolicy unknownLanguage = UnknownLanguagePolicy.SKIP;
    private String fallback;

    private Builder() {}

    /** Restricts processing to these languages (ISO 639-1 codes); by default, all available. */
    public Builder languages(String... codes) {
      Objects.requireNonNull(codes, "codes");
      for (String c : codes) {
        Objects.requireNonNull(c, "languages contains null");
        languages.add(c.strip().toLowerCase(Locale.ROOT));
      }
      return this;
    }

    /** Adds modules directly, in addition to (and in place of same-language) discovered ones. */
    public Builder modules(LanguageModule... extra) {
      Objects.requireNonNull(extra, "modules");
      Arrays.stream(extra).map(m -> Objects.requireNonNull(m, "modules contains null")).forEach(modules::add);
      return this;
    }

    /** What to do with articles in a language without a module; by default {@link UnknownLanguagePolicy#SKIP}. */
    public Builder onUnknownLanguage(UnknownLanguagePolicy policy) {
      this.unknownLanguage = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Processes articles in languages without a module as this language. */
    public Builder fallbackLanguage(String code) {
      this.fallback = Objects.requireNonNull(code, "code").strip().toLowerCase(Locale.ROOT);
      this.unknownLanguage = UnknownLanguagePolicy.FALLBACK;
      return this;
    }

    public WhoSaid build() {
      Map<String, LanguageModule> available = new LinkedHashMap<>(availableModules());
      for (LanguageModule m : modules) {
        available.put(m.language(), m);
      }
      Map<String, LanguageModule> chosen = new LinkedHashMap<>();
      if (languages.isEmpty()) {
        chosen.putAll(available);
      } else {
        for (String code : languages) {
          LanguageModule m = available.get(code);
          if (m == null) {
            throw new LanguageNotAvailableException(code, available.keySet());
          }
          chosen.put(code, m);
        }
      }
      if (chosen.isEmpty()) {
        throw new IllegalStateException("no language module found: add whosaid-lang-nl, -no, -en or your own to the class path");
      }
      if (unknownLanguage == UnknownLanguagePolicy.FALLBACK) {
        if (fallback == null) {
          throw new IllegalStateException("the FALLBACK policy needs fallbackLanguage(...)");
        }
        if (!chosen.containsKey(fallback)) {
          throw new LanguageNotAvailableException(fallback, chosen.keySet());
        }
      }
      return new WhoSaid(this, chosen);
    }
  }
}
