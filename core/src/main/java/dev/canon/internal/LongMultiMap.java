package dev.canon.internal;

import java.util.Arrays;

/**
 * A map from {@code long} keys to sorted, duplicate-free {@code int} sets, with open addressing:
 * no boxing on the lookup path, which runs several times per word of text. Written by hand
 * because neither the JDK nor the libraries the core already uses offer a primitive-keyed map.
 * Build with {@link Builder}; the built map is immutable and thread-safe.
 *
 * <p>Each slot holds its key and its payload side by side in one {@code long[]}, so a look-up
 * that finds its key has the values in the same cache line: most keys have one value, kept in
 * the payload itself; a set of two or more sits in one shared {@code int[]} (its length, then its
 * values) that the payload points to. A dictionary of 100k entities has some 1.5 million keys;
 * a small array per key cost two more memory reads per hit and 35 bytes per key.
 *
 * <p>Read a key's values with {@link #find}, {@link #count} and {@link #value}, which make
 * nothing; {@link #get} copies them into a new array.
 */
public final class LongMultiMap {

  private static final int[] NONE = new int[0];

  /** What {@link #find} returns for an absent key: no values. */
  public static final long ABSENT = Long.MIN_VALUE;

  /**
   * Slot {@code i} is {@code table[2i]} (its key, {@link #FREE} when free) and
   * {@code table[2i + 1]} (its payload); the payload of the key 0 itself is {@link #zero}.
   */
  private final long[] table;

  /** The sets of two or more values: at each set's offset its length, then its values. */
  private final int[] sets;
  private final long zero;
  private final int mask;
  private final int count;

  private static final long FREE = 0;

  /**
   * {@link #BITS_PER_KEY} bits per key of the table, two set per key in one 64-bit word by a
   * second hash (a blocked Bloom filter, some 5% false positives): most look-ups are of absent
   * keys, and this answers them from an array a sixteenth of the table's size, which stays in
   * cache when the table does not.
   */
  private final long[] present;
  private final int presentMask;

  static final int BITS_PER_KEY = 8;

  private LongMultiMap(long[] table, int[] sets, long zero, int count) {
    this.table = table;
    this.sets = sets;
    this.zero = zero;
    this.count = count;
    this.mask = table.length / 2 - 1;
    int bits = Integer.highestOneBit(Math.max(64, count * BITS_PER_KEY - 1)) << 1;
    this.present = new long[bits / 64];
    this.presentMask = bits - 1;
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] != FREE) {
        long h = presenceHash(table[i]);
        present[word(h, presentMask)] |= bits(h);
      }
    }
  }

  /**
   * The values under {@code key} as a handle for {@link #count} and {@link #value}, or
   * {@link #ABSENT}.
   */
  public long find(long key) {
    if (key == FREE) {
      return zero;
    }
    long h = presenceHash(key);
    long want = bits(h);
    if ((present[word(h, presentMask)] & want) != want) {
      return ABSENT;
    }
    int i = slot(key, mask);
    long k;
    while ((k = table[2 * i]) != FREE) {
      if (k == key) {
        return table[2 * i + 1];
      }
      i = (i + 1) & mask;
    }
    return ABSENT;
  }

  /** How many values a {@link #find} handle holds. */
  public int count(long found) {
    if (found >= 0) {
      return 1;
    }
    return found == ABSENT ? 0 : sets[setOffset(found)];
  }

  /** Value {@code i} of a {@link #find} handle, {@code 0 <= i < count(found)}, ascending. */
  public int value(long found, int i) {
    return found >= 0 ? (int) found : sets[setOffset(found) + 1 + i];
  }

  /** Adds the values under {@code key} to {@code bag}. */
  public void addTo(long key, IntBag bag) {
    long found = find(key);
    if (found >= 0) {
      bag.add((int) found);
    } else if (found != ABSENT) {
      int offset = setOffset(found);
      bag.addAll(sets, offset + 1, offset + 1 + sets[offset]);
    }
  }

  /** The set under {@code key}, or an empty array, copied. */
  public int[] get(long key) {
    long found = find(key);
    int n = count(found);
    if (n == 0) {
      return NONE;
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = value(found, i);
    }
    return out;
  }

  /** Number of distinct keys. */
  public int size() {
    return count;
  }

  /** A set's payload is {@code -(offset + 1)}: negative, and never {@link #ABSENT}. */
  private static int setOffset(long payload) {
    return (int) (-payload - 1);
  }

  private static long setPayload(int offset) {
    return -(long) offset - 1;
  }

  /** The second hash of a key, from which its presence word and bits are taken. */
  private static long presenceHash(long key) {
    return key * 0xC2B2AE3D27D4EB4FL;
  }

  /** The presence word of a key: its two bits are in one word, one memory read a look-up. */
  private static int word(long presenceHash, int mask) {
    return (int) (presenceHash >>> 32) & (mask >>> 6);
  }

  /** The key's two presence bits, from bits of the hash the word did not use. */
  private static long bits(long presenceHash) {
    // middle bits: a product's low bits are weak
    return 1L << (presenceHash >>> 20 & 63) | 1L << (presenceHash >>> 26 & 63);
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

    /** Adds {@code value}, which must not be negative, to the set under {@code key}. */
    public Builder put(long key, int value) {
      if (value < 0) {
        throw new IllegalArgumentException("negative value " + value);
      }
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

    /** Freezes the map: each set sorted, duplicates removed; one value inline, more in the shared array. */
    public LongMultiMap build() {
      long[] table = new long[keys.length * 2];
      int mask = keys.length - 1;
      long zero = ABSENT;
      int[] sets = new int[16];
      int filled = 0;
      for (int j = 0; j < keys.length; j++) {
        if (!used[j]) {
          continue;
        }
        int[] set = sortedDistinct(values[j], sizes[j]);
        long payload;
        if (set.length == 1) {
          payload = set[0];
        } else {
          if (filled + set.length + 1 > sets.length) {
            sets = Arrays.copyOf(sets, Math.max(sets.length * 2, filled + set.length + 1));
          }
          payload = setPayload(filled);
          sets[filled] = set.length;
          System.arraycopy(set, 0, sets, filled + 1, set.length);
          filled += set.length + 1;
        }
        if (keys[j] == FREE) {
          zero = payload; // the key 0 marks free slots in the frozen table: kept aside
          continue;
        }
        int i = slot(keys[j], mask); // placed anew: the key 0's slot may have split a probe run
        while (table[2 * i] != FREE) {
          i = (i + 1) & mask;
        }
        table[2 * i] = keys[j];
        table[2 * i + 1] = payload;
      }
      return new LongMultiMap(table, Arrays.copyOf(sets, filled), zero, count);
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
