package dev.canon.resolution;

import dev.canon.candidate.Candidate;
import dev.canon.result.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Picks the best non-overlapping set of candidates. Greedy by weight (covered chars times score),
 * so a longer, well-scored match beats the shorter ones inside it ({@code Gemma 1.5 Pro} over
 * {@code Gemma}); ties break by a total order that never depends on hash order: start, longer
 * first, score, method (exact first), dictionary priority, entity id, form. Stateless and thread-safe.
 */
public final class Resolver {

  /** The total order of preference; the first candidate of a sorted list is the best. */
  public static final Comparator<Candidate> PREFERENCE =
      Comparator.comparingDouble((Candidate c) -> -c.span().length() * c.score().total())
          .thenComparingInt(c -> c.span().start())
          .thenComparingInt(c -> -c.span().end())
          .thenComparingDouble(c -> -c.score().total())
          // before ids: a context-boosted fuzzy score can reach 1 and must not beat an exact name
          .thenComparing(Candidate::method)
          .thenComparingInt(c -> c.target().priority())
          .thenComparing(c -> c.target().entity().id())
          .thenComparing(Candidate::form);

  private Resolver() {}

  /**
   * Returns the chosen candidates in order of start. O(k log k) for k candidates: the chosen spans
   * are disjoint, so one look-up on each side in a sorted map finds any overlap.
   */
  public static List<Candidate> resolve(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(PREFERENCE);
    List<Candidate> chosen = new ArrayList<>();
    TreeMap<Integer, Integer> taken = new TreeMap<>(); // start -> end of chosen non-empty spans
    for (Candidate c : sorted) {
      Span s = c.span();
      if (s.length() == 0) {
        chosen.add(c); // an empty span overlaps nothing
        continue;
      }
      Map.Entry<Integer, Integer> before = taken.floorEntry(s.start());
      Map.Entry<Integer, Integer> after = taken.ceilingEntry(s.start());
      boolean overlaps = (before != null && before.getValue() > s.start()) || (after != null && after.getKey() < s.end());
      if (!overlaps) {
        taken.put(s.start(), s.end());
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparing(Candidate::span));
    return chosen;
  }
}
