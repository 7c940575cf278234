package dev.canon.dictionary;

import dev.canon.phonetic.PinyinParts;
import dev.canon.phonetic.Syllables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A learned engine profile (the {@code profile:} section of a dictionary, written by
 * {@code canon learn}): how often one engine writes one sound or letter group for another.
 * Immutable and thread-safe; every query is a hash look-up, O(1).
 *
 * <p>Weights estimate P(engine wrote {@code to} | {@code from} was said), from counts over aligned
 * hypothesis/reference pairs. A pair not in the profile has weight 0 (nothing learned, which is
 * not the same as "never happens": the built-in similarity tables still apply).
 *
 * <table>
 *   <caption>queries</caption>
 *   <tr><th>call</th><th>result</th></tr>
 *   <tr><td>{@code syllableConfusion(id("shi"), id("si"))}</td><td>the learned weight of shi → si</td></tr>
 *   <tr><td>{@code initialConfusion("zh", "z")}</td><td>the weight of initial zh → z</td></tr>
 *   <tr><td>{@code toneConfusion(2, 4)}</td><td>the weight of tone 2 → tone 4</td></tr>
 *   <tr><td>{@code letterConfusion("au", "ou")}</td><td>the weight of letters au → ou in English words</td></tr>
 * </table>
 */
public final class Profile {

  /** What a confusion list of a profile is about. */
  public enum Part {
    /** Whole toneless pinyin syllables ({@code shi → si}). */
    SYLLABLES,
    /** Pinyin initials ({@code zh → z}; {@code ""} for none). */
    INITIALS,
    /** Pinyin finals ({@code ing → in}). */
    FINALS,
    /** Tones {@code 1}..{@code 5} (5 neutral). */
    TONES,
    /** Letter groups of English words ({@code au → ou}, {@code ed → ing}, {@code "" → s}). */
    LETTERS
  }

  private final Map<Part, List<Confusion>> parts;
  private final Map<Part, Map<String, Confusion>> index;

  /**
   * A profile of the given confusion lists; a part missing from the map has none.
   *
   * @throws IllegalArgumentException when one list holds the same {@code from → to} twice
   */
  public Profile(Map<Part, List<Confusion>> confusions) {
    Objects.requireNonNull(confusions, "confusions");
    Map<Part, List<Confusion>> copy = new java.util.EnumMap<>(Part.class);
    Map<Part, Map<String, Confusion>> byPair = new java.util.EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      List<Confusion> list = List.copyOf(confusions.getOrDefault(part, List.of()));
      Map<String, Confusion> keyed = new HashMap<>();
      for (Confusion c : list) {
        if (keyed.put(key(c.from(), c.to()), c) != null) {
          throw new IllegalArgumentException(part + " holds " + c.from() + " -> " + c.to() + " twice");
        }
      }
      copy.put(part, list);
      byPair.put(part, keyed);
    }
    this.parts = java.util.Collections.unmodifiableMap(copy);
    this.index = byPair;
  }

  /** The confusions of one part, in file order. */
  public List<Confusion> confusions(Part part) {
    return parts.get(part);
  }

  /** True when no part holds a confusion. */
  public boolean isEmpty() {
    return parts.values().stream().allMatch(List::isEmpty);
  }

  /** The learned weight of one part's {@code from → to}; 0 when not learned, 1 when equal. */
  public double weight(Part part, String from, String to) {
    if (from.equals(to)) {
      return 1;
    }
    Confusion c = index.get(part).get(key(from, to));
    return c == null ? 0 : c.weight();
  }

  /**
   * How likely this engine writes syllable {@code toSyllable} where {@code fromSyllable} was said,
   * in {@code [0, 1]}; ids are {@link Syllables} ids. 1 for equal ids; a learned whole-syllable
   * weight when there is one; otherwise the initial weight when only initials differ, the final
   * weight when only finals differ, their product when both differ; 0 when nothing was learned.
   * {@link Syllables#NONE} on either side gives 0.
   */
  public double syllableConfusion(int fromSyllable, int toSyllable) {
    if (fromSyllable == Syllables.NONE || toSyllable == Syllables.NONE) {
      return 0;
    }
    if (fromSyllable == toSyllable) {
      return 1;
    }
    String from = Syllables.name(fromSyllable);
    String to = Syllables.name(toSyllable);
    double whole = weight(Part.SYLLABLES, from, to);
    if (whole > 0) {
      return whole;
    }
    return initialConfusion(PinyinParts.initial(from), PinyinParts.initial(to))
        * finalConfusion(PinyinParts.fin(from), PinyinParts.fin(to));
  }

  /** The learned weight of initial {@code from → to} ({@code ""} for none); 1 when equal. */
  public double initialConfusion(String from, String to) {
    return weight(Part.INITIALS, from, to);
  }

  /** The learned weight of final {@code from → to}; 1 when equal. */
  public double finalConfusion(String from, String to) {
    return weight(Part.FINALS, from, to);
  }

  /** The learned weight of tone {@code from → to} (1..5); 1 when equal. */
  public double toneConfusion(int from, int to) {
    return weight(Part.TONES, Integer.toString(from), Integer.toString(to));
  }

  /** The learned weight of English letter group {@code from → to} (lower case); 1 when equal. */
  public double letterConfusion(String from, String to) {
    return weight(Part.LETTERS, from, to);
  }

  /**
   * Several profiles as one (the dictionaries loaded together): counts add up; a weight is
   * recombined as total count over total times seen ({@code count / weight} of each).
   */
  public static Profile combine(List<Profile> profiles) {
    Map<Part, List<Confusion>> out = new java.util.EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      Map<String, double[]> sums = new TreeMap<>();
      Map<String, String[]> pairs = new HashMap<>();
      for (Profile p : profiles) {
        for (Confusion c : p.confusions(part)) {
          String k = key(c.from(), c.to());
          double[] s = sums.computeIfAbsent(k, x -> new double[2]);
          s[0] += c.count();
          s[1] += c.count() / c.weight();
          pairs.put(k, new String[] {c.from(), c.to()});
        }
      }
      List<Confusion> list = new ArrayList<>();
      sums.forEach((k, s) -> list.add(new Confusion(pairs.get(k)[0], pairs.get(k)[1], (int) s[0],
          Math.min(1, s[0] / s[1]))));
      out.put(part, list);
    }
    return new Profile(out);
  }

  private static String key(String from, String to) {
    return from + '\u0000' + to;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Profile p && p.parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  @Override
  public String toString() {
    return "Profile" + parts;
  }
}
