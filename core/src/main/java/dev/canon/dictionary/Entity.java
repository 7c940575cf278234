package dev.canon.dictionary;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One known entity or term of a dictionary. Immutable.
 *
 * @param id unique id within all loaded dictionaries
 * @param canonical the one right spelling; what aliases and misheard forms are rewritten to
 * @param type free text such as {@code model}, {@code org}, {@code product}; {@code ""} if none
 * @param aliases wrong or noisy forms, rewritten to {@code canonical}
 * @param synonyms legitimate other names, linked to the entity but never rewritten
 * @param context nearby words that make a fuzzy match more likely
 * @param fuzzy whether fuzzy, phonetic and pinyin matching may find this entity
 * @param location where the entity is declared
 * @param thresholds this entity's own apply/suggest thresholds; empty to use its dictionary's
 * @param formLocations where each value is written in the file, keyed by its path inside the
 *     entity ({@code canonical}, {@code id}, {@code aliases[0]}, {@code synonyms[2]}); empty for
 *     entities built in code. See {@link #locationOf}.
 * @param pinyin the canonical's reading pinned by the dictionary, one toneless syllable per code
 *     point ({@code [zeng, yu, qun]} for 曾毓群, which HanLP reads céng); empty to use HanLP's
 */
public record Entity(
    String id,
    String canonical,
    String type,
    List<String> aliases,
    List<String> synonyms,
    List<String> context,
    boolean fuzzy,
    Location location,
    java.util.Optional<Thresholds> thresholds,
    Map<String, Location> formLocations,
    List<String> pinyin) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    synonyms = List.copyOf(synonyms);
    context = List.copyOf(context);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(thresholds, "thresholds");
    formLocations = Map.copyOf(formLocations);
    pinyin = List.copyOf(pinyin);
    if (!pinyin.isEmpty() && pinyin.size() != canonical.codePointCount(0, canonical.length())) {
      throw new IllegalArgumentException("pinyin must have one syllable per char of " + canonical + "; got " + pinyin);
    }
    if (canonical.isBlank()) {
      throw new IllegalArgumentException("canonical must not be blank; entity " + id);
    }
  }

  /** An entity whose forms have no location of their own (built in code), read as HanLP reads it. */
  public Entity(String id, String canonical, String type, List<String> aliases, List<String> synonyms,
      List<String> context, boolean fuzzy, Location location, java.util.Optional<Thresholds> thresholds) {
    this(id, canonical, type, aliases, synonyms, context, fuzzy, location, thresholds, Map.of(), List.of());
  }

  /** An entity with the locations of its values, read as HanLP reads it. */
  public Entity(String id, String canonical, String type, List<String> aliases, List<String> synonyms,
      List<String> context, boolean fuzzy, Location location, java.util.Optional<Thresholds> thresholds,
      Map<String, Location> formLocations) {
    this(id, canonical, type, aliases, synonyms, context, fuzzy, location, thresholds, formLocations, List.of());
  }

  /** An entity whose forms have no location of their own, with a pinned reading. */
  public Entity(String id, String canonical, String type, List<String> aliases, List<String> synonyms,
      List<String> context, boolean fuzzy, Location location, java.util.Optional<Thresholds> thresholds,
      List<String> pinyin) {
    this(id, canonical, type, aliases, synonyms, context, fuzzy, location, thresholds, Map.of(), pinyin);
  }

  /**
   * Where a value of this entity is written, by its path inside the entity: {@code "canonical"},
   * {@code "id"}, {@code "aliases[0]"}, {@code "synonyms[2]"}; the entity's own location when the
   * value has none (a derived id, an entity built in code).
   */
  public Location locationOf(String path) {
    return formLocations.getOrDefault(path, location);
  }

  /** An entity that uses its dictionary's thresholds. */
  public Entity(String id, String canonical, String type, List<String> aliases, List<String> synonyms,
      List<String> context, boolean fuzzy, Location location) {
    this(id, canonical, type, aliases, synonyms, context, fuzzy, location, java.util.Optional.empty());
  }

  /**
   * An id derived from a canonical name: lower case, runs of anything but letters and digits
   * become one hyphen ({@code "GPT-4 Turbo"} → {@code "gpt-4-turbo"}); CJK stays as it is.
   */
  public static String deriveId(String canonical) {
    StringBuilder id = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < canonical.length(); ) {
      int cp = canonical.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && id.length() > 0) {
          id.append('-');
        }
        id.appendCodePoint(Character.toLowerCase(cp));
        gap = false;
      } else {
        gap = true;
      }
    }
    return id.length() == 0 ? canonical : id.toString();
  }
}
