package dev.canon.internal;

/**
 * A set of {@code long} values with open addressing, for membership tests on hot paths: one
 * array, no boxing. Written by hand for the same reason as {@link LongMultiMap}. Build with
 * {@link Builder}; the built set is immutable and thread-safe.
 */
public final class LongSet {

  /** Marks a free slot; the value itself is kept in a flag. */
  private static final long FREE = 0;

  private final long[] slots;
  private final boolean hasFree;
  private final int mask;

  private LongSet(long[] slots, boolean hasFree) {
    this.slots = slots;
    this.hasFree = hasFree;
    this.mask = slots.length - 1;
  }

  public boolean contains(long value) {
    if (value == FREE) {
      return hasFree;
    }
    int i = slot(value, mask);
    long v;
    while ((v = slots[i]) != FREE) {
      if (v == value) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  private static int slot(long value, int mask) {
    long h = value * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** Collects values; not thread-safe. */
  public static final class Builder {
    private long[] slots = new long[16];
    private int count;
    private boolean hasFree;

    public Builder add(long value) {
      if (value == FREE) {
        hasFree = true;
        return this;
      }
      if ((count + 1) * 2 > slots.length) {
        long[] old = slots;
        slots = new long[old.length * 2];
        count = 0;
        for (long v : old) {
          if (v != FREE) {
            insert(v);
          }
        }
      }
      insert(value);
      return this;
    }

    private void insert(long value) {
      int mask = slots.length - 1;
      int i = slot(value, mask);
      while (slots[i] != FREE) {
        if (slots[i] == value) {
          return;
        }
        i = (i + 1) & mask;
      }
      slots[i] = value;
      count++;
    }

    public LongSet build() {
      return new LongSet(slots.clone(), hasFree);
    }
  }
}
