package dev.canon.dictionary;

import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the {@code extends:} items of dictionaries into the entities they name. Pure: returns new
 * dictionaries, leaves its input alone.
 */
public final class Extensions {

  private Extensions() {}

  /**
   * The dictionaries with every {@link Extension} merged into the entity it names: the entity keeps
   * its dictionary, id, canonical and location, and gains the extension's aliases and context words
   * (forms it already has, after normalization, are not repeated). An extension applies to the
   * entity in force when its dictionary is reached: declared by an earlier dictionary, not
   * disabled, the latest override. Dictionaries without extensions come back as they were.
   *
   * @throws DictionaryException at the extension's location when no earlier dictionary has an
   *     entity with its id
   */
  public static List<Dictionary> apply(List<Dictionary> dictionaries) {
    if (dictionaries.stream().allMatch(d -> d.extensions().isEmpty())) {
      return dictionaries;
    }
    List<List<Entity>> entities = new ArrayList<>();
    // id -> {dictionary index, entity index} of the entity in force
    Map<String, int[]> inForce = new HashMap<>();
    for (int p = 0; p < dictionaries.size(); p++) {
      Dictionary d = dictionaries.get(p);
      for (Extension x : d.extensions()) {
        int[] at = inForce.get(x.id());
        if (at == null) {
          throw new DictionaryException(x.location(), "extends: no entity of an earlier dictionary has id \""
              + x.id() + "\"; load the dictionary that declares it first (--dict order), or fix the id");
        }
        List<Entity> owner = entities.get(at[0]);
        owner.set(at[1], merge(owner.get(at[1]), x));
      }
      d.disable().forEach(inForce::remove);
      List<Entity> own = new ArrayList<>(d.entities());
      for (int i = 0; i < own.size(); i++) {
        inForce.put(own.get(i).id(), new int[] {p, i});
      }
      entities.add(own);
    }
    List<Dictionary> out = new ArrayList<>();
    for (int p = 0; p < dictionaries.size(); p++) {
      Dictionary d = dictionaries.get(p);
      out.add(new Dictionary(d.name(), d.keep(), entities.get(p), d.rules(), d.source(), d.fingerprint(),
          d.thresholds(), d.disable(), d.overrides(), List.of(), d.profile()));
    }
    return List.copyOf(out);
  }

  private static Entity merge(Entity e, Extension x) {
    Set<String> forms = new HashSet<>();
    forms.add(NormalizedText.normalize(e.canonical()));
    e.synonyms().forEach(s -> forms.add(NormalizedText.normalize(s)));
    e.aliases().forEach(a -> forms.add(NormalizedText.normalize(a)));
    List<String> aliases = new ArrayList<>(e.aliases());
    for (String a : x.aliases()) {
      if (forms.add(NormalizedText.normalize(a))) {
        aliases.add(a);
      }
    }
    Set<String> context = new LinkedHashSet<>(e.context());
    context.addAll(x.context());
    return new Entity(e.id(), e.canonical(), e.type(), aliases, e.synonyms(), List.copyOf(context), e.fuzzy(),
        e.location(), e.thresholds());
  }
}
