package dev.canon.candidate;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Arrays;
import java.util.Collection;
import java.util.TreeMap;

/**
 * Where any of a set of context words occurs in a text, found in one Aho-Corasick pass: lets a
 * matcher skip, before any index lookup, the windows that could only be accepted with context
 * and have none near. Case is folded as {@link String#regionMatches(boolean, int, String, int, int)}
 * folds it, char by char, so every occurrence {@link dev.canon.evidence.Evidence#contextNear} can see is found here too.
 * Immutable and thread-safe.
 */
public final class ContextWords {

  private final AhoCorasickDoubleArrayTrie<Boolean> trie;

  public ContextWords(Collection<String> words) {
    TreeMap<String, Boolean> folded = new TreeMap<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        folded.put(fold(w), Boolean.TRUE);
      }
    }
    if (folded.isEmpty()) {
      trie = null;
    } else {
      trie = new AhoCorasickDoubleArrayTrie<>();
      trie.build(folded);
    }
  }

  /** The occurrences in {@code text}. */
  public Hits find(String text) {
    if (trie == null) {
      return Hits.NONE;
    }
    int[][] covered = {null};
    trie.parseText(fold(text), (begin, end, value) -> {
      if (covered[0] == null) {
        covered[0] = new int[text.length() + 1];
      }
      for (int i = begin; i < end; i++) {
        covered[0][i + 1] = 1;
      }
    });
    if (covered[0] == null) {
      return Hits.NONE;
    }
    int[] sums = covered[0];
    for (int i = 1; i < sums.length; i++) {
      sums[i] += sums[i - 1];
    }
    return new Hits(sums);
  }

  /** Upper then lower case, char by char: equal for every pair of chars regionMatches takes as equal. */
  public static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = FOLDED[s.charAt(i)];
    }
    return new String(out);
  }

  /**
   * The fold of every char, computed once: every char of a text is folded, and the JDK's two
   * case look-ups cost more than the scan itself.
   */
  private static final char[] FOLDED = new char[0x10000];

  static {
    for (int c = 0; c < FOLDED.length; c++) {
      FOLDED[c] = Character.toLowerCase(Character.toUpperCase((char) c));
    }
  }

  /** Context-word occurrences of one text. */
  public static final class Hits {

    public static final Hits NONE = new Hits(null);

    /** {@code sums[i]}: how many of the first {@code i} chars some occurrence covers; null for none. */
    private final int[] sums;

    private Hits(int[] sums) {
      this.sums = sums;
    }

    /**
     * True when an occurrence overlaps {@code [start - margin, end + margin)}: a superset of what
     * {@link dev.canon.evidence.Evidence#contextNear} with that margin accepts.
     */
    public boolean near(int start, int end, int margin) {
      if (sums == null) {
        return false;
      }
      int from = Math.max(0, start - margin);
      int to = Math.min(sums.length - 1, end + margin);
      return from < to && sums[to] > sums[from];
    }
  }
}
