package dev.canon.internal;

/**
 * Bounded optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
 * two adjacent chars each cost 1 ({@code LangChian} is one edit from {@code LangChain}). Hand
 * written because commons-text offers Levenshtein (a swap costs 2 there) but no bounded
 * Damerau variant; ASR and typing both swap letters. O(n·m) time in the worst case, with an
 * early exit once a whole row exceeds the bound; O(m) memory.
 */
public final class EditDistance {

  private EditDistance() {}

  /**
   * A lower bound of the distance in O(n + m): the chars of one string that the other lacks,
   * counted as a multiset (in 64 bins, so chars sharing a bin may hide a difference, never
   * invent one). Each edit changes this by at most one, and a swap not at all, so most far
   * pairs are rejected without the O(n·m) table.
   */
  static int bagDistance(CharSequence a, CharSequence b) {
    int[] bins = new int[64];
    for (int i = 0; i < a.length(); i++) {
      bins[a.charAt(i) & 63]++;
    }
    for (int i = 0; i < b.length(); i++) {
      bins[b.charAt(i) & 63]--;
    }
    int more = 0;
    int fewer = 0;
    for (int c : bins) {
      if (c > 0) {
        more += c;
      } else {
        fewer -= c;
      }
    }
    return Math.max(more, fewer);
  }

  /** The distance of {@code a} and {@code b}, or -1 when it is greater than {@code limit}. */
  public static int bounded(CharSequence a, CharSequence b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit || bagDistance(a, b) > limit) {
      return -1;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > limit) {
        return -1;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return previous[m] <= limit ? previous[m] : -1;
  }
}
