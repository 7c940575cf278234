package dev.canon.candidate.latin;

import dev.canon.internal.LongSet;

/**
 * Answers, before a key's deletion lookups run, whether any of them can find a form. A deletion
 * match means two equal strings (the key with up to two chars deleted, a form key with up to
 * one), so equal first {@link #ENDS} chars and equal last {@link #ENDS} chars, and only the
 * deletions near an end change that end. This holds each form's ends with and without such a
 * deletion, in two small sets: up to 2 × 15 probes that stay in cache, where the lookups they
 * save are one probe of a large table per char of the key. Immutable and thread-safe.
 */
final class DeletionEnds {

  /** Chars compared at each end. */
  static final int ENDS = 4;

  private final LongSet starts;
  private final LongSet ends;

  DeletionEnds(String[] keys) {
    LongSet.Builder starts = new LongSet.Builder();
    LongSet.Builder ends = new LongSet.Builder();
    for (String key : keys) {
      if (key.length() >= ENDS) {
        starts.add(end(key, false, -1, -1));
        ends.add(end(key, true, -1, -1));
      }
      if (key.length() - 1 >= ENDS) {
        for (int k = 0; k < ENDS; k++) {
          starts.add(end(key, false, k, -1));
          ends.add(end(key, true, k, -1));
        }
      }
    }
    this.starts = starts.build();
    this.ends = ends.build();
  }

  /**
   * False when no look-up of {@code key} with one (or with {@code twoDeletions}, up to two)
   * chars deleted can equal a form key with at most one deleted.
   */
  boolean mayMatch(CharSequence key, boolean twoDeletions) {
    if (key.length() < ENDS + 2) {
      return true; // a deletion may leave fewer than ENDS chars: nothing to compare
    }
    return mayStart(key, twoDeletions) && mayEnd(key, twoDeletions);
  }

  /**
   * The first half of {@link #mayMatch}: it reads only the first {@code ENDS + 2} chars, so a
   * caller may keep the answer for keys that share them. For keys of at least {@code ENDS + 2} chars.
   */
  boolean mayStart(CharSequence key, boolean twoDeletions) {
    return mayMatch(starts, key, false, twoDeletions);
  }

  /** The second half of {@link #mayMatch}: it reads only the last {@code ENDS + 2} chars. */
  boolean mayEnd(CharSequence key, boolean twoDeletions) {
    return mayMatch(ends, key, true, twoDeletions);
  }

  private static boolean mayMatch(LongSet set, CharSequence key, boolean fromEnd, boolean twoDeletions) {
    if (set.contains(end(key, fromEnd, -1, -1))) {
      return true;
    }
    for (int i = 0; i < ENDS; i++) {
      if (set.contains(end(key, fromEnd, i, -1))) {
        return true;
      }
    }
    if (twoDeletions) {
      for (int i = 0; i < ENDS; i++) {
        for (int k = i + 1; k <= ENDS; k++) {
          if (set.contains(end(key, fromEnd, i, k))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The first (or last) {@link #ENDS} chars of {@code s}, packed, without the chars at
   * {@code skip1} and {@code skip2}, counted from that end.
   */
  private static long end(CharSequence s, boolean fromEnd, int skip1, int skip2) {
    long code = 0;
    int taken = 0;
    int n = s.length();
    for (int i = 0; taken < ENDS; i++) {
      if (i != skip1 && i != skip2) {
        code = code << 16 | s.charAt(fromEnd ? n - 1 - i : i);
        taken++;
      }
    }
    return code;
  }
}
