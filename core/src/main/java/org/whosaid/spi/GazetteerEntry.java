package org.whosaid.spi;

import java.util.Objects;
import org.whosaid.model.ActorType;

/**
 * A surface form of a well-known actor.
 *
 * @param form      the form as written ("NAVO", "het Kremlin" is written "Kremlin")
 * @param id        the shared identifier, a Wikidata QID where one exists ("Q7184")
 * @param canonical the actor's canonical English name ("NATO")
 * @param type      what kind of actor it is
 */
public record GazetteerEntry(String form, String id, String canonical, ActorType type) {
  public GazetteerEntry {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
  }
}
