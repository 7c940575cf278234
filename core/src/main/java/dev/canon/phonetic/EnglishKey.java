package dev.canon.phonetic;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * English sound keys for Latin names: Double Metaphone (commons-codec) of each letter run, with
 * digit runs kept as they are, so {@code "Cloud 3 Opus"} and {@code "Claude 3 Opus"} share the key
 * {@code KLT3APS}. Thread-safe: each call uses its own encoder.
 */
public final class EnglishKey {

  /** The longest Double Metaphone code of one letter run; a longer run's code is cut here. */
  public static final int MAX_CODE = 16;

  /**
   * Keys of words already seen, for the words that repeat from text to text ({@code the},
   * {@code model}, a name): encoding costs far more than a look-up. Bounded: once full, new keys
   * are made and not kept, so memory stays flat and no result depends on what was seen before.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> WORDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int WORDS_KEPT = 1 << 16;

  private static final int WORD_LENGTH = 24;

  private EnglishKey() {}

  /** The key of a Latin string (letters, digits, anything else as separator). */
  public static String of(String text) {
    return encode(text);
  }

  /** {@link #of}, remembered: for single words, which repeat, not for joined windows, which rarely do. */
  public static String ofWord(String word) {
    if (word.length() > WORD_LENGTH) {
      return encode(word);
    }
    String key = WORDS.get(word);
    if (key == null) {
      key = encode(word);
      if (WORDS.size() < WORDS_KEPT) {
        WORDS.putIfAbsent(word, key);
      }
    }
    return key;
  }

  private static String encode(String text) {
    DoubleMetaphone encoder = new DoubleMetaphone();
    encoder.setMaxCodeLen(MAX_CODE);
    StringBuilder key = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = i + 1;
      if (Character.isDigit(c)) {
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
          end++;
        }
        key.append(text, i, end);
      } else if (Character.isLetter(c)) {
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        key.append(encoder.doubleMetaphone(text.substring(i, end)));
      }
      i = end;
    }
    return key.toString();
  }
}
