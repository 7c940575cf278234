package dev.canon.phonetic;

import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two toneless pinyin syllables sound, in {@code [0, 1]}. Equal syllables score 1; the
 * near-homophones Mandarin ASR confuses most (z/zh, c/ch, s/sh, l/n, f/h, in/ing, en/eng, an/ang,
 * j/q/x) score 0.9 or 0.8; other pairs score by letter edit distance. Pure and thread-safe.
 */
public final class SyllableSimilarity {

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
  private static final Set<String> CLOSE_INITIALS = Set.of("jq", "qx", "jx", "bp", "dt", "gk");

  private SyllableSimilarity() {}

  public static double of(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (coarse(a).equals(coarse(b))) {
      return 0.9;
    }
    String ia = initial(a);
    String ib = initial(b);
    String fa = a.substring(ia.length());
    String fb = b.substring(ib.length());
    if (fa.equals(fb) && closeInitials(ia, ib)) {
      return 0.8;
    }
    int d = LEVENSHTEIN.apply(a, b);
    return Math.max(0, 1 - (double) d / Math.max(a.length(), b.length()));
  }

  /**
   * A coarse key that merges the classic fuzzy-pinyin pairs: retroflex and flat initials, l/n,
   * f/h, and front/back nasal finals. Equal coarse keys mean "sounds alike" to most ASR systems.
   */
  public static String coarse(String syllable) {
    String s = syllable;
    if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
      s = s.charAt(0) + s.substring(2);
    }
    if (s.startsWith("n") && !s.equals("n") && !s.equals("ng")) {
      s = "l" + s.substring(1);
    }
    if (s.startsWith("h")) {
      s = "f" + s.substring(1);
    }
    if (s.endsWith("ng") && s.length() > 2) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static boolean closeInitials(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && (CLOSE_INITIALS.contains(a + b) || CLOSE_INITIALS.contains(b + a));
  }

  private static String initial(String s) {
    if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
      return s.substring(0, 2);
    }
    char c = s.charAt(0);
    return "aeiouv".indexOf(c) >= 0 ? "" : String.valueOf(c);
  }
}
