package dev.canon.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * A loaded dictionary: named entities, keep words and rules. Immutable and thread-safe.
 *
 * <p>Load one with {@link DictionaryLoader}; combine several in a {@link dev.canon.Corrector}.
 *
 * @param name unique name among the dictionaries of one corrector
 * @param keep words never rewritten when a match covers only them
 * @param entities the entities, in file order
 * @param rules the regular-expression rewrites, in file order
 * @param source where it was loaded from (file name or classpath resource)
 * @param fingerprint SHA-256 of the file's bytes, hex, so a result can name the exact version
 * @param thresholds the dictionary's apply/suggest thresholds; empty to use the corrector's
 * @param disable ids of entities of earlier dictionaries that this one switches off
 * @param overrides ids of this dictionary's entities that replace an earlier entity of the same id
 * @param extensions {@code extends:} items adding aliases and context to entities of earlier
 *     dictionaries, merged by {@link Extensions#apply}
 * @param profile the learned engine profile of the {@code profile:} section, if any
 */
public record Dictionary(
    String name,
    List<String> keep,
    List<Entity> entities,
    List<Rule> rules,
    String source,
    String fingerprint,
    java.util.Optional<Thresholds> thresholds,
    List<String> disable,
    List<String> overrides,
    List<Extension> extensions,
    java.util.Optional<Profile> profile) {

  public Dictionary {
    Objects.requireNonNull(name, "name");
    keep = List.copyOf(keep);
    entities = List.copyOf(entities);
    rules = List.copyOf(rules);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(thresholds, "thresholds");
    disable = List.copyOf(disable);
    overrides = List.copyOf(overrides);
    extensions = List.copyOf(extensions);
    Objects.requireNonNull(profile, "profile");
  }

  /** A dictionary without extensions or profile. */
  public Dictionary(String name, List<String> keep, List<Entity> entities, List<Rule> rules, String source,
      String fingerprint, java.util.Optional<Thresholds> thresholds, List<String> disable, List<String> overrides) {
    this(name, keep, entities, rules, source, fingerprint, thresholds, disable, overrides, List.of(),
        java.util.Optional.empty());
  }

  /** A dictionary that disables and overrides nothing. */
  public Dictionary(String name, List<String> keep, List<Entity> entities, List<Rule> rules, String source,
      String fingerprint, java.util.Optional<Thresholds> thresholds) {
    this(name, keep, entities, rules, source, fingerprint, thresholds, List.of(), List.of());
  }

  /** A dictionary that uses the corrector's thresholds. */
  public Dictionary(String name, List<String> keep, List<Entity> entities, List<Rule> rules, String source,
      String fingerprint) {
    this(name, keep, entities, rules, source, fingerprint, java.util.Optional.empty());
  }
}
