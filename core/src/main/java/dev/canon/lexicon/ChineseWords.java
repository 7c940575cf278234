package dev.canon.lexicon;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import dev.canon.text.Segmenters;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import dev.canon.candidate.Lexicon;
import dev.canon.text.ChineseScript;
import dev.canon.text.Scripts;

/**
 * Everyday Chinese words: HanLP's core dictionary (the word-frequency lexicon behind its
 * segmenter, about 150k words). A word counts as everyday when the dictionary lists it with a
 * frequency of at least {@link #MIN_FREQUENCY}. Thread-safe: HanLP loads it once, then only reads.
 */
public final class ChineseWords implements Lexicon {

  /** Frequency from which a listed word counts as everyday. */
  public static final int MIN_FREQUENCY = 3;

  private static final ChineseWords INSTANCE = new ChineseWords();

  /** HanLP's default segmenter, offsets on, no name or place recognition (plain dictionary). */
  private static final Segment SEGMENTER = Segmenters.plain(false);

  /**
   * The same with HanLP's custom dictionary (brands, idioms, compounds the core one lacks:
   * {@code 京东方}, {@code 纳百川}, {@code 小米粥}); used only to see whether a match cuts a word.
   */
  private static final Segment WIDE_SEGMENTER = Segmenters.plain(true);

  private ChineseWords() {}

  public static ChineseWords instance() {
    return INSTANCE;
  }

  @Override
  public boolean isCommonWord(String word) {
    return CoreDictionary.getTermFrequency(word) >= MIN_FREQUENCY;
  }

  /**
   * The words of a short Chinese text as HanLP's segmenter cuts it, as {@code [start, end)} char
   * offsets. Costs a segmentation: call it for candidates, not for every text position.
   */
  public static List<int[]> words(String text) {
    List<int[]> out = new ArrayList<>();
    for (Term term : SEGMENTER.seg(text)) {
      out.add(new int[] {term.offset, term.offset + term.word.length()});
    }
    return out;
  }

  /**
   * True when a word of {@code text} around {@code [start, end)}, as HanLP segments the span and
   * {@code margin} chars on each side, crosses the span's start or end: {@code 小米粥} cut as
   * {@code 小米} is not the company, {@code 之前的大模型} cut as {@code 前的大模型} is not a name.
   * Segmented twice, with the core dictionary and with the custom one too ({@code 京东方},
   * {@code 海纳百川}, {@code 会展中心} are only in the latter); a cut in either counts, of the
   * latter's words only from {@link #WIDE_WORD_MIN} chars. An edge with no Han char on
   * both of its sides cannot cut a word and costs no segmentation.
   */
  public static boolean cutsWord(String text, int start, int end, int margin) {
    if (!hanOnBothSides(text, start) && !hanOnBothSides(text, end)) {
      return false;
    }
    int from = Math.max(0, start - margin);
    int to = Math.min(text.length(), end + margin);
    // segmented as matching reads it: simplified, without the spaces of a spaced-out 支 付 宝
    StringBuilder around = new StringBuilder(to - from);
    int s = -1;
    int e = -1;
    for (int i = from; i < to; i++) {
      if (i == start) {
        s = around.length();
      }
      if (i == end) {
        e = around.length();
      }
      char c = text.charAt(i);
      if (Scripts.isHorizontalSpace(c) && i > from && i + 1 < to && Scripts.isHan(text.charAt(i - 1))
          && (Scripts.isHan(text.charAt(i + 1)) || Scripts.isHorizontalSpace(text.charAt(i + 1)))) {
        continue;
      }
      around.append((char) ChineseScript.simplify(c));
    }
    if (e < 0) {
      e = around.length();
    }
    String folded = around.toString();
    return crosses(SEGMENTER.seg(folded), s, e, 2) || crosses(WIDE_SEGMENTER.seg(folded), s, e, WIDE_WORD_MIN);
  }

  /**
   * Words of the custom dictionary cut only from this length: its long entries are reliable units
   * (京东方, 纳百川, 会展中心, 度假村), its two-char ones split names the core dictionary keeps apart
   * (赵本上将 read as 赵/本/上将).
   */
  static final int WIDE_WORD_MIN = 3;

  private static boolean crosses(List<Term> terms, int start, int end, int minLength) {
    for (Term t : terms) {
      int a = t.offset;
      int b = t.offset + t.word.length();
      if (b - a >= minLength && ((a < start && start < b) || (a < end && end < b))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hanOnBothSides(String text, int at) {
    return at > 0 && at < text.length() && Scripts.isHan(text.codePointBefore(at)) && Scripts.isHan(text.codePointAt(at));
  }
}
