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
   * Takes the tentative decisions of the pipeline and makes them final: applied candidates are
   * resolved against each other, the losers rejected; suggestions that overlap an applied
   * candidate are rejected, the rest resolved against each other. Returns every candidate, in
   * order of preference within each decision. Reasons are written only when {@code explain}.
   * O(k log k) for k candidates.
   */
  public static List<Considered> decide(List<Considered> tentative, boolean explain) {
    List<Considered> out = new ArrayList<>(tentative.size());
    List<Considered> apply = new ArrayList<>();
    List<Considered> suggest = new ArrayList<>();
    List<Candidate> exact = new ArrayList<>();
    for (Considered c : tentative) {
      if (c.decision() == Decision.APPLIED && !isGuess(c.candidate())) {
        exact.add(c.candidate());
      }
    }
    exact.sort(Comparator.comparingInt((Candidate c) -> c.span().start()));
    int longest = 0;
    for (Candidate e : exact) {
      longest = Math.max(longest, e.span().length());
    }
    for (Considered c : tentative) {
      Candidate cut = c.decision() == Decision.REJECTED || !isGuess(c.candidate()) ? null
          : cutExact(c.candidate(), exact, longest);
      if (cut != null) {
        out.add(c.with(Decision.REJECTED, explain ? "would rewrite part of the exact mention " + describe(cut) : ""));
        continue;
      }
      switch (c.decision()) {
        case APPLIED -> apply.add(c);
        case SUGGESTED -> suggest.add(c);
        case REJECTED -> out.add(c);
      }
    }
    Taken applied = pick(apply, new Taken(), out, Decision.APPLIED, explain);
    pick(suggest, applied, out, Decision.SUGGESTED, explain);
    return out;
  }

  /**
   * The greedy choice alone: the best non-overlapping candidates, in order of start. Same choice
   * as {@link #decide} makes among applied candidates.
   */
  public static List<Candidate> resolve(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(PREFERENCE);
    Taken taken = new Taken();
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : sorted) {
      if (taken.overlap(c.span()) == null) {
        taken.add(c);
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparing(Candidate::span));
    return chosen;
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

  private static Taken pick(List<Considered> pool, Taken blocked, List<Considered> out, Decision decision,
      boolean explain) {
    List<Considered> sorted = new ArrayList<>(pool);
    sorted.sort(Comparator.comparing(Considered::candidate, PREFERENCE));
    Taken chosen = new Taken();
    for (Considered c : sorted) {
      Candidate winner = blocked.overlap(c.candidate().span());
      if (winner == null) {
        winner = chosen.overlap(c.candidate().span());
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

  private static boolean isGuess(Candidate c) {
    return switch (c.method()) {
      case FUZZY, PHONETIC, PINYIN -> true;
      default -> false;
    };
  }

  /**
   * An exact mention of another entity that the guess overlaps without covering it whole:
   * {@code 千问大模型} guessed as 千帆大模型 inside {@code 通义千问大模型} would cut 通义千问. A guess
   * that covers an exact mention whole ({@code Gemma 1.5 Pro} over {@code Gemma}) may still win
   * by weight. Null when there is none. {@code exact} is sorted by start and {@code longest} is
   * its longest span, so only the few exact mentions starting within reach are looked at.
   */
  private static Candidate cutExact(Candidate guess, List<Candidate> exact, int longest) {
    Span g = guess.span();
    int lo = 0;
    int hi = exact.size();
    while (lo < hi) { // the first exact mention starting at or after g.start - longest
      int mid = (lo + hi) >>> 1;
      if (exact.get(mid).span().start() < g.start() - longest) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < exact.size() && exact.get(i).span().start() < g.end(); i++) {
      Candidate e = exact.get(i);
      Span s = e.span();
      boolean overlaps = s.start() < g.end() && g.start() < s.end();
      boolean covers = g.start() <= s.start() && s.end() <= g.end();
      if (overlaps && !covers && !e.target().entity().id().equals(guess.target().entity().id())) {
        return e;
      }
    }
    return null;
  }

  /**
   * Disjoint chosen spans by start: since they never overlap each other, the one before and the
   * one after a new span are the only ones it can overlap. O(log k) a look-up.
   */
  private static final class Taken {
    private final TreeMap<Integer, Candidate> byStart = new TreeMap<>();

    void add(Candidate c) {
      if (c.span().length() > 0) {
        byStart.put(c.span().start(), c);
      }
    }

    Candidate overlap(Span s) {
      if (s.length() == 0) {
        return null; // an empty span overlaps nothing
      }
      Map.Entry<Integer, Candidate> before = byStart.floorEntry(s.start());
      if (before != null && before.getValue().span().end() > s.start()) {
        return before.getValue();
      }
      Map.Entry<Integer, Candidate> after = byStart.ceilingEntry(s.start());
      return after != null && after.getKey() < s.end() ? after.getValue() : null;
    }
  }

  private static String describe(Candidate c) {
    return "\"" + c.surface() + "\" " + c.span() + " -> " + c.target().entity().id() + " ("
        + c.method().jsonName() + String.format(java.util.Locale.ROOT, " %.3f)", c.score().total());
  }
}
