package dev.canon.dictionary;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML into {@link YamlNode}s with locations. Only plain data comes out: no type tags are
 * honoured and no objects are constructed, so a hostile file cannot instantiate classes. Anchors
 * and aliases ("billion laughs"), nesting and size are bounded by {@link Limits}.
 */
final class YamlReader {

  /**
   * Bounds on what one dictionary file may hold.
   *
   * @param maxCodePoints largest file, in code points
   * @param maxNesting deepest nesting of maps and lists
   * @param maxAliases most YAML aliases ({@code *ref}) in collections
   */
  record Limits(int maxCodePoints, int maxNesting, int maxAliases) {
    static final Limits DEFAULT = new Limits(64 * 1024 * 1024, 32, 50);
  }

  private final YAMLFactory factory;

  YamlReader(Limits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(limits.maxCodePoints());
    options.setNestingDepthLimit(limits.maxNesting());
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setAllowDuplicateKeys(false);
    this.factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNesting())
                    .maxStringLength(limits.maxCodePoints())
                    .build())
            .build();
  }

  /** Reads the single document of {@code reader}; {@code null} for an empty document. */
  YamlNode read(Reader reader, String source) throws IOException {
    try (JsonParser parser = factory.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      return readValue(parser, source);
    }
  }

  private YamlNode readValue(JsonParser parser, String source) throws IOException {
    Location at = location(parser.currentTokenLocation(), source);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        YamlNode.Mapping map = new YamlNode.Mapping(at);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          Location keyAt = location(parser.currentTokenLocation(), source);
          if (map.values().containsKey(key)) {
            throw new DictionaryException(keyAt, "key \"" + key + "\" appears twice in one map");
          }
          parser.nextToken();
          map.keys().put(key, keyAt);
          map.values().put(key, readValue(parser, source));
        }
        return map;
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser, source));
        }
        return new YamlNode.Sequence(items, at);
      }
      case VALUE_NULL -> {
        return new YamlNode.Scalar(null, false, at);
      }
      case VALUE_STRING -> {
        return new YamlNode.Scalar(parser.getText(), true, at);
      }
      default -> {
        return new YamlNode.Scalar(parser.getText(), false, at);
      }
    }
  }

  private static Location location(JsonLocation at, String source) {
    return new Location(source, at.getLineNr(), at.getColumnNr());
  }
}
