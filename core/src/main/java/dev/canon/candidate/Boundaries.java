package dev.canon.candidate;

import dev.canon.text.Scripts;

/** Word boundaries for Latin matches: {@code Lama} must not match inside {@code Lamarck}. */
public final class Boundaries {

  private Boundaries() {}

  /**
   * True when {@code [start, end)} of {@code text} does not cut a Latin word or a decimal number:
   * a Latin letter or digit at an edge must not continue outside it, and a digit at an edge must
   * not continue as {@code .digit} ({@code Grok 1} does not match inside {@code Grok 1.5}).
   */
  public static boolean respected(String text, int start, int end) {
    if (start > 0 && end > start && cutsCompound(text, start, -1) || end < text.length() && end > start
        && cutsCompound(text, end, +1)) {
      return false;
    }
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

  /**
   * True when {@code [start, end)} cuts a run of digits or Chinese numerals: an alias
   * {@code 一二三零六} is not in {@code 工号是一二三零六八}, {@code 三星} is not in {@code 十三星}.
   */
  public static boolean cutsNumber(String text, int start, int end) {
    return start > 0 && end > start && number(text.charAt(start - 1)) && number(text.charAt(start))
        || end < text.length() && end > start && number(text.charAt(end - 1)) && number(text.charAt(end));
  }

  private static boolean number(char c) {
    return Scripts.isDigit(Scripts.fold(c)) || dev.canon.text.ChineseNumbers.isNumeral(c);
  }

  /**
   * True when the match edge at {@code at} touches an identifier or a hyphenated compound that goes
   * on outside it: {@code _} next to it ({@code qwen_vl}), or a hyphen followed by a letter or
   * digit ({@code DotaMath-deepseek-7B}, {@code Llama-2-7b}), so only part of a longer name would
   * be matched. {@code direction} is -1 for a start, +1 for an end.
   */
  private static boolean cutsCompound(String text, int at, int direction) {
    int edge = direction < 0 ? text.codePointAt(at) : text.codePointBefore(at);
    if (!latin(edge)) {
      return false;
    }
    int next = direction < 0 ? at - 1 : at;
    if (next < 0 || next >= text.length()) {
      return false;
    }
    char c = text.charAt(next);
    if (c == '_') {
      return true;
    }
    if (c != '-') {
      return false;
    }
    int beyond = next + direction;
    return beyond >= 0 && beyond < text.length() && latin(text.charAt(beyond));
  }

  private static boolean latin(int cp) {
    return Scripts.isLatinWordChar(cp);
  }
}
