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

  /**
   * True when {@code word} (any case) is a well-known name of a person or place, such as
   * {@code Jeff} or {@code Europe}: a fuzzy match must not turn it into a rarer spelling
   * ({@code Jeoff}) without context. None by default.
   */
  default boolean isName(String word) {
    return false;
  }
}
