package dev.canon.dictionary;

import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks a {@link YamlNode} tree against the dictionary format and builds a {@link Dictionary}. */
final class DictionaryParser {

  static final Set<String> TOP_KEYS = Set.of("name", "version", "keep", "context", "entities", "rules", "thresholds", "disable");
  static final Set<String> ENTITY_KEYS =
      Set.of("canonical", "id", "type", "aliases", "synonyms", "context", "fuzzy", "thresholds", "override", "pinyin");
  static final Set<String> RULE_KEYS = Set.of("pattern", "replace");
  static final Set<String> THRESHOLD_KEYS = Set.of("apply", "suggest");
  static final int FORMAT_VERSION = 1;

  private final String source;
  private final String fingerprint;

  DictionaryParser(String source, String fingerprint) {
    this.source = source;
    this.fingerprint = fingerprint;
  }

  Dictionary parse(YamlNode root) {
    if (root == null || (root instanceof YamlNode.Scalar s && s.text() == null)) {
      throw new DictionaryException(
          new Location(source, 1, 1), "the file is empty; a dictionary needs at least a name and version: 1");
    }
    YamlNode.Mapping top = mapping(root, "the dictionary");
    checkKeys(top, TOP_KEYS, "");
    String name = requiredText(top, "name", "");
    checkVersion(top);
    List<String> keep = texts(top, "keep", "");
    List<Entity> entities = entities(top, texts(top, "context", ""));
    List<Rule> rules = rules(top);
    checkForms(entities);
    return new Dictionary(name, keep, entities, rules, source, fingerprint, thresholds(top, ""),
        texts(top, "disable", ""), overrides);
  }

  private static List<String> withShared(List<String> own, List<String> shared) {
    if (shared.isEmpty()) {
      return own;
    }
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(own);
    all.addAll(shared);
    return List.copyOf(all);
  }

  private void checkVersion(YamlNode.Mapping top) {
    YamlNode version = top.values().get("version");
    if (version == null) {
      throw new DictionaryException(
          top.location(), "missing key \"version\"; add version: " + FORMAT_VERSION);
    }
    if (!(version instanceof YamlNode.Scalar s) || !String.valueOf(FORMAT_VERSION).equals(s.text())) {
      throw new DictionaryException(
          version.location(),
          "unsupported version " + describe(version) + "; this Canon reads version: " + FORMAT_VERSION);
    }
  }

  /** Ids of entities marked {@code override: true}, filled by {@link #entities}. */
  private final List<String> overrides = new ArrayList<>();

  /**
   * The entities; {@code shared} are the dictionary's top-level context words, which every entity
   * takes after its own (a place-name list: 导航, 去, 到).
   */
  private List<Entity> entities(YamlNode.Mapping top, List<String> shared) {
    YamlNode node = top.values().get("entities");
    if (node == null || (node instanceof YamlNode.Scalar s && s.text() == null)) {
      return List.of();
    }
    List<Entity> out = new ArrayList<>();
    Map<String, Entity> byId = new HashMap<>();
    List<YamlNode> items = sequence(node, "entities").items();
    for (int i = 0; i < items.size(); i++) {
      String path = "entities[" + i + "]";
      YamlNode.Mapping map = mapping(items.get(i), path);
      checkKeys(map, ENTITY_KEYS, path + ".");
      String canonical = requiredText(map, "canonical", path + ".");
      String id = optionalText(map, "id", path + ".");
      if (id == null) {
        id = Entity.deriveId(canonical);
      }
      String type = optionalText(map, "type", path + ".");
      boolean fuzzy = optionalBoolean(map, "fuzzy", true, path + ".");
      if (optionalBoolean(map, "override", false, path + ".")) {
        overrides.add(id);
      }
      Entity entity =
          new Entity(
              id,
              canonical,
              type == null ? "" : type,
              texts(map, "aliases", path + "."),
              texts(map, "synonyms", path + "."),
              withShared(texts(map, "context", path + "."), shared),
              fuzzy,
              map.location(),
              thresholds(map, path + "."),
              PinnedReading.parse(map, canonical, path + "."));
      Entity previous = byId.putIfAbsent(id, entity);
      if (previous != null) {
        Location at = map.keys().getOrDefault("id", map.location());
        throw new DictionaryException(
            at,
            "duplicate id \"" + id + "\": entity \"" + canonical + "\" and entity \""
                + previous.canonical() + "\" (line " + previous.location().line()
                + ") both have it; give one of them another id");
      }
      out.add(entity);
    }
    return out;
  }

  /**
   * One normalized form may belong to one entity only: an alias claimed by two entities, or an
   * alias that is another entity's canonical or synonym, cannot be resolved.
   */
  private void checkForms(List<Entity> entities) {
    record Owner(Entity entity, String role, String form) {}
    Map<String, Owner> owners = new HashMap<>();
    for (Entity e : entities) {
      List<String[]> forms = new ArrayList<>();
      forms.add(new String[] {"canonical", e.canonical()});
      e.synonyms().forEach(s -> forms.add(new String[] {"synonym", s}));
      e.aliases().forEach(a -> forms.add(new String[] {"alias", a}));
      for (String[] f : forms) {
        String key = NormalizedText.normalize(f[1]);
        Owner previous = owners.putIfAbsent(key, new Owner(e, f[0], f[1]));
        if (previous != null && previous.entity() != e && ("alias".equals(f[0]) || "alias".equals(previous.role()))) {
          throw new DictionaryException(
              e.location(),
              f[0] + " \"" + f[1] + "\" of entity \"" + e.id() + "\" is already "
                  + article(previous.role()) + " \"" + previous.form() + "\" of entity \""
                  + previous.entity().id() + "\" (line " + previous.entity().location().line()
                  + "); one form can name only one entity, remove it from one of them");
        }
      }
    }
  }

  private static String article(String role) {
    return ("alias".equals(role) ? "an " : "the ") + role;
  }

  private List<Rule> rules(YamlNode.Mapping top) {
    YamlNode node = top.values().get("rules");
    if (node == null || (node instanceof YamlNode.Scalar s && s.text() == null)) {
      return List.of();
    }
    List<Rule> out = new ArrayList<>();
    List<YamlNode> items = sequence(node, "rules").items();
    for (int i = 0; i < items.size(); i++) {
      String path = "rules[" + i + "].";
      YamlNode.Mapping map = mapping(items.get(i), "rules[" + i + "]");
      checkKeys(map, RULE_KEYS, path);
      String pattern = requiredText(map, "pattern", path);
      String replace = map.values().containsKey("replace") ? optionalText(map, "replace", path) : null;
      if (replace == null) {
        throw new DictionaryException(map.location(), "missing key \"" + path + "replace\"");
      }
      Location at = map.values().get("pattern").location();
      Pattern compiled;
      try {
        compiled = Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new DictionaryException(
            at, "bad regular expression in " + path + "pattern: " + e.getDescription()
                + " near index " + e.getIndex() + " of " + pattern);
      }
      RuleSafety.check(compiled, replace, at, path);
      out.add(new Rule(compiled, replace, at));
    }
    return out;
  }

  /** Optional {@code thresholds: {apply: 0.9, suggest: 0.7}}; a missing suggest equals apply. */
  private java.util.Optional<Thresholds> thresholds(YamlNode.Mapping owner, String path) {
    YamlNode node = owner.values().get("thresholds");
    if (node == null) {
      return java.util.Optional.empty();
    }
    YamlNode.Mapping map = mapping(node, path + "thresholds");
    checkKeys(map, THRESHOLD_KEYS, path + "thresholds.");
    double apply = number(map, "apply", path + "thresholds.", Thresholds.DEFAULT.apply());
    double suggest = number(map, "suggest", path + "thresholds.", Math.min(apply, Thresholds.DEFAULT.suggest()));
    if (!(apply > 0 && apply <= 1) || !(suggest > 0 && suggest <= apply)) {
      throw new DictionaryException(map.location(), path + "thresholds need 0 < suggest <= apply <= 1; got apply="
          + apply + ", suggest=" + suggest);
    }
    return java.util.Optional.of(new Thresholds(apply, suggest));
  }

  private double number(YamlNode.Mapping map, String key, String path, double fallback) {
    YamlNode node = map.values().get(key);
    if (node == null) {
      return fallback;
    }
    if (node instanceof YamlNode.Scalar s && !s.isString() && s.text() != null) {
      try {
        return Double.parseDouble(s.text());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new DictionaryException(node.location(), "\"" + path + key + "\" must be a number; got " + describe(node));
  }

  // ---- small typed accessors, each failing with the key path and location ----

  private YamlNode.Mapping mapping(YamlNode node, String what) {
    if (node instanceof YamlNode.Mapping m) {
      return m;
    }
    throw new DictionaryException(node.location(), what + " must be a map; got " + node.kind());
  }

  private YamlNode.Sequence sequence(YamlNode node, String what) {
    if (node instanceof YamlNode.Sequence s) {
      return s;
    }
    throw new DictionaryException(node.location(), what + " must be a list; got " + node.kind());
  }

  private void checkKeys(YamlNode.Mapping map, Set<String> allowed, String path) {
    for (Map.Entry<String, Location> key : map.keys().entrySet()) {
      if (!allowed.contains(key.getKey())) {
        throw new DictionaryException(
            key.getValue(),
            "unknown key \"" + path + key.getKey() + "\"; expected one of "
                + allowed.stream().sorted().toList());
      }
    }
  }

  private String requiredText(YamlNode.Mapping map, String key, String path) {
    String text = optionalText(map, key, path);
    if (text == null || text.isBlank()) {
      Location at = map.values().containsKey(key) ? map.values().get(key).location() : map.location();
      throw new DictionaryException(at, "missing " + (map.values().containsKey(key) ? "value of " : "") + "key \"" + path + key + "\"");
    }
    return text;
  }

  private String optionalText(YamlNode.Mapping map, String key, String path) {
    YamlNode node = map.values().get(key);
    if (node == null) {
      return null;
    }
    if (node instanceof YamlNode.Scalar s) {
      return s.text();
    }
    throw new DictionaryException(
        node.location(), "\"" + path + key + "\" must be text; got " + node.kind());
  }

  private boolean optionalBoolean(YamlNode.Mapping map, String key, boolean fallback, String path) {
    YamlNode node = map.values().get(key);
    if (node == null) {
      return fallback;
    }
    if (node instanceof YamlNode.Scalar s && !s.isString() && s.text() != null
        && (s.text().equals("true") || s.text().equals("false"))) {
      return Boolean.parseBoolean(s.text());
    }
    throw new DictionaryException(
        node.location(), "\"" + path + key + "\" must be true or false; got " + describe(node));
  }

  /** A list of non-blank texts; a single text is accepted as a list of one. */
  private List<String> texts(YamlNode.Mapping map, String key, String path) {
    YamlNode node = map.values().get(key);
    if (node == null || (node instanceof YamlNode.Scalar s && s.text() == null)) {
      return List.of();
    }
    List<YamlNode> items =
        node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
    List<String> out = new ArrayList<>();
    for (YamlNode item : items) {
      if (!(item instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
        throw new DictionaryException(
            item.location(), "every item of \"" + path + key + "\" must be non-empty text; got " + describe(item));
      }
      out.add(s.text());
    }
    return out;
  }

  private static String describe(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.text() != null ? "\"" + s.text() + "\"" : node.kind();
  }
}
