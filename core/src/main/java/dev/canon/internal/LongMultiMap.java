package dev.canon.internal;

import java.util.Arrays;

/**
 * A map from {@code long} keys to sorted, duplicate-free {@code int} sets, with open addressing:
 * no boxing on the lookup path, which runs several times per word of text. Written by hand
 * because neither the JDK nor the libraries the core already uses offer a primitive-keyed map.
 * Build with {@link Builder}; the built map is immutable and thread-safe.
 */
public final class LongMultiMap {

  private static final int[] NONE = new int[0];

  /** Slots; {@link #FREE} marks a free one, and the set of the key 0 itself is {@link #zero}. */
  private final long[] keys;
  private final int[][] values;
  private final int[] zero;
  private final int mask;
  private final int count;

  private static final long FREE = 0;

  /**
   * One bit per {@link #BITS_PER_KEY} of the table's keys, set by a second hash of each key: most
   * look-ups are of absent keys, and this answers them from an array a sixteenth of the table's
   * size, which stays in cache when the table does not.
   */
  private final long[] present;
  private final int presentMask;

  static final int BITS_PER_KEY = 8;

  private LongMultiMap(long[] keys, int[][] values, int[] zero, int count) {
    this.keys = keys;
    this.values = values;
    this.zero = zero;
    this.count = count;
    this.mask = keys.length - 1;
    int bits = Integer.highestOneBit(Math.max(64, count * BITS_PER_KEY - 1)) << 1;
    this.present = new long[bits / 64];
    this.presentMask = bits - 1;
    for (long key : keys) {
      if (key != FREE) {
        int b = bit(key, presentMask);
        present[b >>> 6] |= 1L << b;
      }
    }
  }

  /** The set under {@code key}, or an empty array; callers must not modify it. */
  public int[] get(long key) {
    if (key == FREE) {
      return zero == null ? NONE : zero;
    }
    int b = bit(key, presentMask);
    if ((present[b >>> 6] & (1L << b)) == 0) {
      return NONE;
    }
    int i = slot(key, mask);
    long k;
    while ((k = keys[i]) != FREE) {
      if (k == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return NONE;
  }

  /** Number of distinct keys. */
  public int size() {
    return count;
  }

  private static int bit(long key, int mask) {
    long h = key * 0xC2B2AE3D27D4EB4FL;
    return (int) (h >>> 32) & mask;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** Collects key → value pairs; not thread-safe. */
  public static final class Builder {
    private long[] keys = new long[16];
    private int[][] values = new int[16][];
    private int[] sizes = new int[16];
    private boolean[] used = new boolean[16];
    private int count;

    public Builder put(long key, int value) {
      if ((count + 1) * 2 > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (used[i] && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (!used[i]) {
        used[i] = true;
        keys[i] = key;
        values[i] = new int[1];
        count++;
      }
      int[] v = values[i];
      if (sizes[i] > 0 && v[sizes[i] - 1] == value) {
        return this;
      }
      if (sizes[i] == v.length) {
        values[i] = v = Arrays.copyOf(v, v.length * 2);
      }
      v[sizes[i]++] = value;
      return this;
    }

    /** Freezes the map: each set sorted, duplicates removed, trimmed. */
    public LongMultiMap build() {
      int[][] frozen = new int[keys.length][];
      long[] frozenKeys = new long[keys.length];
      int[] zero = null;
      int mask = keys.length - 1;
      for (int j = 0; j < keys.length; j++) {
        if (!used[j]) {
          continue;
        }
        int[] set = sortedDistinct(values[j], sizes[j]);
        if (keys[j] == FREE) {
          zero = set; // the key 0 marks free slots in the frozen table: kept aside
          continue;
        }
        int i = slot(keys[j], mask); // placed anew: the key 0's slot may have split a probe run
        while (frozenKeys[i] != FREE) {
          i = (i + 1) & mask;
        }
        frozenKeys[i] = keys[j];
        frozen[i] = set;
      }
      return new LongMultiMap(frozenKeys, frozen, zero, count);
    }

    private static int[] sortedDistinct(int[] values, int size) {
      if (size == 1) {
        return new int[] {values[0]};
      }
      int[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      int n = 1;
      for (int i = 1; i < size; i++) {
        if (out[i] != out[n - 1]) {
          out[n++] = out[i];
        }
      }
      return n == size ? out : Arrays.copyOf(out, n);
    }

    private void grow() {
      long[] oldKeys = keys;
      int[][] oldValues = values;
      int[] oldSizes = sizes;
      boolean[] oldUsed = used;
      int capacity = oldKeys.length * 2;
      keys = new long[capacity];
      values = new int[capacity][];
      sizes = new int[capacity];
      used = new boolean[capacity];
      int mask = capacity - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldUsed[j]) {
          int i = slot(oldKeys[j], mask);
          while (used[i]) {
            i = (i + 1) & mask;
          }
          used[i] = true;
          keys[i] = oldKeys[j];
          values[i] = oldValues[j];
          sizes[i] = oldSizes[j];
        }
      }
    }
  }
}
