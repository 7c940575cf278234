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
    return STANDARD;
  }

  private static final Lexicon STANDARD = new Lexicon() {
    @Override
    public boolean isCommonWord(String word) {
      if (word.isEmpty()) {
        return false;
      }
      return Scripts.isHan(word.codePointAt(0))
          ? ChineseWords.instance().isCommonWord(word)
          : EnglishWords.instance().isCommonWord(word);
    }

    @Override
    public boolean isName(String word) {
      return !word.isEmpty() && !Scripts.isHan(word.codePointAt(0)) && EnglishWords.instance().isName(word);
    }
  };
}
