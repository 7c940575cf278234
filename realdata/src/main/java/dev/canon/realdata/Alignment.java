package dev.canon.realdata;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word alignment of a hypothesis to a reference: which reference word each hypothesis word
 * stands for (match or substitution), or none (insertion). Immutable.
 *
 * <p>The alignment is a minimum-cost Levenshtein alignment (substitution, insertion and deletion
 * cost 1; ties prefer substitution, then deletion). It is computed in a diagonal band of
 * half-width {@code k} that doubles until the cost found is at most {@code k}: a path that leaves
 * the band costs more than {@code k}, so the result is exact. Cost O(n·D) time and memory for a
 * distance D, where a full table for a 10,000-word call would need 10^8 cells.
 */
public final class Alignment {

  private static final byte DIAGONAL = 0;
  private static final byte DELETE = 1;
  private static final byte INSERT = 2;

  private final List<String> ref;
  private final List<String> hyp;
  private final int[] refToHyp;
  private final int[] hypToRef;

  private Alignment(List<String> ref, List<String> hyp, int[] refToHyp, int[] hypToRef) {
    this.ref = ref;
    this.hyp = hyp;
    this.refToHyp = refToHyp;
    this.hypToRef = hypToRef;
  }

  /**
   * Aligns {@code hyp} to {@code ref}; words compare with {@link String#equals}, so normalize
   * them first (see {@link Words}).
   */
  public static Alignment align(List<String> ref, List<String> hyp) {
    List<String> r = List.copyOf(ref);
    List<String> h = List.copyOf(hyp);
    // Words become ints once, so the inner loop compares ints, not strings.
    Map<String, Integer> ids = new HashMap<>();
    int[] refIds = new int[r.size()];
    int[] hypIds = new int[h.size()];
    for (int i = 0; i < refIds.length; i++) {
      refIds[i] = ids.computeIfAbsent(r.get(i), w -> ids.size());
    }
    for (int j = 0; j < hypIds.length; j++) {
      hypIds[j] = ids.computeIfAbsent(h.get(j), w -> ids.size());
    }
    for (int k = Math.max(32, Math.abs(r.size() - h.size())); ; k *= 2) {
      byte[] back = banded(refIds, hypIds, k);
      if (back != null) {
        return trace(r, h, back, k);
      }
    }
  }

  /**
   * The moves of the cheapest alignment within diagonals {@code [-k, k]}, row by row, or null
   * when its cost exceeds {@code k}.
   */
  private static byte[] banded(int[] ref, int[] hyp, int k) {
    int n = ref.length;
    int m = hyp.length;
    int width = 2 * k + 1;
    int inf = Integer.MAX_VALUE / 2;
    int[] prev = new int[width + 2];
    int[] cur = new int[width + 2];
    byte[] back = new byte[(n + 1) * width];
    // Index d + k + 1 holds diagonal d = j - i; slots 0 and width + 1 stay infinite as guards.
    Arrays.fill(prev, inf);
    for (int d = 0; d <= Math.min(k, m); d++) {
      prev[d + k + 1] = d;
      back[d + k] = INSERT;
    }
    for (int i = 1; i <= n; i++) {
      Arrays.fill(cur, inf);
      for (int d = -k; d <= k; d++) {
        int j = i + d;
        if (j < 0 || j > m) {
          continue;
        }
        int slot = d + k + 1;
        int best = prev[slot + 1] + 1;
        byte move = DELETE;
        if (j > 0) {
          int diag = prev[slot] + (ref[i - 1] == hyp[j - 1] ? 0 : 1);
          if (diag <= best) {
            best = diag;
            move = DIAGONAL;
          }
          if (cur[slot - 1] + 1 < best) {
            best = cur[slot - 1] + 1;
            move = INSERT;
          }
        }
        cur[slot] = best;
        back[i * width + d + k] = move;
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    int cost = prev[m - n + k + 1];
    return cost > k ? null : back;
  }

  private static Alignment trace(List<String> ref, List<String> hyp, byte[] back, int k) {
    int width = 2 * k + 1;
    int[] refToHyp = new int[ref.size()];
    int[] hypToRef = new int[hyp.size()];
    Arrays.fill(refToHyp, -1);
    Arrays.fill(hypToRef, -1);
    int i = ref.size();
    int j = hyp.size();
    while (i > 0 || j > 0) {
      byte move = back[i * width + (j - i) + k];
      if (i > 0 && j > 0 && move == DIAGONAL) {
        i--;
        j--;
        refToHyp[i] = j;
        hypToRef[j] = i;
      } else if (i > 0 && (move == DELETE || j == 0)) {
        i--;
      } else {
        j--;
      }
    }
    return new Alignment(ref, hyp, refToHyp, hypToRef);
  }

  /** The hypothesis word aligned to reference word {@code r}, or -1 when it was deleted. */
  public int hypOf(int r) {
    return refToHyp[r];
  }

  /** The reference word aligned to hypothesis word {@code h}, or -1 when it was inserted. */
  public int refOf(int h) {
    return hypToRef[h];
  }

  /** The number of reference words. */
  public int refSize() {
    return ref.size();
  }

  /** Whether hypothesis word {@code h} is aligned to an equal reference word. */
  public boolean isMatch(int h) {
    return hypToRef[h] >= 0 && hyp.get(h).equals(ref.get(hypToRef[h]));
  }

  /**
   * Whether reference words {@code [first, last]} (inclusive) all appear, equal and in a row, in
   * the hypothesis: no substitution, deletion, or insertion between them.
   */
  public boolean matches(int first, int last) {
    for (int r = first; r <= last; r++) {
      int h = refToHyp[r];
      if (h < 0 || !ref.get(r).equals(hyp.get(h))) {
        return false;
      }
      if (r > first && refToHyp[r - 1] != h - 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The reference words next to hypothesis word {@code h}: the one it is aligned to, or for an
   * insertion the reference words of the nearest aligned hypothesis words before and after it
   * (-1 where there is none).
   */
  public int[] neighbours(int h) {
    if (hypToRef[h] >= 0) {
      return new int[] {hypToRef[h]};
    }
    int before = -1;
    for (int k = h - 1; k >= 0 && before < 0; k--) {
      before = hypToRef[k];
    }
    int after = -1;
    for (int k = h + 1; k < hypToRef.length && after < 0; k++) {
      after = hypToRef[k];
    }
    return new int[] {before, after};
  }

  /** Reference words aligned to hypothesis words {@code [from, to)}, as text, for examples. */
  public String refText(int from, int to) {
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int h = from; h < to; h++) {
      for (int r : neighbours(h)) {
        if (r >= 0) {
          lo = Math.min(lo, r);
          hi = Math.max(hi, r);
        }
      }
    }
    return hi < 0 ? "" : String.join(" ", ref.subList(lo, hi + 1));
  }
}
