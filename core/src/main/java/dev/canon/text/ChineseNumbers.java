package dev.canon.text;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * Numbers spoken in Chinese numerals where a name has digits: ASR writes {@code GPT四},
 * {@code iPhone十五}, {@code 五十八同城}, {@code 一二三零六} (or {@code 幺二三零六}) for GPT-4,
 * iPhone 15, 58同城, 12306. Normalization reads such a run as its digits when it stands as a
 * number of its own: after a Latin word or digit, or two numerals or more, and not a quantity or a
 * date ({@code GPT三个月}, {@code 四月份}, {@code 十分}, {@code 一一}) as HanLP segments it.
 *
 * <p>Only numbers below a hundred with {@code 十} ({@code 十}, {@code 十五}, {@code 二十},
 * {@code 五十八}); other runs digit by digit ({@code 三六零} → 360). Thread-safe.
 */
public final class ChineseNumbers {

  private ChineseNumbers() {}

  /** HanLP's plain segmenter, with its parts of speech: numerals are {@code m}, measure words {@code q}. */
  private static final Segment SEGMENTER = Segmenters.plain(false);

  /** Chars after a run segmented with it to see what follows it. */
  private static final int FOLLOWING = 3;

  /** True for a Chinese numeral that may stand for a digit: 零〇一幺二两三四五六七八九十. */
  public static boolean isNumeral(int cp) {
    return cp >= '〇' && (digit(cp) >= 0 || cp == '十'); // U+3007 is the lowest numeral: most text stops here
  }

  private static int digit(int cp) {
    return switch (cp) {
      case '零', '〇' -> 0;
      case '一', '幺' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  /**
   * What each numeral of {@code run} becomes when read as digits, one string per char (empty
   * for a {@code 十} that is dropped, two digits for a lone {@code 十}); null when the run is not a
   * number this class reads ({@code 十十}, {@code 五十五十}).
   */
  public static String[] digits(String run) {
    int n = run.length();
    String[] out = new String[n];
    int ten = run.indexOf('十');
    if (ten < 0) {
      for (int i = 0; i < n; i++) {
        int d = digit(run.charAt(i));
        if (d < 0) {
          return null;
        }
        out[i] = String.valueOf(d);
      }
      return out;
    }
    if (n > 3 || run.indexOf('十', ten + 1) >= 0 || (ten > 0 && ten != 1) || (ten == 0 && n > 2)) {
      return null;
    }
    boolean before = ten == 1;
    boolean after = ten + 1 < n;
    if ((before && digit(run.charAt(0)) <= 0) || (after && digit(run.charAt(ten + 1)) < 0)) {
      return null; // 零十 is no number
    }
    if (before) {
      out[0] = String.valueOf(digit(run.charAt(0)));
    }
    out[ten] = before ? (after ? "" : "0") : (after ? "1" : "10");
    if (after) {
      out[ten + 1] = String.valueOf(digit(run.charAt(ten + 1)));
    }
    return out;
  }

  /**
   * True when the numerals {@code [start, end)} of {@code text} are read as a number of their own:
   * HanLP makes them one numeral word (or several) ending at {@code end}, and no measure word or
   * time word follows ({@code 三个月}, {@code 四月份}).
   */
  public static boolean standsAlone(String text, int start, int end) {
    int to = Math.min(text.length(), end + FOLLOWING);
    // 幺 is 一 when digits are read out, which HanLP does not know (幺二三零六 as 幺/二三零六)
    List<Term> terms = SEGMENTER.seg(text.substring(start, to).replace('幺', '一'));
    int length = end - start;
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      int tEnd = t.offset + t.word.length();
      String nature = t.nature == null ? "" : t.nature.toString();
      if (tEnd > length) {
        return false; // a word runs on past the numerals: 十分, 四月
      }
      if (!nature.startsWith("m")) {
        return false;
      }
      if (tEnd == length) {
        if (i + 1 == terms.size()) {
          return true;
        }
        String next = terms.get(i + 1).nature == null ? "" : terms.get(i + 1).nature.toString();
        return !next.startsWith("q") && !next.startsWith("t");
      }
    }
    return false;
  }
}
