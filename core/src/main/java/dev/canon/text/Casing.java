package dev.canon.text;

import java.util.Locale;

/**
 * How a replacement takes the letter case of what was written. A canonical written in lower case
 * ({@code metformin}, {@code pandas}) says how the word is spelled, not that it is never
 * capitalized: written {@code Metformin} at the start of a sentence or {@code METFORMIN} in a
 * heading it is right as it is, and a correction of {@code Metfromin} is {@code Metformin}. A
 * canonical with any capital ({@code OpenAI}, {@code iPhone}) is written as the dictionary
 * writes it: there the case is part of the name.
 *
 * <table>
 *   <caption>replacement by canonical and written form</caption>
 *   <tr><th>canonical</th><th>written</th><th>replacement</th></tr>
 *   <tr><td>metformin</td><td>Metformin</td><td>Metformin (unchanged)</td></tr>
 *   <tr><td>metformin</td><td>METFORMIN</td><td>METFORMIN (unchanged)</td></tr>
 *   <tr><td>metformin</td><td>Metfromin</td><td>Metformin</td></tr>
 *   <tr><td>metformin</td><td>metfromin</td><td>metformin</td></tr>
 *   <tr><td>metformin</td><td>MetFormin</td><td>metformin</td></tr>
 *   <tr><td>OpenAI</td><td>OPENAI</td><td>OpenAI</td></tr>
 * </table>
 */
public final class Casing {

  private Casing() {}

  /**
   * {@code replacement} in the case {@code written} shows, when the replacement is all lower
   * case: title case when the written form starts with a capital followed by lower case, all
   * capitals when every written letter is a capital (and there are two or more); otherwise
   * {@code replacement} as it is.
   */
  public static String follow(String replacement, String written) {
    if (!hasLetter(replacement) || !isLowerCase(replacement)) {
      return replacement;
    }
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isUpperCase(c)) {
        letters++;
        upper++;
      } else if (Character.isLowerCase(c)) {
        letters++; // only letters with a case count: 同 in A同A is neither capital nor small
      }
    }
    if (letters >= 2 && upper == letters) {
      return replacement.toUpperCase(Locale.ROOT);
    }
    if (upper == 1 && Character.isUpperCase(firstLetter(written))) {
      int at = firstLetterIndex(replacement);
      return replacement.substring(0, at) + Character.toUpperCase(replacement.charAt(at))
          + replacement.substring(at + 1);
    }
    return replacement;
  }

  /** {@code s.equals(s.toLowerCase(Locale.ROOT))}, without making a string: called for every candidate. */
  private static boolean isLowerCase(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.toLowerCase(cp) != cp) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean hasLetter(String s) {
    return firstLetterIndex(s) < s.length();
  }

  private static char firstLetter(String s) {
    int at = firstLetterIndex(s);
    return at < s.length() ? s.charAt(at) : ' ';
  }

  private static int firstLetterIndex(String s) {
    int i = 0;
    while (i < s.length() && !Character.isLetter(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
