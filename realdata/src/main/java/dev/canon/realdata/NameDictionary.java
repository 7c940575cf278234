package dev.canon.realdata;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import dev.canon.dictionary.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a canonical-only {@link Dictionary} from a list of names (one entity per name, no
 * aliases), spelling each name the way the references spell it.
 *
 * <p>The Earnings-21 bias lists are UPPER CASE. A name's canonical spelling is its most frequent
 * spelling in the reference texts (see {@link #mostFrequent}), words compared by {@link Words} and
 * joined, so {@code INGERSOLL RAND} finds {@code Ingersoll-Rand} and {@code JPMORGAN} finds
 * {@code JP Morgan}; a name the references never contain gets {@link TitleCase#of}.
 * Its type is the lower-cased {@code wer_tags} type of its first reference occurrence (a named
 * type preferred), or {@code name}.
 */
public final class NameDictionary {

  /** The longest run of reference words looked at as one spelling of a name. */
  private static final int MAX_WORDS = 8;

  private NameDictionary() {}

  /**
   * The dictionary for {@code names}, one entity per name; names equal up to case, punctuation
   * and the spaces or hyphens between their words ({@code BIO PHARMA}, {@code BIOPHARMA}) make one
   * entity, spelled the way the references spell it most often across those variants.
   *
   * @param dictionaryName the dictionary's name
   * @param names the names, in list order
   * @param references where to look up each name's spelling and type
   */
  public static Dictionary build(String dictionaryName, List<String> names, List<Reference> references) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String name : names) {
      List<String> norms = Words.norms(Words.split(name));
      if (!norms.isEmpty()) {
        // Canon's exact match ignores spaces and hyphens between Latin words, so BIO PHARMA and
        // BIOPHARMA are one form to it: one entity, or the two would fight over every mention.
        groups.computeIfAbsent(String.join("", norms), k -> new ArrayList<>()).add(name.strip());
      }
    }
    Map<String, List<int[]>> occurrences = occurrences(references, groups.keySet());
    List<Entity> entities = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, List<String>> group : groups.entrySet()) {
      Map<String, Integer> spellings = new LinkedHashMap<>();
      String type = "";
      Set<Integer> wordCounts = new HashSet<>();
      Set<String> shapes = new HashSet<>();
      group.getValue().forEach(name -> {
        wordCounts.add(Words.split(name).size());
        shapes.add(shape(name));
      });
      for (int[] at : occurrences.getOrDefault(group.getKey(), List.of())) {
        Reference ref = references.get(at[0]);
        // Split differently from every listed variant ("as a" for ASA), an occurrence counts only
        // when the reference tags it as a named entity ("JP Morgan" for JPMORGAN).
        if (!wordCounts.contains(at[2] - at[1] + 1) && !isNamed(ref.wordTypes().get(at[1]))) {
          continue;
        }
        // The references split some words after a hyphen ("non-" "GAAP"); the name has no space there.
        String surface = ref.text().substring(ref.words().get(at[1]).start(), ref.words().get(at[2]).end())
            .replace("- ", "-");
        // Words drop '&' and '.', so A&T would find the word "at": the other chars must agree too.
        if (!shapes.contains(shape(surface))) {
          continue;
        }
        spellings.merge(surface, 1, Integer::sum);
        if (!Reference.NAMED_TYPES.contains(type)) {
          type = typeOf(ref.wordTypes().get(at[1]), type);
        }
      }
      String canonical = spellings.isEmpty() ? TitleCase.of(group.getValue().get(0)) : mostFrequent(spellings);
      String entityType = type.isEmpty() ? "name" : type.toLowerCase(Locale.ROOT);
      entities.add(new Entity(uniqueId(Entity.deriveId(canonical), ids), canonical, entityType, List.of(),
          List.of(), List.of(), true, Location.inCode(dictionaryName)));
    }
    return new Dictionary(dictionaryName, List.of(), entities, List.of(),
        dictionaryName, "in-code", java.util.Optional.empty());
  }

  /**
   * A dictionary of {@code names} spelled as listed, one entity of {@code type} per distinct name
   * (the first of names equal up to case wins): the CATSLU place-name lexicon.
   */
  public static Dictionary asListed(String dictionaryName, List<String> names, String type) {
    return asListed(dictionaryName, names, name -> type);
  }

  /**
   * A dictionary of {@code names} spelled as listed, one entity per distinct name (the first of
   * names equal after Canon's normalization wins: case, width, and numerals read as digits, so
   * CATSLU's 临潼四一七医院 and 临潼四幺七医院 are one entity), of type {@code typeOf(name)}: the
   * AISHELL-NER and CATSLU name lists.
   */
  public static Dictionary asListed(String dictionaryName, List<String> names,
      java.util.function.Function<String, String> typeOf) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (String name : names) {
      String canonical = name.strip();
      String key = dev.canon.text.NormalizedText.normalize(canonical);
      if (!canonical.isEmpty() && !entities.containsKey(key)) {
        entities.put(key, new Entity(uniqueId(Entity.deriveId(canonical), ids), canonical, typeOf.apply(canonical),
            List.of(), List.of(), List.of(), true, Location.inCode(dictionaryName)));
      }
    }
    return new Dictionary(dictionaryName, List.of(), new ArrayList<>(entities.values()), List.of(),
        dictionaryName, "in-code", java.util.Optional.empty());
  }

  /**
   * Where each wanted key occurs in the references: runs of up to {@link #MAX_WORDS} words whose
   * normalized words, concatenated, equal the key ({@code jpmorgan} finds {@code JP Morgan}), as
   * {@code {reference, first word, last word}}.
   */
  private static Map<String, List<int[]>> occurrences(List<Reference> references, Set<String> keys) {
    Map<String, List<int[]>> found = new HashMap<>();
    for (int r = 0; r < references.size(); r++) {
      List<Words.Word> words = references.get(r).words();
      for (int w = 0; w < words.size(); w++) {
        StringBuilder joined = new StringBuilder();
        for (int last = w; last < Math.min(words.size(), w + MAX_WORDS); last++) {
          joined.append(words.get(last).norm());
          if (keys.contains(joined.toString())) {
            found.computeIfAbsent(joined.toString(), k -> new ArrayList<>()).add(new int[] {r, w, last});
          }
        }
      }
    }
    return found;
  }

  /**
   * A name's chars without case, spaces, hyphens, dashes or slashes, and without punctuation at
   * either end: {@code Ingersoll-Rand} and {@code INGERSOLL RAND} give {@code ingersollrand},
   * {@code A&T} gives {@code a&t}, {@code MATT B.} gives {@code mattb}.
   */
  static String shape(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\\s\\-\u2013\u2014/]", "");
    return s.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }

  private static boolean isNamed(List<String> types) {
    return types.stream().anyMatch(Reference.NAMED_TYPES::contains);
  }

  private static String typeOf(List<String> types, String current) {
    for (String t : types) {
      if (Reference.NAMED_TYPES.contains(t)) {
        return t;
      }
    }
    return current.isEmpty() && !types.isEmpty() ? types.get(0) : current;
  }

  /**
   * The spelling to use: first the form the references use most when case is ignored
   * ({@code biopharma} 12 times beats {@code bio pharma} 6 times), then its most frequent casing
   * ({@code Biopharma}); ties go to the first seen.
   */
  static String mostFrequent(Map<String, Integer> counts) {
    Map<String, Integer> byForm = new LinkedHashMap<>();
    counts.forEach((spelling, n) -> byForm.merge(spelling.toLowerCase(Locale.ROOT), n, Integer::sum));
    String form = null;
    for (Map.Entry<String, Integer> e : byForm.entrySet()) {
      if (form == null || e.getValue() > byForm.get(form)) {
        form = e.getKey();
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(form) && (best == null || e.getValue() > counts.get(best))) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static String uniqueId(String base, Set<String> taken) {
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
