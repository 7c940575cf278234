package dev.canon.candidate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small helpers on lookup keys and sorted id sets. */
public final class Keys {

  public static final int[] NONE = new int[0];

  private Keys() {}

  public static Map<String, int[]> compact(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()));
    return out;
  }
}
