package dev.canon.realdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reference transcript split into words, with its named entities as word ranges. Immutable.
 *
 * <p>Named entities are the {@code wer_tags} whose type is in {@link #NAMED_TYPES}: the names of
 * organisations, people, places, products, events, laws and works. Numbers and times (CARDINAL,
 * DATE, MONEY, PERCENT, ...), contractions, abbreviations, alphanumerics and websites are not
 * names a name dictionary could fix, and are left out.
 *
 * @param id the call id, e.g. {@code 4320211}
 * @param text the reference as one text (see {@link NlpFile#text})
 * @param words the words of {@code text} (see {@link Words})
 * @param wordTypes for each word, the types of all its {@code wer_tags}, named or not
 * @param entities the named entities, in order of their first word
 */
public record Reference(
    String id, String text, List<Words.Word> words, List<List<String>> wordTypes, List<RefEntity> entities) {

  /** The entity types counted as named entities. */
  public static final Set<String> NAMED_TYPES = Set.of(
      "ORG", "PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW");

  public Reference {
    words = List.copyOf(words);
    wordTypes = List.copyOf(wordTypes);
    entities = List.copyOf(entities);
  }

  /**
   * One named entity of the reference.
   *
   * @param tag its {@code wer_tags} id
   * @param type its type, e.g. {@code ORG}
   * @param first its first word, inclusive
   * @param last its last word, inclusive
   * @param surface its tokens as written, e.g. {@code Monro Inc}
   */
  public record RefEntity(String tag, String type, int first, int last, String surface) {}

  /**
   * Builds a reference from its tokens and the types of its tags ({@code wer_tag.json}).
   * An entity spans from the first to the last word of the tokens that carry its tag.
   */
  public static Reference of(String id, List<NlpFile.Token> tokens, Map<String, String> tagTypes) {
    String text = NlpFile.text(tokens);
    List<Words.Word> words = Words.split(text);
    List<List<String>> wordTypes = new ArrayList<>();
    Map<String, int[]> ranges = new LinkedHashMap<>();
    Map<String, StringBuilder> surfaces = new LinkedHashMap<>();
    int at = 0;
    for (NlpFile.Token t : tokens) {
      int end = at + t.token().length() + t.punctuation().length();
      at = end + 1;
      int firstWord = wordTypes.size();
      List<String> types = new ArrayList<>();
      t.werTags().forEach(tag -> types.add(tagTypes.getOrDefault(tag, "")));
      while (wordTypes.size() < words.size() && words.get(wordTypes.size()).start() < end) {
        wordTypes.add(List.copyOf(types));
      }
      int lastWord = wordTypes.size() - 1;
      if (lastWord < firstWord) {
        continue;
      }
      for (String tag : t.werTags()) {
        if (NAMED_TYPES.contains(tagTypes.getOrDefault(tag, ""))) {
          ranges.computeIfAbsent(tag, k -> new int[] {firstWord, firstWord})[1] = lastWord;
          StringBuilder s = surfaces.computeIfAbsent(tag, k -> new StringBuilder());
          s.append(s.length() > 0 ? " " : "").append(t.token());
        }
      }
    }
    List<RefEntity> entities = new ArrayList<>();
    ranges.forEach((tag, r) -> entities.add(
        new RefEntity(tag, tagTypes.get(tag), r[0], r[1], surfaces.get(tag).toString())));
    entities.sort((a, b) -> Integer.compare(a.first(), b.first()));
    return new Reference(id, text, words, wordTypes, entities);
  }

  /** The normalized words, for {@link Alignment}. */
  public List<String> norms() {
    return Words.norms(words);
  }

  /** For each word, whether it lies inside some named entity. */
  public boolean[] entityWords() {
    boolean[] inside = new boolean[words.size()];
    for (RefEntity e : entities) {
      for (int i = e.first(); i <= e.last(); i++) {
        inside[i] = true;
      }
    }
    return inside;
  }
}
