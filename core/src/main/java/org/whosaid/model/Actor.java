package org.whosaid.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, organisation or group that speaks or is spoken of.
 *
 * <pre>{@code
 * Actor kuleba = Actor.builder("Dmytro Kuleba")
 *     .type(ActorType.PERSON)
 *     .role("Foreign Minister")
 *     .key(ActorKey.of("person:kuleba:dmytro"))
 *     .build();
 * }</pre>
 *
 * @param name        the fullest name the text gives, or the description of an anonymous source
 * @param type        what kind of actor this is
 * @param role        title or role ("minister van Buitenlandse Zaken"), if the text gives one
 * @param affiliation the organisation or state the actor belongs to or speaks for, if known
 * @param key         identifies the actor across articles and languages
 * @param forms       the surface forms seen, in order of first appearance, starting with {@code name}
 */
public record Actor(
    String name,
    ActorType type,
    Optional<String> role,
    Optional<String> affiliation,
    ActorKey key,
    List<String> forms) {

  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(affiliation, "affiliation");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(forms, "forms");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an actor's name must not be blank");
    }
    LinkedHashSet<String> all = new LinkedHashSet<>();
    all.add(name);
    for (String f : forms) {
      all.add(Objects.requireNonNull(f, "forms contains null"));
    }
    forms = ImmutableList.copyOf(all);
  }

  /** Starts an actor with the given display name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder that starts from this actor's values. */
  public Builder toBuilder() {
    Builder b = new Builder(name).type(type).key(key);
    role.ifPresent(b::role);
    affiliation.ifPresent(b::affiliation);
    forms.forEach(b::form);
    return b;
  }

  /** Builds an {@link Actor}; {@link #build()} checks that a key is set. */
  public static final class Builder {
    private final String name;
    private ActorType type = ActorType.PERSON;
    private String role;
    private String affiliation;
    private ActorKey key;
    private final List<String> forms = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public Builder type(ActorType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    public Builder role(String role) {
      this.role = Objects.requireNonNull(role, "role");
      return this;
    }

    public Builder affiliation(String affiliation) {
      this.affiliation = Objects.requireNonNull(affiliation, "affiliation");
      return this;
    }

    public Builder key(ActorKey key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    public Builder form(String form) {
      forms.add(Objects.requireNonNull(form, "form"));
      return this;
    }

    public Actor build() {
      if (key == null) {
        throw new IllegalStateException("actor '" + name + "' has no key");
      }
      return new Actor(name, type, Optional.ofNullable(role).filter(r -> !r.isBlank()),
          Optional.ofNullable(affiliation).filter(a -> !a.isBlank()), key, forms);
    }
  }
}
