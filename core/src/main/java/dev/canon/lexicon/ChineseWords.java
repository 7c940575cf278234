package dev.canon.lexicon;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import dev.canon.candidate.Lexicon;

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
  private static final Segment SEGMENTER = HanLP.newSegment()
      .enableOffset(true)
      .enableNameRecognize(false)
      .enablePlaceRecognize(false)
      .enableOrganizationRecognize(false)
      .enableTranslatedNameRecognize(false)
      .enableJapaneseNameRecognize(false)
      .enableCustomDictionary(false);

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
}
