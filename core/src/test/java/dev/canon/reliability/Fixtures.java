package dev.canon.reliability;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.dictionary.Entity;
import dev.canon.dictionary.Location;
import dev.canon.dictionary.Rule;
import java.util.List;

/** Dictionaries and correctors the reliability tests share. */
final class Fixtures {

  private Fixtures() {}

  /** The ~50-entity CJK and Latin test dictionary, {@code reliability/mixed.yaml}. */
  static Dictionary mixed() {
    return DictionaryLoader.defaults().loadResource("reliability/mixed.yaml", Fixtures.class.getClassLoader());
  }

  /** A corrector over {@link #mixed()}. */
  static Corrector mixedCorrector() {
    return Corrector.builder().add(mixed()).build();
  }

  /** An entity built in code; its id is derived from the canonical, or given by {@code id}. */
  static Entity entity(String id, String canonical, List<String> aliases, List<String> synonyms, boolean fuzzy) {
    return new Entity(id, canonical, "", aliases, synonyms, List.of(), fuzzy, Location.inCode("test"));
  }

  /** A dictionary built in code. */
  static Dictionary dictionary(String name, List<String> keep, List<Entity> entities, List<Rule> rules) {
    return new Dictionary(name, keep, entities, rules, "test:" + name, "0");
  }
}
