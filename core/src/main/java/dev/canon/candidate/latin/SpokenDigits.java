package dev.canon.candidate.latin;

import java.util.Map;
import java.util.Set;

/**
 * English words that ASR writes for a digit or letter inside a name: {@code Audio to LNK} for
 * {@code Audio2Lmk}, {@code Llama three} for {@code Llama 3}, {@code Claude three point five} for
 * {@code Claude 3.5}, {@code ex AI} for {@code xAI}, {@code covid nineteen} for {@code COVID-19},
 * {@code Qwen seventy two B} for {@code Qwen 72B}.
 */
final class SpokenDigits {

  private static final Map<String, String> DIGITS = Map.ofEntries(
      Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("to", "2"),
      Map.entry("too", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("for", "4"),
      Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
      Map.entry("nine", "9"), Map.entry("point", "."), Map.entry("ex", "x"),
      Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("thirteen", "13"),
      Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("sixteen", "16"),
      Map.entry("seventeen", "17"), Map.entry("eighteen", "18"), Map.entry("nineteen", "19"),
      Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"),
      Map.entry("sixty", "60"), Map.entry("seventy", "70"), Map.entry("eighty", "80"), Map.entry("ninety", "90"),
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

  /**
   * Appends {@code piece}, the spoken form of {@code word}, after the window's previous word and
   * its spoken form (both null for the first word): a tens word then a unit word make one number
   * ({@code seventy two} → 72, not 702); digits written as digits, and {@code to} and {@code for}
   * ({@code ambiguous}), never join one.
   */
  static void append(StringBuilder out, String previousWord, String previousPiece, String word, String piece,
      boolean ambiguous) {
    if (previousPiece != null && !ambiguous && isTens(previousPiece) && !previousPiece.equals(previousWord)
        && piece.length() == 1 && piece.charAt(0) >= '1' && piece.charAt(0) <= '9' && !piece.equals(word)) {
      out.setLength(out.length() - 1);
    }
    out.append(piece);
  }

  /** {@code 20} to {@code 90}: what a tens word reads as. */
  private static boolean isTens(String piece) {
    return piece.length() == 2 && piece.charAt(1) == '0' && piece.charAt(0) >= '2' && piece.charAt(0) <= '9';
  }

  /** A word far more often itself than a digit ({@code to}, {@code for}, {@code point}, {@code ex}). */
  static boolean isAmbiguous(String word) {
    return AMBIGUOUS.contains(word);
  }
}
