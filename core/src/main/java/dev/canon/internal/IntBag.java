package dev.canon.internal;

import java.util.Arrays;

/** A growable bag of ints that yields its distinct values sorted. Not thread-safe; per call. */
public final class IntBag {

  private int[] items = new int[16];
  private int size;

  public void clear() {
    size = 0;
  }

  public void add(int value) {
    if (size == items.length) {
      items = Arrays.copyOf(items, items.length * 2);
    }
    items[size++] = value;
  }

  public void addAll(int[] values) {
    addAll(values, 0, values.length);
  }

  /** Adds {@code values[from]} to {@code values[to - 1]}. */
  public void addAll(int[] values, int from, int to) {
    int n = to - from;
    if (n <= 0) {
      return;
    }
    if (size + n > items.length) {
      items = Arrays.copyOf(items, Math.max(items.length * 2, size + n));
    }
    System.arraycopy(values, from, items, size, n);
    size += n;
  }

  /**
   * Sorts the bag and keeps each value once, in place; returns how many there are. Read them
   * with {@link #get}. Allocates nothing.
   */
  public int distinctInPlace() {
    if (size == 0) {
      return 0;
    }
    Arrays.sort(items, 0, size);
    int n = 1;
    for (int i = 1; i < size; i++) {
      if (items[i] != items[n - 1]) {
        items[n++] = items[i];
      }
    }
    size = n;
    return n;
  }

  /** The value at {@code i}, {@code 0 <= i < size}. */
  public int get(int i) {
    return items[i];
  }

  /** The distinct values, sorted, as a new array. */
  public int[] distinct() {
    if (size == 0) {
      return new int[0];
    }
    Arrays.sort(items, 0, size);
    int n = 1;
    for (int i = 1; i < size; i++) {
      if (items[i] != items[n - 1]) {
        items[n++] = items[i];
      }
    }
    return Arrays.copyOf(items, n);
  }
}
