package dev.canon.phonetic;

import dev.canon.text.Scripts;
import java.util.List;

/**
 * Mandarin readings of Han characters and digits, toneless, lower case ({@code "通义灵码"} →
 * {@code [tong, yi, ling, ma]}). Digits are read as spoken one by one ({@code 0} → {@code ling}),
 * which is how ASR writes a misheard syllable as a digit ({@code 同意0码}).
 *
 * <p>Uses HanLP's pinyin dictionary, which reads polyphonic characters by the words around them
 * ({@code 重庆} → {@code chong qing}, {@code 长大} → {@code zhang da}), read through
 * {@link PinyinTable}: the same readings as {@code HanLP.convertToPinyinList}, with the converter
 * called only around chars whose reading depends on their word. Thread-safe: HanLP's
 * dictionaries and the table are loaded once and only read afterwards.
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
    int[] ids = readIds(run);
    String[] out = new String[ids.length];
    for (int k = 0; k < ids.length; k++) {
      out[k] = ids[k] == Syllables.NONE ? "" : Syllables.name(ids[k]);
    }
    return out;
  }

  /**
   * The readings as {@link Syllables} ids, {@link Syllables#NONE} where there is none; no
   * strings are made. {@link #read} is the same as names.
   */
  public static int[] readIds(String run) {
    int count = run.codePointCount(0, run.length());
    int[] out = new int[count];
    List<com.hankcs.hanlp.dictionary.py.Pinyin> han = PinyinTable.convert(run);
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

  /**
   * The tones of a run of {@link #isReadable readable} code points, one per code point: 1 to 4,
   * 5 for the neutral tone, 0 where there is no reading. Digits take the tone of their spoken
   * syllable ({@code 0} → ling, 2). Same readings, in context, as {@link #readIds}.
   */
  public static int[] readTones(String run) {
    int count = run.codePointCount(0, run.length());
    int[] out = new int[count];
    List<com.hankcs.hanlp.dictionary.py.Pinyin> han = PinyinTable.convert(run);
    int i = 0;
    int k = 0;
    while (i < run.length()) {
      int cp = run.codePointAt(i);
      if (Scripts.isDigit(cp)) {
        out[k] = DIGIT_TONES[cp - '0'];
      } else if (i < han.size() && han.get(i) != com.hankcs.hanlp.dictionary.py.Pinyin.none5) {
        out[k] = han.get(i).getTone();
      }
      k++;
      i += Character.charCount(cp);
    }
    return out;
  }

  /** Tones of the digits read aloud: ling2 yi1 er4 san1 si4 wu3 liu4 qi1 ba1 jiu3. */
  private static final int[] DIGIT_TONES = {2, 1, 4, 1, 4, 3, 4, 1, 1, 3};

  private static final int[] DIGIT_IDS = new int[10];

  static {
    for (int d = 0; d < 10; d++) {
      DIGIT_IDS[d] = Syllables.id(DIGITS[d]);
    }
  }
}
