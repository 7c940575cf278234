package dev.canon.dictionary;

import dev.canon.phonetic.Syllables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An entity's {@code pinyin:} key: the canonical's reading pinned by the dictionary, for names
 * HanLP reads otherwise (曾毓群 is zēng yù qún; HanLP reads the surname céng). Toneless syllables
 * separated by spaces, one per char of the canonical; a trailing tone digit is ignored, {@code ü}
 * may be written {@code v}.
 */
final class PinnedReading {

  private PinnedReading() {}

  /** The pinned syllables of {@code map}, or an empty list when it has no {@code pinyin} key. */
  static List<String> parse(YamlNode.Mapping map, String canonical, String path) {
    YamlNode node = map.values().get("pinyin");
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
      throw new DictionaryException(node.location(), "\"" + path + "pinyin\" must be text, such as pinyin: zeng yu qun");
    }
    List<String> syllables = new ArrayList<>();
    for (String written : s.text().trim().split("[\\s'-]+")) {
      String syllable = written.toLowerCase(Locale.ROOT).replace('ü', 'v').replaceAll("[1-5]$", "");
      if (Syllables.id(syllable) == Syllables.NONE) {
        throw new DictionaryException(node.location(), "\"" + path + "pinyin\": \"" + written
            + "\" is not a Mandarin syllable; write toneless pinyin, one syllable per character, as in pinyin: zeng yu qun");
      }
      syllables.add(syllable);
    }
    int chars = canonical.codePointCount(0, canonical.length());
    if (syllables.size() != chars) {
      throw new DictionaryException(node.location(), "\"" + path + "pinyin\" has " + syllables.size()
          + " syllables but \"" + canonical + "\" has " + chars
          + " characters; give one syllable per character, as in pinyin: zeng yu qun");
    }
    return List.copyOf(syllables);
  }
}
