package dev.canon.dictionary;

import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that dictionaries loaded together agree: a {@code disable} names an earlier entity, an
 * id is repeated only with {@code override: true}, and one normalized form names one entity (an
 * alias is no other entity's form; no two entities share a canonical, where the first would
 * silently win). Every problem is reported at once, at the value in the later dictionary, naming
 * the earlier one and how to resolve it. Stateless; O(forms).
 */
public final class DictionaryConflicts {

  private DictionaryConflicts() {}

  /** An entity in force and the position of its dictionary in load order. */
  private record Placed(Entity entity, Dictionary dictionary, int order) {}

  /** A form of an entity in force, with its path inside the entity ({@code aliases[2]}). */
  private record Named(Placed owner, String role, String text, String path) {}

  /**
   * Checks {@code dictionaries}, in load order.
   *
   * @throws DictionaryException listing every conflict, in load order
   */
  public static void check(List<Dictionary> dictionaries) {
    List<DictionaryException> problems = new ArrayList<>();
    Map<String, Placed> inForce = new LinkedHashMap<>();
    for (int p = 0; p < dictionaries.size(); p++) {
      Dictionary d = dictionaries.get(p);
      for (String id : d.disable()) {
        if (inForce.remove(id) == null) {
          problems.add(new DictionaryException(Location.inCode(d.source()),
              "disable: no entity of an earlier dictionary has id \"" + id + "\""));
        }
      }
      for (Entity e : d.entities()) {
        Placed previous = inForce.get(e.id());
        if (previous != null && !d.overrides().contains(e.id())) {
          boolean derived = !e.formLocations().containsKey("id") && e.formLocations().containsKey("canonical")
              && Entity.deriveId(e.canonical()).equals(e.id());
          Location at = derived ? e.locationOf("canonical") : e.locationOf("id");
          problems.add(new DictionaryException(at, "id \"" + e.id() + "\""
              + (derived ? " (derived from canonical \"" + e.canonical() + "\")" : "") + " is already used by entity \""
              + previous.entity().canonical() + "\" of dictionary \"" + previous.dictionary().name() + "\" ("
              + where(previous.entity().location()) + "); ids must be unique across dictionaries: add"
              + " override: true to replace that entity, disable: [" + e.id() + "] to switch it off, or give"
              + " this one another id"));
          continue;
        }
        inForce.put(e.id(), new Placed(e, d, p));
      }
    }
    checkForms(inForce.values(), problems);
    if (!problems.isEmpty()) {
      throw DictionaryException.of(problems);
    }
  }

  private static void checkForms(Iterable<Placed> inForce, List<DictionaryException> problems) {
    Map<String, Named> names = new HashMap<>();
    Map<String, Named> aliases = new HashMap<>();
    for (Placed placed : inForce) {
      Entity e = placed.entity();
      List<Named> forms = new ArrayList<>();
      forms.add(new Named(placed, "canonical", e.canonical(), "canonical"));
      for (int i = 0; i < e.synonyms().size(); i++) {
        forms.add(new Named(placed, "synonym", e.synonyms().get(i), "synonyms[" + i + "]"));
      }
      for (int i = 0; i < e.aliases().size(); i++) {
        forms.add(new Named(placed, "alias", e.aliases().get(i), "aliases[" + i + "]"));
      }
      for (Named form : forms) {
        String key = NormalizedText.normalize(form.text());
        boolean alias = form.role().equals("alias");
        Named clash = alias ? names.get(key) : aliases.get(key);
        if (clash == null && alias) {
          clash = aliases.get(key);
        }
        if (clash == null && form.role().equals("canonical")) {
          Named name = names.get(key);
          clash = name != null && name.role().equals("canonical") ? name : null;
        }
        if (clash != null && !clash.owner().entity().id().equals(e.id())) {
          problems.add(conflict(form, clash));
          continue;
        }
        (alias ? aliases : names).putIfAbsent(key, form);
      }
    }
  }

  /** Reported at the form of the later dictionary, naming the earlier one. */
  private static DictionaryException conflict(Named one, Named other) {
    Named later = one.owner().order() >= other.owner().order() ? one : other;
    Named earlier = later == one ? other : one;
    Entity was = earlier.owner().entity();
    String message = later.role() + " \"" + later.text() + "\" of entity \"" + later.owner().entity().id()
        + "\" is already " + ("alias".equals(earlier.role()) ? "an " : "the ") + earlier.role() + " \""
        + earlier.text() + "\" of entity \"" + was.id() + "\" (dictionary \"" + earlier.owner().dictionary().name()
        + "\", " + where(was.locationOf(earlier.path())) + "); one form can name only one entity: ";
    message += later.owner().order() == earlier.owner().order()
        ? "remove it from one of them"
        : "remove it here, or replace that entity (id: " + was.id() + " with override: true) or switch it off"
            + " (disable: [" + was.id() + "])";
    return new DictionaryException(later.owner().entity().locationOf(later.path()), message);
  }

  /** {@code mine.yaml, line 4}: a location in running text. */
  private static String where(Location at) {
    return at.line() > 0 ? at.source() + ", line " + at.line() : at.source();
  }
}
