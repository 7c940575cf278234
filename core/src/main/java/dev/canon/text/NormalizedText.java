package dev.canon.text;

/**
 * A text folded for matching, with a map back to the original.
 *
 * <p>Normalization folds width and case ({@link Scripts#fold}) and deletes horizontal spaces and
 * joiners that stand between two Latin letters or digits, so {@code "Open AI"}, {@code "open-ai"}
 * and {@code "OPENAI"} all read {@code "openai"}. Nothing else is deleted or inserted, so each
 * normalized char comes from exactly one original char.
 *
 * <p>The map is one {@code int} per normalized char (its original index). Unlike Lucene's
 * checkpoint list this costs 4 bytes a char, but gives O(1) lookups in both directions of a span
 * and cannot drift at deletions: a span's start maps through its first char and its end through
 * its last char, so a deleted space at either edge is never pulled into the span.
 *
 * <p>Immutable once built; O(n) to build.
 */
public final class NormalizedText {

  private final String original;
  private final char[] chars;
  private final int[] toOriginal;
  private final int length;

  private NormalizedText(String original, char[] chars, int[] toOriginal, int length) {
    this.original = original;
    this.chars = chars;
    this.toOriginal = toOriginal;
    this.length = length;
  }

  /** Normalizes {@code text}; O(n). */
  public static NormalizedText of(String text) {
    int n = text.length();
    char[] out = new char[n];
    int[] map = new int[n];
    int len = 0;
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int size = Character.charCount(cp);
      if ((Scripts.isHorizontalSpace(cp) || Scripts.isJoiner(cp)) && betweenLatin(text, i)) {
        i += size;
        continue;
      }
      int folded = Scripts.fold(cp);
      if (Character.charCount(folded) != size) {
        folded = cp; // keep a one-to-one char map; no such pair exists in current Unicode
      }
      if (size == 1) {
        out[len] = (char) folded;
        map[len++] = i;
      } else {
        out[len] = Character.highSurrogate(folded);
        map[len++] = i;
        out[len] = Character.lowSurrogate(folded);
        map[len++] = i + 1;
      }
      i += size;
    }
    return new NormalizedText(text, out, map, len);
  }

  /** Normalizes a dictionary form the same way text is normalized. */
  public static String normalize(String form) {
    NormalizedText n = of(form);
    return new String(n.chars, 0, n.length);
  }

  /** True when the run of spaces/joiners at {@code i} has a Latin letter or digit on both sides. */
  private static boolean betweenLatin(String text, int i) {
    int before = i;
    while (before > 0) {
      int cp = text.codePointBefore(before);
      if (!(Scripts.isHorizontalSpace(cp) || Scripts.isJoiner(cp))) {
        if (!Scripts.isLatinWordChar(cp)) {
          return false;
        }
        break;
      }
      before -= Character.charCount(cp);
    }
    if (before == 0) {
      return false;
    }
    int after = i;
    while (after < text.length()) {
      int cp = text.codePointAt(after);
      if (!(Scripts.isHorizontalSpace(cp) || Scripts.isJoiner(cp))) {
        return Scripts.isLatinWordChar(cp);
      }
      after += Character.charCount(cp);
    }
    return false;
  }

  /** The caller's text. */
  public String original() {
    return original;
  }

  /** Number of normalized chars. */
  public int length() {
    return length;
  }

  /** Normalized char at {@code i}, {@code 0 <= i < length()}. */
  public char charAt(int i) {
    return chars[i];
  }

  /** The normalized chars; callers must not modify the array. Valid up to {@link #length()}. */
  public char[] chars() {
    return chars;
  }

  /** The normalized text as a string. */
  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  /** Original index of the normalized char at {@code i}. */
  public int originalStart(int i) {
    return toOriginal[i];
  }

  /**
   * Original index just after the normalized chars up to {@code end} (exclusive), for
   * {@code end > 0}: the end of the last char, never the deleted chars that follow it.
   */
  public int originalEnd(int end) {
    return toOriginal[end - 1] + 1;
  }
}
