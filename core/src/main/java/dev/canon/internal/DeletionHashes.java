package dev.canon.internal;

/**
 * 64-bit polynomial hashes of a string with zero, one or two chars deleted, each in O(1) after
 * an O(n) setup and without building the shorter strings. Equal strings hash equal; unequal ones
 * collide with negligible probability, and every match found through a hash is verified on the
 * real strings anyway. Not thread-safe: one instance per call.
 */
public final class DeletionHashes {

  private static final long P = 0x100000001B3L;

  private long[] prefix = new long[32];
  private long[] suffix = new long[33];
  private long[] powers = new long[33];
  private int n;

  /** Prepares for {@code s}. */
  public DeletionHashes reset(CharSequence s) {
    n = s.length();
    if (prefix.length < n + 1) {
      prefix = new long[n * 2 + 1];
      suffix = new long[n * 2 + 2];
      powers = new long[n * 2 + 2];
    }
    powers[0] = 1;
    prefix[0] = 0;
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] * P + s.charAt(i);
      powers[i + 1] = powers[i] * P;
    }
    suffix[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + s.charAt(i) * powers[n - 1 - i];
    }
    return this;
  }

  /** The hash of {@code s} that {@link #whole()} gives, without preparing anything. */
  public static long hash(CharSequence s) {
    long h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = h * P + s.charAt(i);
    }
    return h;
  }

  /** Length of the prepared string. */
  public int length() {
    return n;
  }

  /** Hash of the whole string; equal to {@code hash(s)} of a fresh instance. */
  public long whole() {
    return prefix[n];
  }

  /** Hash of the string without the char at {@code i}. */
  public long without(int i) {
    return prefix[i] * powers[n - 1 - i] + suffix[i + 1];
  }

  /** Hash of the string without the chars at {@code i < k}. */
  public long without(int i, int k) {
    long left = prefix[i] * powers[n - 2 - i];
    long middle = (prefix[k] - prefix[i + 1] * powers[k - 1 - i]) * powers[n - 1 - k];
    return left + middle + suffix[k + 1];
  }
}
