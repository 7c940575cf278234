package dev.canon.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

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
      int[] expected = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      assertArrayEquals(expected, map.get(e.getKey()));
      long found = map.find(e.getKey());
      int[] read = new int[map.count(found)];
      for (int i = 0; i < read.length; i++) {
        read[i] = map.value(found, i);
      }
      assertArrayEquals(expected, read);
      IntBag bag = new IntBag();
      bag.add(-1);
      map.addTo(e.getKey(), bag);
      assertEquals(expected.length + 1, bag.distinctInPlace());
    }
    for (long a : absent) {
      long key = a * 0x9E3779B97F4A7C15L + 1;
      if (!reference.containsKey(key)) {
        assertArrayEquals(new int[0], map.get(key));
        assertEquals(0, map.count(map.find(key)));
      }
    }
  }

  @Test
  void negativeValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LongMultiMap.Builder().put(1, -1));
  }
}
