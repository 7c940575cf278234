package dev.canon.learn;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of something seen, with the first example and the commonest spelling of each key. Keys
 * are sorted, so everything read from it comes out in one order whatever the input's hash codes.
 * Not thread-safe: one per learning run. (A sorted map rather than Guava's Multiset: the order
 * must be deterministic and each key carries an example and its spellings.)
 */
final class Evidence {

  /** The evidence for one key. */
  static final class Entry {
    int count;
    int reviewed;
    String example;
    final Map<String, Integer> spellings = new TreeMap<>();

    /** The spelling seen most often; the first in sort order on ties. */
    String spelling() {
      return mostFrequent(spellings);
    }
  }

  /** The key of the largest count; the first in the map's order on ties; null when empty. */
  static String mostFrequent(Map<String, Integer> counts) {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > most) {
        best = c.getKey();
        most = c.getValue();
      }
    }
    return best;
  }

  private final Map<String, Entry> entries = new TreeMap<>();

  /** Counts one occurrence of {@code key} spelled {@code spelling}; the first example is kept. */
  void add(String key, String spelling, String example, boolean reviewed) {
    Entry e = entries.computeIfAbsent(key, k -> new Entry());
    e.count++;
    if (reviewed) {
      e.reviewed++;
    }
    if (e.example == null) {
      e.example = example;
    }
    e.spellings.merge(spelling, 1, Integer::sum);
  }

  Entry get(String key) {
    return entries.get(key);
  }

  /** Every key with its evidence, in key order. */
  Map<String, Entry> entries() {
    return entries;
  }
}
