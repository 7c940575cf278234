package dev.canon.candidate;

import dev.canon.result.Span;
import java.util.List;

/** Looks for an entity's context words near a candidate, ignoring case. */
public final class Context {

  /**
   * Chars on each side of a candidate searched for its entity's context words: the farthest text
   * can reach to change the decision on a candidate (streaming correction depends on this bound).
   */
  public static final int WINDOW = 60;

  /** Added to the total of a candidate with context nearby (capped at 1). */
  static final double BONUS = 0.05;

  private Context() {}

  /**
   * True when one of {@code words} stands within {@link #WINDOW} chars of {@code span}, on the
   * same line: a paragraph about models says nothing about the monk in the next one.
   */
  static boolean near(String text, Span span, List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    int from = Math.max(0, span.start() - WINDOW);
    int to = Math.min(text.length(), span.end() + WINDOW);
    for (int i = span.start() - 1; i >= from; i--) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        from = i + 1;
        break;
      }
    }
    for (int i = span.end(); i < to; i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        to = i;
        break;
      }
    }
    for (String w : words) {
      if (occurs(text, w, from, span.start()) || occurs(text, w, span.end(), to)) {
        return true;
      }
    }
    return false;
  }

  private static boolean occurs(String text, String word, int from, int to) {
    for (int i = from; i + word.length() <= to; i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }
}
