package dev.canon.candidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small helpers on lookup keys and sorted id sets. */
final class Keys {

  static final int[] NONE = new int[0];

  private Keys() {}

  /** The key itself and each of its one-char deletions. */
  static List<String> deletions(String key) {
    List<String> out = new ArrayList<>(key.length() + 1);
    out.add(key);
    for (int i = 0; i < key.length(); i++) {
      out.add(key.substring(0, i) + key.substring(i + 1));
    }
    return out;
  }

  /** Sorted union of two sorted, duplicate-free id arrays. */
  static int[] union(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
      if (n == 0 || out[n - 1] != next) {
        out[n++] = next;
      }
    }
    return Arrays.copyOf(out, n);
  }

  static Map<String, int[]> compact(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()));
    return out;
  }
}
