package dev.canon.candidate;

import dev.canon.text.Scripts;

/** Word boundaries for Latin matches: {@code Lama} must not match inside {@code Lamarck}. */
final class Boundaries {

  private Boundaries() {}

  /**
   * True when {@code [start, end)} of {@code text} does not cut a Latin word or a decimal number:
   * a Latin letter or digit at an edge must not continue outside it, and a digit at an edge must
   * not continue as {@code .digit} ({@code Grok 1} does not match inside {@code Grok 1.5}).
   */
  static boolean respected(String text, int start, int end) {
    if (start > 0 && latin(text.codePointAt(start))) {
      int before = text.codePointBefore(start);
      if (latin(before)) {
        return false;
      }
      if (Scripts.isDigit(text.charAt(start)) && before == '.' && start > 1
          && Scripts.isDigit(text.charAt(start - 2))) {
        return false;
      }
    }
    if (end < text.length() && end > start && latin(text.codePointBefore(end))) {
      int after = text.codePointAt(end);
      if (latin(after)) {
        return false;
      }
      if (Scripts.isDigit(text.charAt(end - 1)) && after == '.' && end + 1 < text.length()
          && Scripts.isDigit(text.charAt(end + 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean latin(int cp) {
    return Scripts.isLatinAlnum(Scripts.fold(cp));
  }
}
