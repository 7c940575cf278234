package dev.canon.lexicon;

import dev.canon.candidate.Lexicon;
import dev.canon.text.Scripts;

/** Ready-made lexicons. */
public final class Lexicons {

  private Lexicons() {}

  /**
   * English words for Latin words, HanLP's core dictionary for Chinese: the default protection
   * of a corrector.
   */
  public static Lexicon standard() {
    return word -> {
      if (word.isEmpty()) {
        return false;
      }
      return Scripts.isHan(word.codePointAt(0))
          ? ChineseWords.instance().isCommonWord(word)
          : EnglishWords.instance().isCommonWord(word);
    };
  }
}
