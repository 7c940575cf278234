package dev.canon.dictionary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the location it was read from. Jackson's tree model drops locations, and
 * every load error must name a line and column, so the loader builds this small tree itself.
 */
sealed interface YamlNode {

  Location location();

  /** A human name for the node's kind, for "expected a list, got a map" messages. */
  String kind();

  /** A scalar; {@code isString} when YAML reads it as text (quoted, or plain and not a number or boolean). */
  record Scalar(String text, boolean isString, Location location) implements YamlNode {
    @Override
    public String kind() {
      if (text == null) {
        return "nothing";
      }
      if (isString) {
        return "text";
      }
      boolean bool = text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
      return (bool ? "the boolean " : "the number ") + text;
    }
  }

  record Sequence(List<YamlNode> items, Location location) implements YamlNode {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A mapping; {@code keys} holds the location of each key, in file order. */
  record Mapping(Map<String, YamlNode> values, Map<String, Location> keys, Location location)
      implements YamlNode {
    Mapping(Location location) {
      this(new LinkedHashMap<>(), new LinkedHashMap<>(), location);
    }

    @Override
    public String kind() {
      return "a map";
    }
  }
}
