package dev.canon.eval;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import java.util.List;

/**
 * A dictionary reduced to what users usually have: a list of names. Each entity keeps its
 * canonical name, synonyms, type, {@code fuzzy} flag and thresholds; its aliases and context words
 * go, and so do the dictionary's rules and keep words. Quality figures "with names only" are
 * measured on dictionaries reduced this way.
 */
public final class NamesOnly {

  private NamesOnly() {}

  /** {@code d} with only names: no aliases, rules, context or keep words. */
  public static Dictionary of(Dictionary d) {
    List<Entity> entities = d.entities().stream()
        .map(e -> new Entity(e.id(), e.canonical(), e.type(), List.of(), e.synonyms(), List.of(),
            e.fuzzy(), e.location(), e.thresholds()))
        .toList();
    return new Dictionary(d.name(), List.of(), entities, List.of(), d.source(), d.fingerprint(),
        d.thresholds(), d.disable(), d.overrides());
  }
}
