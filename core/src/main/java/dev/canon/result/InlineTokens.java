package dev.canon.result;

import java.util.ArrayList;
import java.util.List;

/** Tokens for inline markup: a Latin word or number, a run of spaces, or any other code point. */
final class InlineTokens {

  private InlineTokens() {}

  static List<String> split(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (isWordChar(cp)) {
        while (end < text.length() && isWordChar(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
      } else if (Character.isWhitespace(cp)) {
        while (end < text.length() && Character.isWhitespace(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
      }
      tokens.add(text.substring(i, end));
      i = end;
    }
    return tokens;
  }

  private static boolean isWordChar(int cp) {
    return cp < 0x250 && Character.isLetterOrDigit(cp);
  }
}
