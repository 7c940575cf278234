package dev.canon.dictionary;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  private final Limits limits;
  private final YAMLFactory factory;

  YamlReader(Limits limits) {
    this.limits = limits;
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(limits.maxCodePoints());
    options.setNestingDepthLimit(limits.maxNesting());
    options.setMaxAliasesForCollections(limits.maxAliases());
    // Duplicate keys are reported by Walk, with both lines.
    options.setAllowDuplicateKeys(true);
    this.factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNesting() + 1)
                    .maxStringLength(limits.maxCodePoints())
                    .build())
            .build();
  }

  /**
   * Reads the single document of {@code reader}; {@code null} for an empty document. A second
   * document is an error: it would otherwise be dropped without a word.
   */
  YamlNode read(Reader reader, String source) throws IOException {
    try (JsonParser parser = factory.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      YamlNode root = new Walk(parser, source).value(1);
      if (parser.nextToken() != null) {
        throw new DictionaryException(location(parser.currentTokenLocation(), source),
            "a second YAML document starts here; put one dictionary per file");
      }
      return root;
    }
  }

  /**
   * One pass over a document. Anchored values are kept so that an alias ({@code *name}) reuses
   * the same node: nothing is copied, so an alias bomb cannot grow, and the alias count is bounded.
   */
  private final class Walk {
    private final JsonParser parser;
    private final String source;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private int aliases;

    Walk(JsonParser parser, String source) {
      this.parser = parser;
      this.source = source;
    }

    YamlNode value(int depth) throws IOException {
      Location at = location(parser.currentTokenLocation(), source);
      if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        return alias(yaml.getText(), at);
      }
      boolean container = parser.currentToken() == JsonToken.START_OBJECT
          || parser.currentToken() == JsonToken.START_ARRAY;
      if (container && depth > limits.maxNesting()) {
        throw new DictionaryException(at, "maps and lists nest deeper than " + limits.maxNesting()
            + " levels; a dictionary needs at most 4");
      }
      String anchor = parser instanceof YAMLParser yaml ? yaml.getCurrentAnchor() : null;
      YamlNode node = switch (parser.currentToken()) {
        case START_OBJECT -> mapping(at, depth);
        case START_ARRAY -> {
          List<YamlNode> items = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(depth + 1));
          }
          yield new YamlNode.Sequence(items, at);
        }
        case VALUE_NULL -> new YamlNode.Scalar(null, false, at);
        case VALUE_STRING -> new YamlNode.Scalar(parser.getText(), true, at);
        default -> new YamlNode.Scalar(parser.getText(), false, at);
      };
      if (anchor != null) {
        anchors.put(anchor, node);
      }
      return node;
    }

    private YamlNode.Mapping mapping(Location at, int depth) throws IOException {
      YamlNode.Mapping map = new YamlNode.Mapping(at);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        Location keyAt = location(parser.currentTokenLocation(), source);
        Location first = map.keys().get(key);
        if (first != null) {
          throw new DictionaryException(keyAt, "key \"" + key + "\" appears twice in one map (first at line "
              + first.line() + "); keep one");
        }
        parser.nextToken();
        map.keys().put(key, keyAt);
        map.values().put(key, value(depth + 1));
      }
      return map;
    }

    private YamlNode alias(String name, Location at) {
      if (++aliases > limits.maxAliases()) {
        throw new DictionaryException(at, "more than " + limits.maxAliases()
            + " YAML aliases (*name); write the values out instead");
      }
      YamlNode target = anchors.get(name);
      if (target == null) {
        throw new DictionaryException(at, "YAML alias *" + name + " names no anchor &" + name + " above it");
      }
      return target;
    }
  }

  private static Location location(JsonLocation at, String source) {
    return new Location(source, at.getLineNr(), at.getColumnNr());
  }
}
