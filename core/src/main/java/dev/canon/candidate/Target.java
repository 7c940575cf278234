package dev.canon.candidate;

import dev.canon.dictionary.Entity;
import java.util.Objects;

/**
 * What a candidate would link to: an entity of a dictionary.
 *
 * @param entity the entity
 * @param dictionary name of its dictionary
 * @param priority order of its dictionary among the loaded ones (0 first); breaks ties
 */
public record Target(Entity entity, String dictionary, int priority) {

  public Target {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(dictionary, "dictionary");
  }
}
