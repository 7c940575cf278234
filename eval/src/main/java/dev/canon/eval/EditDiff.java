package dev.canon.eval;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the edits that turn one text into another, at the granularity of Canon's edits.
 *
 * <p>Both texts are cut into tokens: a run of Latin letters, a run of digits, a run of
 * whitespace, or any other single code point (so each CJK character is one token). Myers' diff
 * (java-diff-utils) aligns the token lists; each changed region becomes one edit, and two regions
 * separated only by whitespace or a hyphen merge into one, so {@code hugging face → Hugging Face}
 * is one edit like Canon's. Gold edits (text → expected) and system edits (text → corrected) go
 * through the same function, so an output equal to the expected text always scores every edit
 * right, and a partial fix ({@code 通一千文 → 通义千文} for {@code 通义千问}) counts as one false
 * positive and one miss. Thread-safe, stateless.
 *
 * <table>
 *   <caption>examples</caption>
 *   <tr><th>original</th><th>target</th><th>edits</th></tr>
 *   <tr><td>{@code 同意0码上线}</td><td>{@code 通义灵码上线}</td><td>{@code 0..3 同意0 → 通义灵}</td></tr>
 *   <tr><td>{@code use Lama 2}</td><td>{@code use Llama 2}</td><td>{@code 4..8 Lama → Llama}</td></tr>
 *   <tr><td>{@code Grok 1}</td><td>{@code Grok-1}</td><td>{@code 4..5 " " → "-"}</td></tr>
 * </table>
 */
public final class EditDiff {

  private EditDiff() {}

  /** The edits turning {@code original} into {@code target}, sorted and disjoint. */
  public static List<TextEdit> between(String original, String target) {
    if (original.equals(target)) {
      return List.of();
    }
    List<Token> from = tokens(original);
    List<Token> to = tokens(target);
    List<String> fromText = from.stream().map(Token::text).toList();
    List<String> toText = to.stream().map(Token::text).toList();
    List<int[]> regions = new ArrayList<>(); // {fromStartTok, fromEndTok, toStartTok, toEndTok}
    for (AbstractDelta<String> d : DiffUtils.diff(fromText, toText).getDeltas()) {
      int fs = d.getSource().getPosition();
      int ts = d.getTarget().getPosition();
      int[] region = {fs, fs + d.getSource().size(), ts, ts + d.getTarget().size()};
      int[] last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
      if (last != null && onlySeparators(from, last[1], region[0])) {
        last[1] = region[1];
        last[3] = region[3];
      } else {
        regions.add(region);
      }
    }
    List<TextEdit> edits = new ArrayList<>(regions.size());
    for (int[] r : regions) {
      trim(r, fromText, toText);
      int start = offset(from, r[0], original.length());
      int end = offset(from, r[1], original.length());
      int toStart = offset(to, r[2], target.length());
      int toEnd = offset(to, r[3], target.length());
      edits.add(new TextEdit(start, end, original.substring(start, end),
          target.substring(toStart, toEnd)));
    }
    return List.copyOf(edits);
  }

  /**
   * Drops tokens equal at both ends of a merged region: Myers' alignment of repeated spaces can
   * leave {@code "Black Rock " → "BlackRock "} where {@code "Black Rock" → "BlackRock"} is meant.
   */
  private static void trim(int[] r, List<String> from, List<String> to) {
    while (r[0] < r[1] && r[2] < r[3] && from.get(r[0]).equals(to.get(r[2]))) {
      r[0]++;
      r[2]++;
    }
    while (r[0] < r[1] && r[2] < r[3] && from.get(r[1] - 1).equals(to.get(r[3] - 1))) {
      r[1]--;
      r[3]--;
    }
  }

  private static boolean onlySeparators(List<Token> tokens, int from, int to) {
    if (to - from > 1) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String t = tokens.get(i).text();
      if (!t.isBlank() && !t.equals("-")) {
        return false;
      }
    }
    return true;
  }

  private static int offset(List<Token> tokens, int index, int length) {
    return index < tokens.size() ? tokens.get(index).start() : length;
  }

  /** Cuts a text into tokens (see the class comment); package-private for tests. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int kind = kind(cp);
      int j = i + Character.charCount(cp);
      if (kind != OTHER) {
        while (j < text.length() && kind(text.codePointAt(j)) == kind) {
          j += Character.charCount(text.codePointAt(j));
        }
      }
      out.add(new Token(i, text.substring(i, j)));
      i = j;
    }
    return out;
  }

  private static final int LATIN = 1;
  private static final int DIGIT = 2;
  private static final int SPACE = 3;
  private static final int OTHER = 4;

  private static int kind(int cp) {
    if (cp < 0x250 && Character.isLetter(cp)) {
      return LATIN;
    }
    if (cp < 0x80 && Character.isDigit(cp)) {
      return DIGIT;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return SPACE;
    }
    return OTHER;
  }

  /** A token and its start, in UTF-16 indices of its text. */
  record Token(int start, String text) {}
}
