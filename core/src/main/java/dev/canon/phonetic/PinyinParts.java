package dev.canon.phonetic;

/**
 * The initial and final of a toneless pinyin syllable, as a learned engine profile counts them:
 * {@code zh}/{@code ch}/{@code sh} or one consonant letter ({@code y} and {@code w} included) is
 * the initial, the rest the final ({@code "zhuang"} → {@code zh} + {@code uang}, {@code "an"} →
 * {@code ""} + {@code an}). Pure and thread-safe.
 */
public final class PinyinParts {

  private PinyinParts() {}

  /** The initial, {@code ""} when the syllable starts with a vowel. */
  public static String initial(String syllable) {
    if (syllable.startsWith("zh") || syllable.startsWith("ch") || syllable.startsWith("sh")) {
      return syllable.substring(0, 2);
    }
    if (syllable.isEmpty() || "aeiouv".indexOf(syllable.charAt(0)) >= 0) {
      return "";
    }
    // syllabic nasals (n, ng, m, hm) have no final; the whole is the initial
    return syllable.substring(0, 1);
  }

  /** The final: what follows the initial; {@code ""} for a syllabic nasal such as {@code n}. */
  public static String fin(String syllable) {
    return syllable.substring(initial(syllable).length());
  }
}
