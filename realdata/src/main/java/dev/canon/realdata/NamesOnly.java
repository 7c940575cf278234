package dev.canon.realdata;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import java.util.List;

/**
 * A dictionary reduced to names only: what a user who brings just a list of names has. Each
 * entity keeps its id, canonical spelling, synonyms, type, {@code fuzzy} flag, thresholds and
 * location; its aliases and context words go, and so do the dictionary's keep words and rules.
 * The dictionary's name, thresholds, {@code disable} and {@code overrides} stay.
 */
public final class NamesOnly {

  private NamesOnly() {}

  /** The names-only reduction of {@code dictionary}. */
  public static Dictionary of(Dictionary dictionary) {
    List<Entity> entities = dictionary.entities().stream()
        .map(e -> new Entity(e.id(), e.canonical(), e.type(), List.of(), e.synonyms(), List.of(), e.fuzzy(),
            e.location(), e.thresholds()))
        .toList();
    return new Dictionary(dictionary.name(), List.of(), entities, List.of(), dictionary.source(),
        dictionary.fingerprint(), dictionary.thresholds(), dictionary.disable(), dictionary.overrides());
  }

  /** The reduction of each of {@code dictionaries}, in order. */
  public static List<Dictionary> of(List<Dictionary> dictionaries) {
    return dictionaries.stream().map(NamesOnly::of).toList();
  }

  /** {@link #of(Dictionary)} when {@code namesOnly}, else {@code dictionary} itself. */
  static Dictionary maybe(Dictionary dictionary, boolean namesOnly) {
    return namesOnly ? of(dictionary) : dictionary;
  }
}
