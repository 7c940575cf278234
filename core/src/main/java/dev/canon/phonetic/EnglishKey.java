package dev.canon.phonetic;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * English sound keys for Latin names: Double Metaphone (commons-codec) of each letter run, with
 * digit runs kept as they are, so {@code "Cloud 3 Opus"} and {@code "Claude 3 Opus"} share the key
 * {@code KLT3APS}. Thread-safe: each call uses its own encoder.
 */
public final class EnglishKey {

  private static final int MAX_CODE = 16;

  /**
   * Keys already made, for the strings that repeat from text to text ({@code the}, {@code model},
   * a name): encoding costs far more than a look-up. Bounded: once full, new keys are made and
   * not kept, so memory stays flat and the result never depends on what was seen before.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> MEMO =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MEMO_SIZE = 1 << 16;

  private static final int MEMO_LENGTH = 24;

  private EnglishKey() {}

  /** The key of a Latin string (letters, digits, anything else as separator). */
  public static String of(String text) {
    if (text.length() > MEMO_LENGTH) {
      return encode(text);
    }
    String key = MEMO.get(text);
    if (key == null) {
      key = encode(text);
      if (MEMO.size() < MEMO_SIZE) {
        MEMO.putIfAbsent(text, key);
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
