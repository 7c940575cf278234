package dev.canon.eval;

import dev.canon.phonetic.PinyinReader;
import dev.canon.phonetic.Syllables;
import dev.canon.text.Scripts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * ASR-like variants of a name, by kind: Chinese homophones and near-sounds (a character swapped
 * for another of the same or a near reading), syllables heard as digits ({@code 灵} → {@code 0}),
 * English digits and letters read aloud ({@code 3} → {@code three}), split and merged words, case
 * damage and one-letter slips. Deterministic for a seed.
 */
final class NoiseVariants {

  /** A variant and the kind of noise that made it. */
  record Variant(String kind, String text) {}

  private static final String[] DIGIT_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };

  private final HomophoneTable homophones;

  NoiseVariants(HomophoneTable homophones) {
    this.homophones = homophones;
  }

  List<Variant> of(String name, Random random) {
    Map<String, Variant> out = new LinkedHashMap<>();
    if (name.codePoints().anyMatch(Scripts::isHan)) {
      chinese(name, random, out);
    }
    if (name.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c))) {
      latin(name, random, out);
    }
    out.remove(name);
    return List.copyOf(out.values());
  }

  private void chinese(String name, Random random, Map<String, Variant> out) {
    int[] syllables = PinyinReader.readIds(name);
    int[] cps = name.codePoints().toArray();
    if (cps.length != syllables.length) {
      return;
    }
    for (int tries = 0; tries < 3; tries++) {
      int at = random.nextInt(cps.length);
      if (!Scripts.isHan(cps[at]) || syllables[at] == Syllables.NONE) {
        continue;
      }
      String same = homophones.sameReading(syllables[at], cps[at], random);
      if (same != null) {
        put(out, "homophone", replace(cps, at, same));
      }
      String near = homophones.nearReading(syllables[at], random);
      if (near != null) {
        put(out, "near-sound", replace(cps, at, near));
      }
    }
    for (int i = 0; i < cps.length; i++) {
      if (syllables[i] != Syllables.NONE) {
        String digit = digitFor(Syllables.name(syllables[i]));
        if (digit != null && Scripts.isHan(cps[i])) {
          put(out, "digit-heard", replace(cps, i, digit));
          break;
        }
      }
    }
  }

  private static void latin(String name, Random random, Map<String, Variant> out) {
    StringBuilder spoken = new StringBuilder();
    boolean changed = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isDigit(c)) {
        spoken.append(spoken.length() > 0 && spoken.charAt(spoken.length() - 1) != ' ' ? " " : "")
            .append(DIGIT_WORDS[c - '0']);
        changed = true;
      } else {
        spoken.append(c == '-' ? ' ' : c);
      }
    }
    if (changed) {
      put(out, "digits-aloud", spoken.toString().replaceAll(" +", " ").trim());
    }
    put(out, "lower-case", name.toLowerCase(Locale.ROOT));
    put(out, "upper-case", name.toUpperCase(Locale.ROOT));
    String split = name.replaceAll("([a-z])([A-Z])", "$1 $2");
    put(out, "split", split);
    if (name.contains(" ")) {
      put(out, "merged", name.replace(" ", ""));
    }
    List<Integer> letters = new ArrayList<>();
    for (int i = 1; i < name.length() - 1; i++) {
      if (Character.isLetter(name.charAt(i))) {
        letters.add(i);
      }
    }
    if (letters.size() >= 3) {
      int at = letters.get(random.nextInt(letters.size()));
      put(out, "dropped-letter", name.substring(0, at) + name.substring(at + 1));
      int swap = letters.get(random.nextInt(letters.size() - 1));
      if (swap + 1 < name.length() && Character.isLetter(name.charAt(swap + 1))) {
        put(out, "swapped-letters", name.substring(0, swap) + name.charAt(swap + 1) + name.charAt(swap)
            + name.substring(swap + 2));
      }
    }
  }

  private static String digitFor(String syllable) {
    return switch (syllable) {
      case "ling" -> "0";
      case "yi" -> "1";
      case "er" -> "2";
      case "san" -> "3";
      case "si" -> "4";
      case "wu" -> "5";
      case "liu" -> "6";
      case "qi" -> "7";
      case "ba" -> "8";
      case "jiu" -> "9";
      default -> null;
    };
  }

  private static String replace(int[] cps, int at, String with) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cps.length; i++) {
      if (i == at) {
        out.append(with);
      } else {
        out.appendCodePoint(cps[i]);
      }
    }
    return out.toString();
  }

  private static void put(Map<String, Variant> out, String kind, String text) {
    out.putIfAbsent(text, new Variant(kind, text));
  }
}
