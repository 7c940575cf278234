package dev.canon.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class LongMultiMapTest {

  /** Every key gives its values sorted and once each; every other key gives none. */
  @Property(tries = 300)
  void get_equalsAReferenceMap(
      @ForAll @Size(max = 300) List<@LongRange(min = -50, max = 50) Long> keys,
      @ForAll @Size(max = 300) List<@LongRange(min = -50, max = 50) Long> absent) {
    LongMultiMap.Builder builder = new LongMultiMap.Builder();
    Map<Long, TreeSet<Integer>> reference = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      long key = keys.get(i) * 0x9E3779B97F4A7C15L; // spread over all 64 bits, 0 included
      int value = i % 7;
      builder.put(key, value);
      reference.computeIfAbsent(key, k -> new TreeSet<>()).add(value);
    }
    LongMultiMap map = builder.build();
    for (Map.Entry<Long, TreeSet<Integer>> e : reference.entrySet()) {
      assertArrayEquals(e.getValue().stream().mapToInt(Integer::intValue).toArray(), map.get(e.getKey()));
    }
    for (long a : absent) {
      long key = a * 0x9E3779B97F4A7C15L + 1;
      if (!reference.containsKey(key)) {
        assertArrayEquals(new int[0], map.get(key));
      }
    }
  }
}
