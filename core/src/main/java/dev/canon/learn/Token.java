package dev.canon.learn;

/**
 * One unit of alignment: a Latin word (letters, digits, inner apostrophes) or one Han character.
 *
 * @param key the compared form: lower case, full width folded
 * @param start first UTF-16 index in the text
 * @param end UTF-16 index after the token
 * @param han whether it is one Han character (aligned, and read in pinyin, one by one)
 */
record Token(String key, int start, int end, boolean han) {

  /** Whether this is a run of ASCII digits, which a Chinese engine may write for a syllable. */
  boolean digits() {
    return !han && key.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
