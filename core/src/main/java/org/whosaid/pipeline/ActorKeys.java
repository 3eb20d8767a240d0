package org.whosaid.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.whosaid.link.NameFolder;
import org.whosaid.link.NameKeys;
import org.whosaid.model.ActorKey;
import org.whosaid.model.ActorType;
import org.whosaid.spi.GazetteerEntry;
import org.whosaid.spi.LanguageModule;

/**
 * The pipeline's access to {@link NameKeys}: {@link ActorKey}s that are equal for the same actor
 * across languages, a gazetteer identifier where the name is a known actor, otherwise the name in
 * the common spelling of {@link NameFolder}.
 *
 * <p>The same names come back in article after article, and every name of an article is looked up
 * in the gazetteer and keyed: each thread remembers the answers for up to {@value #REMEMBERED}
 * names (and then starts afresh), so that a frequent name is folded once, not once per article.
 * The answers are those of {@link NameKeys}, which depend on the name alone; kept per thread, they
 * are never shared or locked, and their memory is bounded.
 */
public final class ActorKeys {

  /** How many names, per thread and kind of answer, are remembered at most. */
  static final int REMEMBERED = 8192;

  private final NameKeys keys;
  private final ThreadLocal<Remembered> remembered = ThreadLocal.withInitial(Remembered::new);

  public ActorKeys(LanguageModule module) {
    this.keys = NameKeys.of(module);
  }

  /** The gazetteer entry for a name, if the name is a known actor. */
  public Optional<GazetteerEntry> known(String name) {
    if (!keys.mayBeKnown(name)) {
      return Optional.empty(); // most names: no lookup at all
    }
    return answer(remembered.get().known, name, keys::known);
  }

  /** {@link NameKeys#stateOf}: the state a nationality word names, as the language writes it. */
  public Optional<GazetteerEntry> stateOf(String nationality) {
    return keys.stateOf(nationality);
  }

  /** Whether the name written in {@code text[from, to)} may be a known actor: false means {@link #known} finds none. */
  public boolean mayBeKnown(char[] text, int from, int to) {
    return keys.mayBeKnown(text, from, to);
  }

  /** The key of an actor with this name and type. */
  public ActorKey key(String name, ActorType type) {
    return answer(remembered.get().keys.get(type.ordinal()), name, n -> keys.key(n, type));
  }

  /** Lower-case ASCII with every run of non-letters and non-digits one space. */
  public static String fold(String s) {
    return NameFolder.fold(s);
  }

  /** One thread's answers for the names it asked about. */
  private static final class Remembered {
    final Map<String, Optional<GazetteerEntry>> known = sized();
    final List<Map<String, ActorKey>> keys = Stream.of(ActorType.values()).map(t -> ActorKeys.<ActorKey>sized())
        .collect(Collectors.toList());
  }

  /** A map that holds {@link #REMEMBERED} entries without growing, so that remembering allocates no more than the entry. */
  private static <V> Map<String, V> sized() {
    return new HashMap<>(REMEMBERED * 4 / 3 + 1);
  }

  /** The answer for {@code name} in {@code answers}, asked of {@code ask} the first time; forgets all when full. */
  private static <V> V answer(Map<String, V> answers, String name, Function<String, V> ask) {
    V v = answers.get(name);
    if (v == null) {
      if (answers.size() >= REMEMBERED) {
        answers.clear();
      }
      v = ask.apply(name);
      answers.put(name, v);
    }
    return v;
  }
}
