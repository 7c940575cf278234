package dev.canon.resolution;

import dev.canon.candidate.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the best non-overlapping set of candidates. Greedy by weight (covered chars times score),
 * so a longer, well-scored match beats the shorter ones inside it ({@code Gemma 1.5 Pro} over
 * {@code Gemma}); ties break by a total order that never depends on hash order: start, longer
 * first, score, dictionary priority, entity id, method, form. Stateless and thread-safe.
 */
public final class Resolver {

  /** The total order of preference; the first candidate of a sorted list is the best. */
  public static final Comparator<Candidate> PREFERENCE =
      Comparator.comparingDouble((Candidate c) -> -c.span().length() * c.score().total())
          .thenComparingInt(c -> c.span().start())
          .thenComparingInt(c -> -c.span().end())
          .thenComparingDouble(c -> -c.score().total())
          .thenComparingInt(c -> c.target().priority())
          .thenComparing(c -> c.target().entity().id())
          .thenComparing(Candidate::method)
          .thenComparing(Candidate::form);

  private Resolver() {}

  /**
   * Returns the chosen candidates in order of start. O(k log k + k·m) for k candidates and m
   * chosen, which stays small because chosen spans are disjoint.
   */
  public static List<Candidate> resolve(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(PREFERENCE);
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : sorted) {
      if (chosen.stream().noneMatch(x -> x.span().overlaps(c.span()))) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparing(Candidate::span));
    return chosen;
  }
}
