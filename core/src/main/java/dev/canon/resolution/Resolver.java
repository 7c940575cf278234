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
   * Takes the tentative decisions of the pipeline and makes them final: applied candidates are
   * resolved against each other, the losers rejected; suggestions that overlap an applied
   * candidate are rejected, the rest resolved against each other. Returns every candidate, in
   * order of preference within each decision. Reasons are written only when {@code explain}.
   */
  public static List<Considered> decide(List<Considered> tentative, boolean explain) {
    List<Considered> out = new ArrayList<>(tentative.size());
    List<Considered> apply = new ArrayList<>();
    List<Considered> suggest = new ArrayList<>();
    for (Considered c : tentative) {
      switch (c.decision()) {
        case APPLIED -> apply.add(c);
        case SUGGESTED -> suggest.add(c);
        case REJECTED -> out.add(c);
      }
    }
    List<Candidate> applied = pick(apply, List.of(), out, Decision.APPLIED, explain);
    pick(suggest, applied, out, Decision.SUGGESTED, explain);
    return out;
  }

  /** The chosen candidates of {@code decided} with the given decision, sorted by span. */
  public static List<Candidate> chosen(List<Considered> decided, Decision decision) {
    List<Candidate> out = new ArrayList<>();
    for (Considered c : decided) {
      if (c.decision() == decision) {
        out.add(c.candidate());
      }
    }
    out.sort(Comparator.comparing(Candidate::span));
    return out;
  }

  private static List<Candidate> pick(List<Considered> pool, List<Candidate> blocked, List<Considered> out,
      Decision decision, boolean explain) {
    List<Considered> sorted = new ArrayList<>(pool);
    sorted.sort(Comparator.comparing(Considered::candidate, PREFERENCE));
    List<Candidate> chosen = new ArrayList<>();
    for (Considered c : sorted) {
      Candidate winner = firstOverlap(blocked, c.candidate());
      if (winner == null) {
        winner = firstOverlap(chosen, c.candidate());
      }
      if (winner == null) {
        chosen.add(c.candidate());
        out.add(c.with(decision, c.reason()));
      } else {
        out.add(c.with(Decision.REJECTED, explain ? "overlaps " + describe(winner) : ""));
      }
    }
    return chosen;
  }

  private static Candidate firstOverlap(List<Candidate> chosen, Candidate c) {
    for (Candidate x : chosen) {
      if (x.span().overlaps(c.span())) {
        return x;
      }
    }
    return null;
  }

  private static String describe(Candidate c) {
    return "\"" + c.surface() + "\" " + c.span() + " -> " + c.target().entity().id() + " ("
        + c.method().jsonName() + String.format(java.util.Locale.ROOT, " %.3f)", c.score().total());
  }
}
