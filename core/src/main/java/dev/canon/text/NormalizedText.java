package dev.canon.text;

/**
 * A text folded for matching, with a map back to the original.
 *
 * <p>Normalization folds width and case ({@link Scripts#fold}) and traditional Han chars to
 * simplified ({@link ChineseScript#simplify}: {@code 阿里雲} reads {@code 阿里云}); deletes horizontal
 * spaces and joiners that stand between two Latin letters or digits, so {@code "Open AI"},
 * {@code "open-ai"} and {@code "OPENAI"} all read {@code "openai"}, and horizontal spaces between
 * two Han chars ({@code 支 付 宝}); and reads Chinese numerals as digits where they stand as a
 * number ({@link ChineseNumbers}: {@code GPT四} reads {@code gpt4}, {@code 五十八} reads
 * {@code 58}). So each normalized char comes from exactly one original char, except the digits of
 * a numeral: {@code 十} alone reads {@code 10}, both from the one char, and in {@code 五十八} it is
 * dropped.
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
    int plainUntil = 0; // numerals before this index were found not to be a number
    while (i < n) {
      char ascii = text.charAt(i);
      if (ascii < 0x80 && ascii != '-' && !Scripts.isHorizontalSpace(ascii)) {
        // the common case, same as below: ASCII is no numeral and folds to lower case only
        if (len == out.length) { // only after a lone 十 read as 10
          out = java.util.Arrays.copyOf(out, len + 8);
          map = java.util.Arrays.copyOf(map, len + 8);
        }
        out[len] = ascii >= 'A' && ascii <= 'Z' ? (char) (ascii + ('a' - 'A')) : ascii;
        map[len++] = i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int size = Character.charCount(cp);
      if ((Scripts.isHorizontalSpace(cp) || Scripts.isJoiner(cp)) && betweenLatin(text, i)
          || Scripts.isHorizontalSpace(cp) && betweenHan(text, i)) {
        i += size;
        continue;
      }
      if (i >= plainUntil && ChineseNumbers.isNumeral(cp)) {
        int end = i + 1;
        while (end < n && ChineseNumbers.isNumeral(text.charAt(end))) {
          end++;
        }
        String[] digits = readAsNumber(text, i, end);
        if (digits != null) {
          for (int k = 0; k < digits.length; k++) {
            for (int d = 0; d < digits[k].length(); d++) {
              if (len == out.length) {
                out = java.util.Arrays.copyOf(out, len + 8);
                map = java.util.Arrays.copyOf(map, len + 8);
              }
              out[len] = digits[k].charAt(d);
              map[len++] = i + k;
            }
          }
          i = end;
          continue;
        }
        plainUntil = end;
      }
      int folded = Scripts.fold(cp);
      if (Character.charCount(folded) != size) {
        folded = cp; // keep a one-to-one char map; no such pair exists in current Unicode
      }
      folded = ChineseScript.simplify(folded);
      if (len + size > out.length) { // only after a lone 十 read as 10
        out = java.util.Arrays.copyOf(out, len + 8);
        map = java.util.Arrays.copyOf(map, len + 8);
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

  /**
   * The digits of the Chinese numerals {@code [start, end)}, one string per numeral, when they
   * are read as a number ({@link ChineseNumbers}): right after a Latin word or digit ({@code GPT四},
   * at most one space between), or two numerals or more ({@code 五十八}, {@code 三六零}); null otherwise.
   */
  private static String[] readAsNumber(String text, int start, int end) {
    boolean afterLatin = start > 0 && (Scripts.isLatinWordChar(text.charAt(start - 1))
        || start > 1 && text.charAt(start - 1) == ' ' && Scripts.isLatinWordChar(text.charAt(start - 2)));
    if (!afterLatin && end - start < 2) {
      return null;
    }
    String[] digits = ChineseNumbers.digits(text.substring(start, end));
    return digits != null && ChineseNumbers.standsAlone(text, start, end) ? digits : null;
  }

  /** True when the run of horizontal spaces at {@code i} has a Han char on both sides: {@code 支 付 宝}. */
  private static boolean betweenHan(String text, int i) {
    int before = i;
    while (before > 0 && Scripts.isHorizontalSpace(text.codePointBefore(before))) {
      before -= Character.charCount(text.codePointBefore(before));
    }
    if (before == 0 || !Scripts.isHan(text.codePointBefore(before))) {
      return false;
    }
    int after = i;
    while (after < text.length() && Scripts.isHorizontalSpace(text.codePointAt(after))) {
      after += Character.charCount(text.codePointAt(after));
    }
    return after < text.length() && Scripts.isHan(text.codePointAt(after));
  }

  /** Normalizes a dictionary form the same way text is normalized. */
  public static String normalize(String form) {
    NormalizedText n = of(form);
    return new String(n.chars, 0, n.length);
  }

  /**
   * How many runs of spaces or joiners stand between two Latin letters or digits: where Latin
   * words are written apart ({@code hugging face} 1, {@code HuggingFace} and {@code Llama-2} 0),
   * which {@link #normalize} forgets.
   */
  public static int latinBreaks(String form) {
    int breaks = 0;
    int lastWordChar = -1;
    boolean gap = false;
    for (int i = 0; i < form.length(); ) {
      int cp = form.codePointAt(i);
      if (Scripts.isLatinWordChar(cp)) {
        if (gap && lastWordChar >= 0) {
          breaks++;
        }
        lastWordChar = i;
        gap = false;
      } else if (Scripts.isHorizontalSpace(cp) || Scripts.isJoiner(cp)) {
        gap = lastWordChar >= 0;
      } else {
        lastWordChar = -1;
        gap = false;
      }
      i += Character.charCount(cp);
    }
    return breaks;
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
