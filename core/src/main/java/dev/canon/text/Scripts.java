package dev.canon.text;

/** Character classes the matchers agree on. All methods take code points and are pure. */
public final class Scripts {

  private Scripts() {}

  /**
   * Latin letters (Basic Latin through Latin Extended-B) and ASCII digits: the characters that form
   * "words" whose boundaries a Latin match must respect.
   */
  public static boolean isLatinAlnum(int cp) {
    return (cp >= '0' && cp <= '9') || (cp < 0x250 && Character.isLetter(cp));
  }

  /** ASCII digit. */
  public static boolean isDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  /** A Han ideograph (CJK unified ideographs, extensions and compatibility ideographs). */
  public static boolean isHan(int cp) {
    if (cp < HAN_BMP.length * 64) {
      return (HAN_BMP[cp >>> 6] & (1L << cp)) != 0;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /**
   * {@code UnicodeScript.of(cp) == HAN} for every BMP code point, computed once (8 KB): the test
   * runs on every char of every text, and the JDK's answer is a binary search over script ranges.
   */
  private static final long[] HAN_BMP = new long[0x10000 / 64];

  /**
   * {@link #fold}, {@link #isLatinWordChar} and {@link #isHorizontalSpace} of every BMP char,
   * computed once (128 + 8 + 8 KB): the JDK's case and type look-ups cost more than the rest of
   * a text's per-char work, and every char of every text is folded and classified.
   */
  private static final char[] FOLD_BMP = new char[0x10000];

  /** In {@link #FOLD_BMP}: look the fold up, it leaves the BMP. No char folds to U+FFFF. */
  private static final char OUTSIDE_BMP = '\uFFFF';

  private static final long[] LATIN_BMP = new long[0x10000 / 64];

  private static final long[] SPACE_BMP = new long[0x10000 / 64];

  static {
    for (int cp = 0; cp < 0x10000; cp++) {
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        HAN_BMP[cp >>> 6] |= 1L << cp;
      }
      int folded = computedFold(cp);
      FOLD_BMP[cp] = folded < 0x10000 ? (char) folded : OUTSIDE_BMP; // none in Unicode 13
      if (isLatinAlnum(folded)) {
        LATIN_BMP[cp >>> 6] |= 1L << cp;
      }
      if (computedHorizontalSpace(cp)) {
        SPACE_BMP[cp >>> 6] |= 1L << cp;
      }
    }
  }

  /** Horizontal space: never a line break, so matches never swallow one. */
  public static boolean isHorizontalSpace(int cp) {
    if (cp < SPACE_BMP.length * 64) {
      return (SPACE_BMP[cp >>> 6] & (1L << cp)) != 0;
    }
    return computedHorizontalSpace(cp);
  }

  static boolean computedHorizontalSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\u00A0' || cp == '\u3000' || cp == '\u202F'
        || (Character.getType(cp) == Character.SPACE_SEPARATOR);
  }

  /**
   * {@code isLatinAlnum(fold(cp))}: a char that, folded, continues a Latin word ({@code Ｇ},
   * {@code K} the Kelvin sign). Every text char is asked this, so BMP answers come from a table.
   */
  public static boolean isLatinWordChar(int cp) {
    if (cp < LATIN_BMP.length * 64) {
      return (LATIN_BMP[cp >>> 6] & (1L << cp)) != 0;
    }
    return isLatinAlnum(computedFold(cp));
  }

  /**
   * Hyphen-like joiners that ASR writes or drops between Latin tokens ({@code GPT-4},
   * {@code GPT 4}). Not the underscore: {@code qwen_vl} is an identifier, not speech.
   */
  public static boolean isJoiner(int cp) {
    return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u2012' || cp == '\u2013'
        || cp == '\uFF0D';
  }

  /**
   * Width and case folding of one code point: full-width ASCII to half width, ideographic space
   * to space, the noncharacter U+FFFF to U+FFFD, then lower case. Always one code point in, one out.
   */
  public static int fold(int cp) {
    if (cp < FOLD_BMP.length && FOLD_BMP[cp] != OUTSIDE_BMP) {
      return FOLD_BMP[cp];
    }
    return computedFold(cp);
  }

  static int computedFold(int cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      cp -= 0xFEE0;
    } else if (cp == 0x3000) {
      cp = ' ';
    } else if (cp == 0xFFFF) {
      cp = 0xFFFD; // a noncharacter; U+FFFF also overflows hankcs' trie arrays (index base + 0xFFFF + 1)
    }
    return Character.toLowerCase(cp);
  }
}
