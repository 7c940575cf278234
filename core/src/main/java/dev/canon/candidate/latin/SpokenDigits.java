package dev.canon.candidate.latin;

import java.util.Map;
import java.util.Set;

/**
 * English words that ASR writes for a digit or letter inside a name: {@code Audio to LNK} for
 * {@code Audio2Lmk}, {@code Llama three} for {@code Llama 3}, {@code Claude three point five} for
 * {@code Claude 3.5}, {@code ex AI} for {@code xAI}.
 */
final class SpokenDigits {

  private static final Map<String, String> DIGITS = Map.ofEntries(
      Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("to", "2"),
      Map.entry("too", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("for", "4"),
      Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
      Map.entry("nine", "9"), Map.entry("point", "."), Map.entry("ex", "x"),
      Map.entry("零", "0"), Map.entry("一", "1"), Map.entry("二", "2"), Map.entry("两", "2"),
      Map.entry("三", "3"), Map.entry("四", "4"), Map.entry("五", "5"), Map.entry("六", "6"),
      Map.entry("七", "7"), Map.entry("八", "8"), Map.entry("九", "9"));

  /** Chinese numerals that may follow a Latin name as its version ({@code Llama三}). */
  static boolean isChineseNumeral(char c) {
    return "零一二两三四五六七八九".indexOf(c) >= 0;
  }

  /** Words that are far more often themselves: read as digits only between two words of a name. */
  private static final Set<String> AMBIGUOUS = Set.of("to", "too", "for", "point", "ex");

  private SpokenDigits() {}

  /** The digit a lower-case word stands for, or the word itself. */
  static String digitFor(String word) {
    return DIGITS.getOrDefault(word, word);
  }

  /**
   * The spoken form of word {@code i} of a window of {@code count} words: digits for number
   * words after the first word; ambiguous words ({@code to}, {@code for}, {@code point}) only
   * inside the window, and {@code ex} (the letter x) only before another word.
   */
  static String spoken(String word, int i, int count) {
    return spoken(word, digitFor(word), isAmbiguous(word), i, count);
  }

  /** {@link #spoken(String, int, int)} from a word's {@link #digitFor} and {@link #isAmbiguous}, made once. */
  static String spoken(String word, String digit, boolean ambiguous, int i, int count) {
    if (word.equals("ex")) {
      return i < count - 1 ? digit : word;
    }
    if (i == 0) {
      return word;
    }
    if (ambiguous && i == count - 1) {
      return word;
    }
    return digit;
  }

  /** A word far more often itself than a digit ({@code to}, {@code for}, {@code point}, {@code ex}). */
  static boolean isAmbiguous(String word) {
    return AMBIGUOUS.contains(word);
  }
}
