package dev.canon.candidate;

/**
 * Everyday words, which fuzzy and sound matching must not rewrite on their own. Implementations
 * are immutable and thread-safe.
 */
@FunctionalInterface
public interface Lexicon {

  /** A lexicon that knows no words. */
  Lexicon NONE = word -> false;

  /**
   * True when {@code word} (lower case; for Chinese, the characters as written) is an everyday
   * word of its language.
   */
  boolean isCommonWord(String word);
}
