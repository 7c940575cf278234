package dev.canon.candidate.latin;

import dev.canon.text.Scripts;
import java.util.Arrays;

/**
 * The Latin words of a text, as UTF-16 spans of the original: runs of Latin letters and digits,
 * a dot inside a number kept ({@code 1.5}). Built once per text, O(n).
 */
final class LatinTokens {

  final int[] starts;
  final int[] ends;
  final int count;

  private LatinTokens(int[] starts, int[] ends, int count) {
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  static LatinTokens of(String text) {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int count = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!latin(text.charAt(i)) && !numeralAfterName(text, i, count > 0 ? ends[count - 1] : -1)) {
        i++;
        continue;
      }
      int start = i;
      if (latin(text.charAt(i))) {
        while (i < n && (latin(text.charAt(i)) || decimalDot(text, i))) {
          i++;
        }
      } else {
        i++; // a Chinese numeral read as a version: one char, its own token
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count++] = i;
    }
    return new LatinTokens(starts, ends, count);
  }

  /** True when only spaces or joiners (at most three chars, no line break) separate tokens a, a+1. */
  boolean joined(String text, int a) {
    int gapStart = ends[a];
    int gapEnd = starts[a + 1];
    if (gapEnd - gapStart > 3) {
      return false;
    }
    for (int i = gapStart; i < gapEnd; i++) {
      char c = text.charAt(i);
      if (!(Scripts.isHorizontalSpace(c) || Scripts.isJoiner(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A Chinese numeral right after a Latin word (at most one space between) that stands as a
   * number: {@code Llama三，} and {@code Llama三很强} are Llama 3, {@code GPT三个月} is three months.
   */
  private static boolean numeralAfterName(String text, int i, int previousEnd) {
    if (previousEnd < 0 || !SpokenDigits.isChineseNumeral(text.charAt(i)) || i - previousEnd > 1) {
      return false;
    }
    if (i > previousEnd && text.charAt(previousEnd) != ' ') {
      return false;
    }
    // followed by Chinese: a version only where it stands as a number (Llama三很强), not a
    // quantity or a date (GPT三个月, GPT四月份)
    return i + 1 >= text.length() || !Character.isIdeographic(text.charAt(i + 1))
        || dev.canon.text.ChineseNumbers.standsAlone(text, i, i + 1);
  }

  private static boolean latin(char c) {
    return !Character.isSurrogate(c) && Scripts.isLatinWordChar(c);
  }

  private static boolean decimalDot(String text, int i) {
    return text.charAt(i) == '.' && i > 0 && i + 1 < text.length()
        && Scripts.isDigit(Scripts.fold(text.charAt(i - 1))) && Scripts.isDigit(Scripts.fold(text.charAt(i + 1)));
  }
}
