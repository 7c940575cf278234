package dev.canon.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * An {@code entities} item written {@code extends: <id>} instead of {@code canonical}: more
 * aliases and context words for an entity of an <em>earlier</em> dictionary, merged into it when a
 * corrector is built ({@link Extensions#apply}). This is how a learned dictionary adds to the
 * user's entities without copying or replacing them. Immutable.
 *
 * @param id the id of the entity to extend, declared by an earlier dictionary
 * @param aliases aliases to add (rewritten to the entity's canonical)
 * @param context context words to add
 * @param location where the item is declared
 */
public record Extension(String id, List<String> aliases, List<String> context, Location location) {

  public Extension {
    Objects.requireNonNull(id, "id");
    aliases = List.copyOf(aliases);
    context = List.copyOf(context);
    Objects.requireNonNull(location, "location");
  }
}
