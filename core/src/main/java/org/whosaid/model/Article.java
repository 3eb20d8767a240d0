package org.whosaid.model;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: its text and what is known about it.
 *
 * <pre>{@code
 * Article a = Article.of(",,We geloven het als we zien”, zei Koeleba.");
 * Article b = Article.builder().id("kuleba.txt").text(text).language("nl").build();
 * }</pre>
 *
 * @param id        identifies the article in results (a file name, a URL, a database key)
 * @param text      the text, exactly as offsets refer to it
 * @param language  ISO 639-1 code, if known; otherwise it is identified from the text
 * @param title     the headline, if kept apart from the text
 * @param source    the publisher or feed, if known
 * @param published when it was published, if known
 */
public record Article(
    String id,
    String text,
    Optional<String> language,
    Optional<String> title,
    Optional<String> source,
    Optional<Instant> published) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    if (id.isBlank()) {
      throw new IllegalArgumentException("an article's id must not be blank");
    }
    language = language.map(Article::checkLanguage);
  }

  /** An article with the given text, an id derived from it, and its language to be identified. */
  public static Article of(String text) {
    Objects.requireNonNull(text, "text");
    return builder().text(text).build();
  }

  /** An article with the given id and text, its language to be identified. */
  public static Article of(String id, String text) {
    return builder().id(id).text(text).build();
  }

  /** Starts building an article. */
  public static Builder builder() {
    return new Builder();
  }

  /** This article with its language set. */
  public Article withLanguage(String language) {
    return new Article(id, text, Optional.of(language), title, source, published);
  }

  static String checkLanguage(String language) {
    Objects.requireNonNull(language, "language");
    String code = language.strip().toLowerCase(Locale.ROOT);
    if (code.length() != 2 || !Character.isLetter(code.charAt(0)) || !Character.isLetter(code.charAt(1))) {
      throw new IllegalArgumentException("language must be a two-letter ISO 639-1 code, not '" + language + "'");
    }
    return code;
  }

  /** Builds an {@link Article}; {@link #build()} checks that the text is set. */
  public static final class Builder {
    private String id;
    private String text;
    private String language;
    private String title;
    private String source;
    private Instant published;

    private Builder() {}

    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    public Builder text(String text) {
      this.text = Objects.requireNonNull(text, "text");
      return this;
    }

    public Builder language(String language) {
      this.language = checkLanguage(language);
      return this;
    }

    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    public Builder published(Instant published) {
      this.published = Objects.requireNonNull(published, "published");
      return this;
    }

    public Article build() {
      if (text == null) {
        throw new IllegalStateException("an article needs a text");
      }
      String theId = id != null ? id
          : "article-" + Hashing.murmur3_128().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 16);
      return new Article(theId, text, Optional.ofNullable(language), Optional.ofNullable(title),
          Optional.ofNullable(source), Optional.ofNullable(published));
    }
  }
}
