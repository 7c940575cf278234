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

  static final Set<String> TOP_KEYS = Set.of("name", "version", "keep", "context", "entities", "rules", "thresholds",
      "disable", "profile");
  static final Set<String> ENTITY_KEYS =
      Set.of("canonical", "id", "type", "aliases", "synonyms", "context", "fuzzy", "thresholds", "override", "pinyin");
  static final Set<String> EXTENSION_KEYS = Set.of("extends", "aliases", "context");
  static final Set<String> RULE_KEYS = Set.of("pattern", "replace");
  static final Set<String> THRESHOLD_KEYS = Set.of("apply", "suggest");
  static final int FORMAT_VERSION = 1;

  private final String source;
  private final String fingerprint;

  DictionaryParser(String source, String fingerprint) {
    this.source = source;
    this.fingerprint = fingerprint;
  }

  /** Every problem found so far; the parser goes on after each so that one run reports them all. */
  private final List<DictionaryException> problems = new ArrayList<>();

  /** Ids of entities marked {@code override: true}, filled by {@link #entities}. */
  private final List<String> overrides = new ArrayList<>();

  /** A text read from a list, with where it stands and the key of its list ({@code aliases}). */
  private record Item(String text, Location location, String key) {}

  Dictionary parse(YamlNode root) {
    if (root == null || (root instanceof YamlNode.Scalar s && s.text() == null)) {
      throw new DictionaryException(
          new Location(source, 1, 1), "the file is empty; a dictionary needs at least a name and version: 1");
    }
    YamlNode.Mapping top = mapping(root, "the dictionary");
    checkKeys(top, TOP_KEYS, "");
    String name = attempt(() -> requiredText(top, "name", ""), "");
    attempt(() -> checkVersion(top), null);
    List<String> keep = textsOf(top, "keep", "");
    sharedContext = attempt(() -> textsOf(top, "context", ""), List.of());
    List<Entity> entities = entities(top);
    List<Rule> rules = rules(top);
    java.util.Optional<Thresholds> thresholds = attempt(() -> thresholds(top, ""), java.util.Optional.empty());
    List<String> disable = textsOf(top, "disable", "");
    checkForms(entities);
    java.util.Optional<Profile> profile = top.values().containsKey("profile")
        ? attempt(() -> java.util.Optional.of(new ProfileParser(this).parse(top.values().get("profile"))),
            java.util.Optional.empty())
        : java.util.Optional.empty();
    DictionaryException.throwIfAny(problems);
    return new Dictionary(name, keep, entities, rules, source, fingerprint, thresholds, disable, overrides,
        extensions, profile);
  }

  /** Runs one check; a problem is recorded and {@code fallback} returned, so parsing goes on. */
  private <T> T attempt(java.util.function.Supplier<T> check, T fallback) {
    try {
      return check.get();
    } catch (DictionaryException e) {
      problems.add(e);
      return fallback;
    }
  }

  private Void checkVersion(YamlNode.Mapping top) {
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
    return null;
  }

  /**
   * The dictionary's top-level context words, which every entity takes after its own (a
   * place-name list: 导航, 去, 到); read before the entities.
   */
  private List<String> sharedContext = List.of();

  private static List<String> withShared(List<String> own, List<String> shared) {
    if (shared.isEmpty()) {
      return own;
    }
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(own);
    all.addAll(shared);
    return List.copyOf(all);
  }

  /** The {@code extends:} items, filled by {@link #entities}. */
  private final List<Extension> extensions = new ArrayList<>();

  private List<Entity> entities(YamlNode.Mapping top) {
    YamlNode node = top.values().get("entities");
    if (node == null || (node instanceof YamlNode.Scalar s && s.text() == null)) {
      return List.of();
    }
    List<Entity> out = new ArrayList<>();
    Map<String, Entity> byId = new HashMap<>();
    List<YamlNode> items = attempt(() -> sequence(node, "entities").items(), List.of());
    for (int i = 0; i < items.size(); i++) {
      String path = "entities[" + i + "]";
      YamlNode item = items.get(i);
      if (item instanceof YamlNode.Mapping m && m.values().containsKey("extends")) {
        Extension extension = attempt(() -> extension(m, path + "."), null);
        if (extension != null) {
          extensions.add(extension);
        }
        continue;
      }
      Entity entity = attempt(() -> entity(item, path), null);
      if (entity == null) {
        continue;
      }
      Entity previous = byId.putIfAbsent(entity.id(), entity);
      if (previous != null) {
        problems.add(duplicateId(entity, previous, ((YamlNode.Mapping) item).values().containsKey("id")));
        continue;
      }
      out.add(entity);
    }
    return out;
  }

  /** One entity, or {@code null} when its canonical is unusable (its other problems recorded). */
  private Entity entity(YamlNode node, String path) {
    YamlNode.Mapping map = mapping(node, path);
    String prefix = path + ".";
    checkKeys(map, ENTITY_KEYS, prefix);
    Map<String, Location> locations = new HashMap<>();
    String canonical = attempt(() -> requiredText(map, "canonical", prefix), null);
    String explicitId = attempt(() -> optionalText(map, "id", prefix), null);
    String type = attempt(() -> optionalText(map, "type", prefix), null);
    boolean fuzzy = attempt(() -> optionalBoolean(map, "fuzzy", true, prefix), true);
    boolean override = attempt(() -> optionalBoolean(map, "override", false, prefix), false);
    List<String> aliases = texts(items(map, "aliases", prefix), locations);
    List<String> synonyms = texts(items(map, "synonyms", prefix), locations);
    List<String> context = withShared(texts(items(map, "context", prefix), null), sharedContext);
    java.util.Optional<Thresholds> thresholds = attempt(() -> thresholds(map, prefix), java.util.Optional.empty());
    if (canonical == null) {
      return null;
    }
    locations.put("canonical", map.values().get("canonical").location());
    if (explicitId != null) {
      locations.put("id", map.values().get("id").location());
    }
    String id = explicitId != null ? explicitId : Entity.deriveId(canonical);
    if (override) {
      overrides.add(id);
    }
    List<String> pinyin = attempt(() -> PinnedReading.parse(map, canonical, prefix), List.of());
    return new Entity(id, canonical, type == null ? "" : type, aliases, synonyms, context, fuzzy,
        map.location(), thresholds, locations, pinyin);
  }

  private DictionaryException duplicateId(Entity entity, Entity previous, boolean explicit) {
    int line = previous.location().line();
    if (explicit) {
      return new DictionaryException(entity.locationOf("id"),
          "duplicate id \"" + entity.id() + "\": entity \"" + entity.canonical() + "\" and entity \""
              + previous.canonical() + "\" (line " + line + ") both have it; give one of them another id");
    }
    if (NormalizedText.normalize(entity.canonical()).equals(NormalizedText.normalize(previous.canonical()))) {
      return new DictionaryException(entity.locationOf("canonical"),
          "canonical \"" + entity.canonical() + "\" is written twice (also line " + previous.locationOf("canonical").line()
              + "), so both entities get the id \"" + entity.id() + "\" derived from it; merge them into one entity"
              + " (aliases, synonyms and context together)");
    }
    return new DictionaryException(entity.locationOf("canonical"),
        "entity \"" + entity.canonical() + "\" gets the id \"" + entity.id() + "\" derived from its canonical, which"
            + " entity \"" + previous.canonical() + "\" (line " + line + ") has too; give one of them an id of its own,"
            + " or merge them if they are the same thing");
  }

  /** An {@code extends: <id>} item: aliases and context for an entity of an earlier dictionary. */
  private Extension extension(YamlNode.Mapping map, String path) {
    checkKeys(map, EXTENSION_KEYS, path);
    String id = requiredText(map, "extends", path);
    for (Extension previous : extensions) {
      if (previous.id().equals(id)) {
        throw new DictionaryException(map.keys().get("extends"), "\"" + id + "\" is extended twice (first at line "
            + previous.location().line() + "); merge the two items");
      }
    }
    return new Extension(id, textsOf(map, "aliases", path), textsOf(map, "context", path), map.location());
  }

  /**
   * One normalized form may belong to one entity only: an alias claimed by two entities, an alias
   * that is another entity's canonical or synonym, or two entities with the same canonical,
   * cannot be resolved (the first would silently win).
   */
  private void checkForms(List<Entity> entities) {
    record Owner(Entity entity, String role, String form, String path) {}
    Map<String, Owner> owners = new HashMap<>();
    for (Entity e : entities) {
      List<Owner> forms = new ArrayList<>();
      forms.add(new Owner(e, "canonical", e.canonical(), "canonical"));
      for (int i = 0; i < e.synonyms().size(); i++) {
        forms.add(new Owner(e, "synonym", e.synonyms().get(i), "synonyms[" + i + "]"));
      }
      for (int i = 0; i < e.aliases().size(); i++) {
        forms.add(new Owner(e, "alias", e.aliases().get(i), "aliases[" + i + "]"));
      }
      for (Owner f : forms) {
        Owner previous = owners.putIfAbsent(NormalizedText.normalize(f.form()), f);
        if (previous == null || previous.entity() == e) {
          continue;
        }
        boolean twoCanonicals = "canonical".equals(f.role()) && "canonical".equals(previous.role());
        if (twoCanonicals || "alias".equals(f.role()) || "alias".equals(previous.role())) {
          String clash = f.role() + " \"" + f.form() + "\" of entity \"" + e.id() + "\" is already "
              + article(previous.role()) + " \"" + previous.form() + "\" of entity \"" + previous.entity().id()
              + "\" (line " + previous.entity().locationOf(previous.path()).line() + "); ";
          problems.add(new DictionaryException(e.locationOf(f.path()), clash
              + (twoCanonicals ? "merge the two entities into one"
                  : "one form can name only one entity, remove it from one of them")));
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
    List<YamlNode> items = attempt(() -> sequence(node, "rules").items(), List.of());
    for (int i = 0; i < items.size(); i++) {
      int index = i;
      Rule rule = attempt(() -> rule(items.get(index), index), null);
      if (rule != null) {
        out.add(rule);
      }
    }
    return out;
  }

  private Rule rule(YamlNode node, int i) {
    String path = "rules[" + i + "].";
    YamlNode.Mapping map = mapping(node, "rules[" + i + "]");
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
    return new Rule(compiled, replace, at);
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

  YamlNode.Mapping mapping(YamlNode node, String what) {
    if (node instanceof YamlNode.Mapping m) {
      return m;
    }
    throw new DictionaryException(node.location(), what + " must be a map; got " + node.kind());
  }

  YamlNode.Sequence sequence(YamlNode node, String what) {
    if (node instanceof YamlNode.Sequence s) {
      return s;
    }
    throw new DictionaryException(node.location(), what + " must be a list; got " + node.kind());
  }

  /** Every unknown key of {@code map} is a problem; the known ones are still read. */
  void checkKeys(YamlNode.Mapping map, Set<String> allowed, String path) {
    for (Map.Entry<String, Location> key : map.keys().entrySet()) {
      if (!allowed.contains(key.getKey())) {
        problems.add(new DictionaryException(
            key.getValue(),
            "unknown key \"" + path + key.getKey() + "\"; expected one of "
                + allowed.stream().sorted().toList()));
      }
    }
  }

  String requiredText(YamlNode.Mapping map, String key, String path) {
    String text = optionalText(map, key, path);
    if (text == null || text.isBlank()) {
      Location at = map.values().containsKey(key) ? map.values().get(key).location() : map.location();
      throw new DictionaryException(at, "missing " + (map.values().containsKey(key) ? "value of " : "") + "key \"" + path + key + "\"");
    }
    return text;
  }

  String optionalText(YamlNode.Mapping map, String key, String path) {
    YamlNode node = map.values().get(key);
    if (node == null) {
      return null;
    }
    if (node instanceof YamlNode.Scalar s && (s.isString() || s.text() == null)) {
      return s.text();
    }
    throw notText(node, path + key);
  }

  /** A number or boolean where text belongs: YAML read {@code 5} as a number, {@code "5"} would be text. */
  private static DictionaryException notText(YamlNode node, String path) {
    String fix = node instanceof YamlNode.Scalar s && s.text() != null
        ? "; write \"" + s.text() + "\" in quotes if you mean the text" : "";
    return new DictionaryException(node.location(), "\"" + path + "\" must be text; got " + node.kind() + fix);
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

  /** A list of non-blank texts; a single text is accepted as a list of one. Bad items are recorded. */
  private List<String> textsOf(YamlNode.Mapping map, String key, String path) {
    return texts(items(map, key, path), null);
  }

  /** The texts of {@code items}; their locations go into {@code locations} (when not null) as {@code aliases[i]}. */
  private static List<String> texts(List<Item> items, Map<String, Location> locations) {
    List<String> out = new ArrayList<>();
    for (Item item : items) {
      if (locations != null) {
        locations.put(item.key() + "[" + out.size() + "]", item.location());
      }
      out.add(item.text());
    }
    return out;
  }

  /** The good items of a list of texts, each with its location; every bad item is recorded. */
  private List<Item> items(YamlNode.Mapping map, String key, String path) {
    YamlNode node = map.values().get(key);
    if (node == null || (node instanceof YamlNode.Scalar s && s.text() == null)) {
      return List.of();
    }
    List<YamlNode> nodes = node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
    List<Item> out = new ArrayList<>();
    for (YamlNode item : nodes) {
      if (item instanceof YamlNode.Scalar s && !s.isString() && s.text() != null) {
        problems.add(notText(item, path + key));
      } else if (!(item instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
        problems.add(new DictionaryException(
            item.location(), "every item of \"" + path + key + "\" must be non-empty text; got " + describe(item)));
      } else {
        out.add(new Item(s.text(), s.location(), key));
      }
    }
    return out;
  }

  static String describe(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.text() != null ? "\"" + s.text() + "\"" : node.kind();
  }
}
