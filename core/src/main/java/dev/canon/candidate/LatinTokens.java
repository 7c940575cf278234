package dev.canon.candidate;

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
      if (!latin(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (latin(text.charAt(i)) || decimalDot(text, i))) {
        i++;
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

  private static boolean latin(char c) {
    return !Character.isSurrogate(c) && Scripts.isLatinAlnum(Scripts.fold(c));
  }

  private static boolean decimalDot(String text, int i) {
    return text.charAt(i) == '.' && i > 0 && i + 1 < text.length()
        && Scripts.isDigit(Scripts.fold(text.charAt(i - 1))) && Scripts.isDigit(Scripts.fold(text.charAt(i + 1)));
  }
}
