package dev.canon.dictionary;

import dev.canon.phonetic.Syllables;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code profile:} section of a dictionary (format in {@code docs/DICTIONARY.md}) into
 * a {@link Profile}; every mistake fails with the item's line and column.
 */
final class ProfileParser {

  static final Set<String> PROFILE_KEYS = Set.of("pinyin", "english");
  static final Set<String> PINYIN_KEYS = Set.of("syllables", "initials", "finals", "tones");
  static final Set<String> ENGLISH_KEYS = Set.of("letters");
  static final Set<String> ITEM_KEYS = Set.of("from", "to", "count", "weight");

  /** The initials of Mandarin pinyin as {@link dev.canon.phonetic.PinyinParts} cuts them. */
  static final Set<String> INITIALS = Set.of("", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j",
      "q", "x", "zh", "ch", "sh", "r", "z", "c", "s", "y", "w");

  private static final Pattern FINAL = Pattern.compile("[a-z]{1,5}");
  private static final Pattern TONE = Pattern.compile("[1-5]");
  private static final Pattern LETTERS = Pattern.compile("[a-z']{0,4}");

  private final DictionaryParser parser;

  ProfileParser(DictionaryParser parser) {
    this.parser = parser;
  }

  Profile parse(YamlNode node) {
    Map<Profile.Part, List<Confusion>> parts = new EnumMap<>(Profile.Part.class);
    if (node instanceof YamlNode.Scalar s && s.text() == null) {
      return new Profile(parts);
    }
    YamlNode.Mapping top = parser.mapping(node, "profile");
    parser.checkKeys(top, PROFILE_KEYS, "profile.");
    YamlNode pinyin = top.values().get("pinyin");
    if (pinyin != null && !isNull(pinyin)) {
      YamlNode.Mapping map = parser.mapping(pinyin, "profile.pinyin");
      parser.checkKeys(map, PINYIN_KEYS, "profile.pinyin.");
      list(map, "syllables", "profile.pinyin.", Profile.Part.SYLLABLES, parts);
      list(map, "initials", "profile.pinyin.", Profile.Part.INITIALS, parts);
      list(map, "finals", "profile.pinyin.", Profile.Part.FINALS, parts);
      list(map, "tones", "profile.pinyin.", Profile.Part.TONES, parts);
    }
    YamlNode english = top.values().get("english");
    if (english != null && !isNull(english)) {
      YamlNode.Mapping map = parser.mapping(english, "profile.english");
      parser.checkKeys(map, ENGLISH_KEYS, "profile.english.");
      list(map, "letters", "profile.english.", Profile.Part.LETTERS, parts);
    }
    return new Profile(parts);
  }

  private void list(YamlNode.Mapping owner, String key, String path, Profile.Part part,
      Map<Profile.Part, List<Confusion>> parts) {
    YamlNode node = owner.values().get(key);
    if (node == null || isNull(node)) {
      return;
    }
    List<Confusion> out = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    List<YamlNode> items = parser.sequence(node, path + key).items();
    for (int i = 0; i < items.size(); i++) {
      String at = path + key + "[" + i + "]";
      YamlNode.Mapping item = parser.mapping(items.get(i), at);
      parser.checkKeys(item, ITEM_KEYS, at + ".");
      String from = symbol(item, "from", at, part);
      String to = symbol(item, "to", at, part);
      if (from.equals(to)) {
        throw new DictionaryException(item.location(), at + ": from and to are both \"" + from
            + "\"; a confusion needs two different values");
      }
      Location first = seen.putIfAbsent(from + "\u0000" + to, item.location());
      if (first != null) {
        throw new DictionaryException(item.location(), at + ": " + from + " -> " + to
            + " is listed twice (first at line " + first.line() + "); keep one");
      }
      int count = (int) number(item, "count", at, true);
      double weight = number(item, "weight", at, false);
      if (count < 1) {
        throw new DictionaryException(item.values().get("count").location(), at + ".count must be a whole number >= 1; got " + count);
      }
      if (!(weight > 0 && weight <= 1)) {
        throw new DictionaryException(item.values().get("weight").location(), at + ".weight must be in (0, 1]; got " + weight);
      }
      out.add(new Confusion(from, to, count, weight));
    }
    parts.put(part, out);
  }

  private String symbol(YamlNode.Mapping item, String key, String at, Profile.Part part) {
    YamlNode node = item.values().get(key);
    if (node == null) {
      throw new DictionaryException(item.location(), "missing key \"" + at + "." + key + "\"");
    }
    String text = node instanceof YamlNode.Scalar s && s.text() != null ? s.text() : null;
    if (text == null && !(node instanceof YamlNode.Scalar)) {
      throw new DictionaryException(node.location(), "\"" + at + "." + key + "\" must be text; got " + node.kind());
    }
    text = text == null ? "" : text;
    String expected = switch (part) {
      case SYLLABLES -> Syllables.id(text) == Syllables.NONE ? "a toneless pinyin syllable such as shi or lv" : null;
      case INITIALS -> INITIALS.contains(text) ? null : "a pinyin initial (b p m f d t n l g k h j q x zh ch sh r z c s y w, or \"\" for none)";
      case FINALS -> FINAL.matcher(text).matches() ? null : "a pinyin final such as ing or uang";
      case TONES -> TONE.matcher(text).matches() ? null : "a tone 1 to 5 (5 neutral)";
      case LETTERS -> LETTERS.matcher(text).matches() ? null : "up to 4 lower-case letters, or \"\" for none";
    };
    if (expected != null) {
      throw new DictionaryException(node.location(), "\"" + at + "." + key + "\" must be " + expected
          + "; got " + DictionaryParser.describe(node));
    }
    return text;
  }

  private double number(YamlNode.Mapping item, String key, String at, boolean whole) {
    YamlNode node = item.values().get(key);
    if (node == null) {
      throw new DictionaryException(item.location(), "missing key \"" + at + "." + key + "\"");
    }
    if (node instanceof YamlNode.Scalar s && !s.isString() && s.text() != null) {
      try {
        return whole ? Integer.parseInt(s.text()) : Double.parseDouble(s.text());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new DictionaryException(node.location(), "\"" + at + "." + key + "\" must be "
        + (whole ? "a whole number" : "a number") + "; got " + DictionaryParser.describe(node));
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar s && (s.text() == null || s.text().isEmpty());
  }
}
