package org.whosaid.model;

import java.util.Objects;

/**
 * Identifies one real-world actor across articles and languages: "Poetin" and "Putin" have one
 * key. Keys are opaque strings; compare them with {@link #equals(Object)}.
 *
 * @param value the key's text, never blank
 */
public record ActorKey(String value) implements Comparable<ActorKey> {

  public ActorKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an actor key must not be blank");
    }
  }

  /** The key with the given text. */
  public static ActorKey of(String value) {
    return new ActorKey(value);
  }

  @Override
  public int compareTo(ActorKey o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
