package dev.canon.candidate;

import java.util.Map;

/**
 * English words that ASR writes for a digit inside a name: {@code Audio to LNK} for
 * {@code Audio2Lmk}, {@code Octopus v two} for {@code Octopus v2}.
 */
final class SpokenDigits {

  private static final Map<String, String> DIGITS = Map.ofEntries(
      Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("to", "2"),
      Map.entry("too", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("for", "4"),
      Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
      Map.entry("nine", "9"));

  private SpokenDigits() {}

  /** The digit a lower-case word stands for, or the word itself. */
  static String digitFor(String word) {
    return DIGITS.getOrDefault(word, word);
  }
}
