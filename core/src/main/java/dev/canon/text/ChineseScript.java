package dev.canon.text;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional and simplified Chinese, one char at a time: matching reads text folded to simplified
 * ({@code 阿里雲} meets {@code 阿里云}); a correction is written in the script of the text around it.
 *
 * <p>The per-char tables come from HanLP portable's own conversion tables ({@code t2s.txt},
 * {@code s2t.txt} in its jar, the data behind {@link HanLP#convertToSimplifiedChinese}): its API
 * converts strings by phrases, and a fold that keeps the offset map trivial must be one char to
 * one char. Only one-char entries are used. Loaded once, on the first Han char; thread-safe.
 */
public final class ChineseScript {

  private ChineseScript() {}

  /** The tables, loaded when first needed (about 0.1 s). */
  private static final class Tables {
    /** Simplified form of each BMP char; the char itself when it has none. */
    static final char[] SIMPLIFIED = new char[0x10000];
    /** BMP chars whose traditional form differs: written only in simplified text. */
    static final long[] SIMPLIFIED_ONLY = new long[0x10000 / 64];

    static {
      for (int c = 0; c < SIMPLIFIED.length; c++) {
        SIMPLIFIED[c] = (char) c;
      }
      read("data/dictionary/tc/s2t.txt", (s, t) -> {
        SIMPLIFIED_ONLY[s >>> 6] |= 1L << s;
        if (SIMPLIFIED[t] == t) {
          SIMPLIFIED[t] = s;
        }
      });
      read("data/dictionary/tc/t2s.txt", (t, s) -> SIMPLIFIED[t] = s); // its own entries win
      for (int c = 0; c < SIMPLIFIED.length; c++) {
        if (SIMPLIFIED[c] != c) {
          SIMPLIFIED_ONLY[c >>> 6] &= ~(1L << c); // a traditional char is not simplified-only
        }
      }
    }

    private interface Pair {
      void accept(char from, char to);
    }

    /** Reads the one-char entries {@code a=b} of one of HanLP's tables. */
    private static void read(String resource, Pair pair) {
      try (InputStream in = HanLP.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("HanLP portable lacks " + resource + "; is hanlp-portable on the class path?");
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.length() == 3 && line.charAt(1) == '=' && line.charAt(0) != line.charAt(2)
              && Scripts.isHan(line.charAt(0)) && Scripts.isHan(line.charAt(2))) {
            pair.accept(line.charAt(0), line.charAt(2));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading HanLP's " + resource, e);
      }
    }
  }

  /** The simplified form of a Han code point ({@code 雲} → {@code 云}); any other code point as it is. */
  public static int simplify(int cp) {
    return cp < 0x10000 && Scripts.isHan(cp) ? Tables.SIMPLIFIED[cp] : cp;
  }

  /** True for a char written only in traditional text ({@code 雲}, {@code 義}). */
  public static boolean isTraditional(int cp) {
    return simplify(cp) != cp;
  }

  /** True for a char written only in simplified text ({@code 云}, {@code 义}). */
  public static boolean isSimplified(int cp) {
    return cp < 0x10000 && Scripts.isHan(cp) && (Tables.SIMPLIFIED_ONLY[cp >>> 6] & (1L << cp)) != 0;
  }

  /** Chars on each side of a span read to tell the script of the text around it. */
  public static final int WINDOW = 20;

  /**
   * True when the text around {@code [start, end)} (the span and {@link #WINDOW} chars on each
   * side) has more traditional-only chars than simplified-only ones: a correction there is
   * written in traditional characters.
   */
  public static boolean isTraditionalAround(String text, int start, int end) {
    return balance(text, start, end) > 0;
  }

  /** True when the text around the span has more simplified-only chars than traditional-only ones. */
  public static boolean isSimplifiedAround(String text, int start, int end) {
    return balance(text, start, end) < 0;
  }

  /** Traditional-only minus simplified-only chars in the span and {@link #WINDOW} chars around it. */
  private static int balance(String text, int start, int end) {
    int from = Math.max(0, start - WINDOW);
    int to = Math.min(text.length(), end + WINDOW);
    int traditional = 0;
    int simplified = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isTraditional(c)) {
        traditional++;
      } else if (isSimplified(c)) {
        simplified++;
      }
    }
    return traditional - simplified;
  }

  /** {@code text} in simplified characters, converted by phrases (HanLP). */
  public static String toSimplified(String text) {
    return HanLP.convertToSimplifiedChinese(text);
  }

  /** {@code text} in traditional characters, converted by phrases (HanLP: 干净 → 乾淨, 干部 → 幹部). */
  public static String toTraditional(String text) {
    return HanLP.convertToTraditionalChinese(text);
  }
}
