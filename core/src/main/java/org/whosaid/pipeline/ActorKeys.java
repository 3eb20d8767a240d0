package org.whosaid.pipeline;

import java.util.Optional;
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
 */
public final class ActorKeys {

  private final NameKeys keys;

  public ActorKeys(LanguageModule module) {
    this.keys = NameKeys.of(module);
  }

  /** The gazetteer entry for a name, if the name is a known actor. */
  public Optional<GazetteerEntry> known(String name) {
    return keys.known(name);
  }

  /** The key of an actor with this name and type. */
  public ActorKey key(String name, ActorType type) {
    return keys.key(name, type);
  }

  /** Lower-case ASCII with every run of non-letters and non-digits one space. */
  public static String fold(String s) {
    return NameFolder.fold(s);
  }
}
