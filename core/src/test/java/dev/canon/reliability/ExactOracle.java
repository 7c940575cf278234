package dev.canon.reliability;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A deliberately slow exact matcher written from SPEC, sharing no code with the engine: for every
 * start and end of the text, normalize the substring on its own and compare it with every form's
 * normalized text, then check Latin word boundaries. O(n² · n) per text; for tests only.
 *
 * <p>Normalization per SPEC: full width to half width, lower case, and spaces or hyphens deleted
 * between Latin letters and digits; as the engine documents, spaces (not hyphens) deleted between
 * Han chars ({@code 支 付 宝}). The generated texts hold no traditional chars and no Chinese
 * numerals, whose folding the engine also documents. Boundaries per SPEC: a Latin match must not cut a Latin word;
 * as the engine documents, a number must not be cut at a decimal point either ({@code Grok 1}
 * is not in {@code Grok 1.5}).
 */
final class ExactOracle {

  private ExactOracle() {}

  /** Every exact or alias mention as {@code "start:end:entityId:METHOD:form"}, sorted. */
  static Set<String> find(String text, List<Dictionary> dictionaries) {
    Map<String, List<String>> byKey = new HashMap<>();
    for (Dictionary d : dictionaries) {
      for (Entity e : d.entities()) {
        add(byKey, e.canonical(), e.id() + ":EXACT:" + e.canonical());
        e.synonyms().forEach(s -> add(byKey, s, e.id() + ":EXACT:" + s));
        e.aliases().forEach(a -> add(byKey, a, e.id() + ":ALIAS:" + a));
      }
    }
    Set<String> found = new TreeSet<>();
    for (int start = 0; start < text.length(); start++) {
      for (int end = start + 1; end <= text.length(); end++) {
        List<String> hits = byKey.get(normalize(text.substring(start, end)));
        if (hits != null && boundaries(text, start, end)) {
          for (String hit : hits) {
            found.add(start + ":" + end + ":" + hit);
          }
        }
      }
    }
    return found;
  }

  private static void add(Map<String, List<String>> byKey, String form, String label) {
    byKey.computeIfAbsent(normalize(form), k -> new ArrayList<>()).add(label);
  }

  static String normalize(String s) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!gap(cp)) {
        out.appendCodePoint(fold(cp));
        i += Character.charCount(cp);
        continue;
      }
      int j = i;
      while (j < s.length() && gap(s.codePointAt(j))) {
        j += Character.charCount(s.codePointAt(j));
      }
      boolean betweenLatin = i > 0 && j < s.length() && latin(s.codePointBefore(i)) && latin(s.codePointAt(j));
      boolean spacesBetweenHan = i > 0 && j < s.length() && han(s.codePointBefore(i)) && han(s.codePointAt(j))
          && s.substring(i, j).codePoints().noneMatch(c -> "-‐‑‒–－".indexOf(c) >= 0);
      if (!betweenLatin && !spacesBetweenHan) {
        s.substring(i, j).codePoints().forEach(c -> out.appendCodePoint(fold(c)));
      }
      i = j;
    }
    return out.toString();
  }

  private static boolean boundaries(String text, int start, int end) {
    if (start > 0 && latin(text.codePointAt(start)) && latin(text.codePointBefore(start))) {
      return false;
    }
    if (end < text.length() && latin(text.codePointBefore(end)) && latin(text.codePointAt(end))) {
      return false;
    }
    boolean cutsNumberAtStart = start > 1 && digit(text.charAt(start)) && text.charAt(start - 1) == '.'
        && digit(text.charAt(start - 2));
    boolean cutsNumberAtEnd = end + 1 < text.length() && digit(text.charAt(end - 1)) && text.charAt(end) == '.'
        && digit(text.charAt(end + 1));
    // a match never cuts an identifier (x_y) or a hyphenated compound (a-b): the letter or digit
    // at its edge must not continue through '_' or through '-' into another letter or digit
    boolean cutsCompoundAtStart = start > 0 && latin(text.codePointAt(start))
        && (text.charAt(start - 1) == '_'
            || (text.charAt(start - 1) == '-' && start > 1 && latin(text.charAt(start - 2))));
    boolean cutsCompoundAtEnd = end < text.length() && end > start && latin(text.codePointBefore(end))
        && (text.charAt(end) == '_'
            || (text.charAt(end) == '-' && end + 1 < text.length() && latin(text.charAt(end + 1))));
    return !cutsNumberAtStart && !cutsNumberAtEnd && !cutsCompoundAtStart && !cutsCompoundAtEnd;
  }

  /** Spaces (any space separator, tab) and hyphen-like joiners. */
  private static boolean gap(int cp) {
    return cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR || "-‐‑‒–－".indexOf(cp) >= 0;
  }

  /** Latin letters (up to Latin Extended-B) and ASCII digits, after folding. */
  private static boolean latin(int cp) {
    int f = fold(cp);
    return (f >= '0' && f <= '9') || (f < 0x250 && Character.isLetter(f));
  }

  private static boolean han(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int fold(int cp) {
    int c = cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp == 0x3000 ? ' ' : cp == 0xFFFF ? 0xFFFD : cp;
    int lower = Character.toLowerCase(c);
    return Character.charCount(lower) == Character.charCount(cp) ? lower : c;
  }
}
