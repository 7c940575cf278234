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

  static {
    for (int cp = 0; cp < 0x10000; cp++) {
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        HAN_BMP[cp >>> 6] |= 1L << cp;
      }
    }
  }

  /** Horizontal space: never a line break, so matches never swallow one. */
  public static boolean isHorizontalSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\u00A0' || cp == '\u3000' || cp == '\u202F'
        || (Character.getType(cp) == Character.SPACE_SEPARATOR);
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
