package dev.canon.phonetic;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * English sound keys for Latin names: Double Metaphone (commons-codec) of each letter run, with
 * digit runs kept as they are, so {@code "Cloud 3 Opus"} and {@code "Claude 3 Opus"} share the key
 * {@code KLT3APS}. Thread-safe: each call uses its own encoder.
 */
public final class EnglishKey {

  private static final int MAX_CODE = 16;

  private EnglishKey() {}

  /** The key of a Latin string (letters, digits, anything else as separator). */
  public static String of(String text) {
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
