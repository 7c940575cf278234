package dev.canon.phonetic;

import com.hankcs.hanlp.HanLP;
import dev.canon.text.Scripts;
import java.util.List;

/**
 * Mandarin readings of Han characters and digits, toneless, lower case ({@code "通义灵码"} →
 * {@code [tong, yi, ling, ma]}). Digits are read as spoken one by one ({@code 0} → {@code ling}),
 * which is how ASR writes a misheard syllable as a digit ({@code 同意0码}).
 *
 * <p>Uses HanLP's pinyin dictionary, which reads polyphonic characters by the words around them
 * ({@code 重庆} → {@code chong qing}, {@code 长大} → {@code zhang da}). Thread-safe: HanLP's
 * dictionaries are loaded once and only read afterwards.
 */
public final class PinyinReader {

  private static final String[] DIGITS = {
    "ling", "yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu"
  };

  private PinyinReader() {}

  /** True for the code points this class can read: Han characters and ASCII digits. */
  public static boolean isReadable(int cp) {
    return Scripts.isDigit(cp) || Scripts.isHan(cp);
  }

  /**
   * Reads a run of code points, all {@link #isReadable readable}: one syllable per code point, in
   * order; {@code ""} where HanLP has no reading.
   */
  public static String[] read(String run) {
    int count = run.codePointCount(0, run.length());
    String[] out = new String[count];
    List<com.hankcs.hanlp.dictionary.py.Pinyin> han = HanLP.convertToPinyinList(run);
    int i = 0;
    int k = 0;
    while (i < run.length()) {
      int cp = run.codePointAt(i);
      String syllable;
      if (Scripts.isDigit(cp)) {
        syllable = DIGITS[cp - '0'];
      } else {
        syllable = i < han.size() ? toneless(han.get(i)) : ""; // HanLP gives one entry per char, not per code point
      }
      out[k++] = syllable;
      i += Character.charCount(cp);
    }
    return out;
  }

  /**
   * Like {@link #read} but as {@link Syllables} ids, {@link Syllables#NONE} where there is no
   * reading; no strings are made.
   */
  public static int[] readIds(String run) {
    int count = run.codePointCount(0, run.length());
    int[] out = new int[count];
    List<com.hankcs.hanlp.dictionary.py.Pinyin> han = HanLP.convertToPinyinList(run);
    int i = 0;
    int k = 0;
    while (i < run.length()) {
      int cp = run.codePointAt(i);
      // HanLP gives one entry per char, not per code point
      out[k] = Scripts.isDigit(cp) ? DIGIT_IDS[cp - '0'] : i < han.size() ? Syllables.id(han.get(i)) : Syllables.NONE;
      k++;
      i += Character.charCount(cp);
    }
    return out;
  }

  private static final int[] DIGIT_IDS = new int[10];

  static {
    for (int d = 0; d < 10; d++) {
      DIGIT_IDS[d] = Syllables.id(DIGITS[d]);
    }
  }

  private static String toneless(com.hankcs.hanlp.dictionary.py.Pinyin p) {
    if (p == com.hankcs.hanlp.dictionary.py.Pinyin.none5) {
      return "";
    }
    return Syllables.toneless(p);
  }
}
