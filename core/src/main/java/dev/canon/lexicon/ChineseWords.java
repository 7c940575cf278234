package dev.canon.lexicon;

import com.hankcs.hanlp.dictionary.CoreDictionary;
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

  private ChineseWords() {}

  public static ChineseWords instance() {
    return INSTANCE;
  }

  @Override
  public boolean isCommonWord(String word) {
    return CoreDictionary.getTermFrequency(word) >= MIN_FREQUENCY;
  }
}
