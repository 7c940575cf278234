package dev.canon.learn;

import dev.canon.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a text into {@link Token}s: word level for Latin, character level for Han (Chinese has no
 * spaces, and its misrecognitions are per syllable). Punctuation and spaces are not tokens, so a
 * reference whose editor added commas or line breaks still aligns word for word.
 */
final class Tokens {

  private Tokens() {}

  /** The tokens of {@code text}, in order; O(n). */
  static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Scripts.isHan(cp)) {
        out.add(new Token(new String(Character.toChars(cp)), i, next, true));
        i = next;
      } else if (isWordChar(Scripts.fold(cp))) {
        int end = next;
        while (end < text.length()) {
          int c = text.codePointAt(end);
          if (isWordChar(Scripts.fold(c)) && !Scripts.isHan(c)) {
            end += Character.charCount(c);
          } else if ((c == '\'' || c == '\u2019') && end + 1 < text.length()
              && Character.isLetter(text.codePointAt(end + 1)) && !Scripts.isHan(text.codePointAt(end + 1))) {
            end++; // don't, Claude's: one word
          } else {
            break;
          }
        }
        String key = key(text.substring(i, end));
        if (key.chars().allMatch(c -> c >= '0' && c <= '9') && nextToHan(text, i, end)) {
          // 同意0码: a digit a Chinese engine wrote for a syllable aligns like a character
          for (int d = i; d < end; d++) {
            out.add(new Token(key.substring(d - i, d - i + 1), d, d + 1, false));
          }
        } else {
          out.add(new Token(key, i, end, false));
        }
        i = end;
      } else {
        i = next;
      }
    }
    return out;
  }

  private static boolean nextToHan(String text, int start, int end) {
    return (start > 0 && Scripts.isHan(text.codePointBefore(start)))
        || (end < text.length() && Scripts.isHan(text.codePointAt(end)));
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp);
  }

  private static String key(String word) {
    StringBuilder out = new StringBuilder(word.length());
    word.codePoints().forEach(c -> out.appendCodePoint(c == '\u2019' ? '\'' : Scripts.fold(c)));
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
