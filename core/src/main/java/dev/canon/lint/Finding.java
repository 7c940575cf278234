package dev.canon.lint;

import dev.canon.dictionary.Location;
import java.util.Objects;

/**
 * One warning about a dictionary that loads but may not do what its author wants.
 *
 * @param location where the entity in question is declared
 * @param kind a short stable name: {@code collision}, {@code pinyin-collision},
 *     {@code sound-collision}, {@code everyday-word}, {@code shadowed-alias}
 * @param message what is wrong
 * @param fix what to do about it
 */
public record Finding(Location location, String kind, String message, String fix) {

  public Finding {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  @Override
  public String toString() {
    return location + ": warning [" + kind + "] " + message + "; " + fix;
  }
}
