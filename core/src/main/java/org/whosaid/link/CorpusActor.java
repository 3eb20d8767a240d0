package org.whosaid.link;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.whosaid.model.ActorKey;
import org.whosaid.model.ActorType;

/**
 * One real-world actor across all articles of a corpus, under every name it was written with.
 *
 * <pre>{@code
 * for (CorpusActor a : corpus.actors()) {
 *   System.out.println(a.name() + " " + a.languages() + " " + a.aliases());
 * }
 * // Dmytro Kuleba [en, nl] [Alias[form=Dmitro Koeleba, language=nl, count=2], ...]
 * }</pre>
 *
 * @param key        the actor's key, equal in every article and language
 * @param name       its display name: the canonical name of a known actor, else the fullest name
 *                   in the common spelling
 * @param type       what kind of actor it is
 * @param aliases    every form it was named with, per language, most frequent first
 * @param articles   the ids of the articles that name it, sorted
 * @param statements how many statements it made
 */
public record CorpusActor(ActorKey key, String name, ActorType type, List<Alias> aliases, List<String> articles, int statements) {

  public CorpusActor {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = ImmutableList.copyOf(aliases);
    articles = ImmutableList.copyOf(articles);
    if (statements < 0) {
      throw new IllegalArgumentException("statements must not be negative");
    }
  }

  /** The languages it was named in, sorted. */
  public Set<String> languages() {
    Set<String> out = new TreeSet<>();
    aliases.forEach(a -> out.add(a.language()));
    return out;
  }

  /** How many times it was named, over all forms. */
  public int mentions() {
    return aliases.stream().mapToInt(Alias::count).sum();
  }

  /**
   * One form an actor was named with in one language.
   *
   * @param form     the words as written ("Dmitro Koeleba", "Russlands")
   * @param language ISO 639-1 code of the articles it was written in
   * @param count    how many times it was found
   */
  public record Alias(String form, String language, int count) {
    public Alias {
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(language, "language");
      if (count < 1) {
        throw new IllegalArgumentException("an alias is counted at least once");
      }
    }
  }
}
