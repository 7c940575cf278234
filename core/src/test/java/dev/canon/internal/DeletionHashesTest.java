package dev.canon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class DeletionHashesTest {

  private static long hash(String s) {
    return new DeletionHashes().reset(s).whole();
  }

  @Property
  void without_anyPositions_equalsHashOfShorterString(
      @ForAll @StringLength(min = 2, max = 20) @CharRange(from = 'a', to = 'd') String s) {
    DeletionHashes h = new DeletionHashes().reset(s);
    for (int i = 0; i < s.length(); i++) {
      assertEquals(hash(s.substring(0, i) + s.substring(i + 1)), h.without(i));
      for (int k = i + 1; k < s.length(); k++) {
        String shorter = s.substring(0, i) + s.substring(i + 1, k) + s.substring(k + 1);
        assertEquals(hash(shorter), h.without(i, k), s + " without " + i + "," + k);
      }
    }
  }

  @Property
  void longMultiMap_putThenGet_returnsSortedDistinctValues(
      @ForAll @StringLength(max = 60) @CharRange(from = 'a', to = 'h') String keys) {
    LongMultiMap.Builder b = new LongMultiMap.Builder();
    java.util.Map<Long, java.util.TreeSet<Integer>> expected = new java.util.HashMap<>();
    for (int i = 0; i < keys.length(); i++) {
      long key = keys.charAt(i);
      b.put(key, i % 7);
      expected.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(i % 7);
    }
    LongMultiMap map = b.build();
    expected.forEach((k, v) -> assertEquals(v.stream().mapToInt(Integer::intValue).boxed().toList(),
        java.util.Arrays.stream(map.get(k)).boxed().toList()));
    assertEquals(0, map.get(-1L).length);
  }
}
