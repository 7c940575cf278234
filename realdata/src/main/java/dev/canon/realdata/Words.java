package dev.canon.realdata;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into the words that alignment compares: pieces between whitespace, hyphens,
 * dashes and slashes, each reduced to its lower-cased letters and digits. Pieces with no letter
 * or digit (a lone {@code &} or {@code %}) are dropped. Splitting at hyphens on both sides makes
 * {@code Ingersoll-Rand} and {@code Ingersoll Rand} compare equal, word for word.
 *
 * <p>Stateless and thread-safe.
 */
public final class Words {

  private Words() {}

  /**
   * One word of a text.
   *
   * @param norm lower-cased letters and digits only, never empty
   * @param start its first letter or digit in the text, inclusive (UTF-16 index)
   * @param end the char after its last letter or digit, exclusive
   */
  public record Word(String norm, int start, int end) {}

  /** The words of {@code text}, in order. O(n). */
  public static List<Word> split(String text) {
    List<Word> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean gap = i == text.length() || isGap(text.charAt(i));
      if (gap && start >= 0) {
        add(text, start, i, words);
        start = -1;
      } else if (!gap && start < 0) {
        start = i;
      }
    }
    return words;
  }

  /** Adds the piece {@code [start, end)} trimmed to its first and last letter or digit. */
  private static void add(String text, int start, int end, List<Word> words) {
    String norm = normalize(text.substring(start, end));
    if (norm.isEmpty()) {
      return;
    }
    int from = start;
    while (!Character.isLetterOrDigit(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    int to = end;
    while (!Character.isLetterOrDigit(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    words.add(new Word(norm, from, to));
  }

  /** Lower-cased letters and digits of {@code piece}: {@code "Co."} → {@code "co"}. */
  public static String normalize(String piece) {
    StringBuilder out = new StringBuilder(piece.length());
    piece.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The norms of {@code words}, in order. */
  public static List<String> norms(List<Word> words) {
    List<String> out = new ArrayList<>(words.size());
    for (Word w : words) {
      out.add(w.norm());
    }
    return out;
  }

  private static boolean isGap(char c) {
    return Character.isWhitespace(c) || c == '-' || c == '\u2013' || c == '\u2014' || c == '/';
  }
}
