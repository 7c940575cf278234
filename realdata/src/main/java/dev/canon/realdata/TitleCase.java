package dev.canon.realdata;

import java.util.Locale;

/** Title Case for names written in capitals, the way the Earnings-21 bias lists write them. */
public final class TitleCase {

  private TitleCase() {}

  /**
   * Title Case for a name no reference spells: {@code AARON WATTS} → {@code Aaron Watts},
   * {@code JOC O'ROURKE} → {@code Joc O'Rourke}, {@code HERSHEY'S} → {@code Hershey's}. Words of
   * at most two letters, or with no vowel, or with {@code &}, are read as acronyms and stay upper
   * case ({@code EV}, {@code BTRS}, {@code AT&T}).
   */
  public static String of(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split(" ", -1)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(isAcronym(word) ? word.toUpperCase(Locale.ROOT) : titleWord(word));
    }
    return out.toString();
  }

  private static boolean isAcronym(String word) {
    String letters = word.replaceAll("[^\\p{L}]", "");
    return letters.length() <= 2 || word.contains("&") || !letters.matches("(?i).*[aeiouy].*");
  }

  private static String titleWord(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char prev = i == 0 ? ' ' : word.charAt(i - 1);
      // O'ROURKE → O'Rourke but HERSHEY'S → Hershey's: an apostrophe capitalizes only after one letter.
      boolean starts = i == 0 || prev == '-' || prev == '.' || (prev == '\'' && i == 2);
      out.append(starts ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
