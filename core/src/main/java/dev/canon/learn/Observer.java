package dev.canon.learn;

import dev.canon.Corrector;
import dev.canon.result.Correction;
import dev.canon.result.Mention;
import dev.canon.result.Method;
import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first pass of learning: for each aligned pair, where the reference names an entity and what
 * the hypothesis has there (alias evidence), and where Canon would change the hypothesis but the
 * reference kept it (keep evidence). Not thread-safe; one per learning run.
 */
final class Observer {

  /** An exact mention of an entity in a reference, kept for the context pass. */
  record Place(String entityId, int start, int end) {}

  /** Per-entity counts for the report: mentions heard right, misheard, already fixed by Canon. */
  static final class Tally {
    int heardRight;
    int misheard;
    int canonFixed;
  }

  private static final int SNIPPET = 24;

  private final Corrector corrector;
  /** alias evidence, keyed {@code entityId \0 normalized form} */
  final Evidence aliases = new Evidence();
  /** alias occurrences Canon already corrects, same keys */
  final Evidence alreadyFixed = new Evidence();
  /** keep evidence, keyed {@code normalized form \0 entityId} */
  final Evidence keeps = new Evidence();
  /** words of the references that Canon would change by a guess, same keys as {@link #keeps} */
  final Evidence guessedInReferences = new Evidence();
  final Map<String, Tally> tallies = new TreeMap<>();
  /** For each pair index, the exact entity mentions of its reference. */
  final Map<Integer, List<Place>> places = new TreeMap<>();
  int pairs;
  int unedited;

  Observer(Corrector corrector) {
    this.corrector = corrector;
  }

  /** Looks at one pair, aligned as {@code a}, and returns that alignment; {@code index} is its place in the input. */
  Alignment observe(int index, Pair pair, Alignment a) {
    pairs++;
    if (pair.reference().equals(pair.hypothesis())) {
      unedited++; // nobody may have looked at it: it says nothing about what is right
      return a;
    }
    Correction hyp = corrector.correct(pair.hypothesis());
    List<Place> found = new ArrayList<>();
    for (Mention m : corrector.correct(pair.reference()).mentions()) {
      if (m.method() == Method.EXACT) {
        found.add(new Place(m.entityId(), m.span().start(), m.span().end()));
        aliasAt(pair, a, hyp, m);
      } else if (m.changed() && !m.entityId().startsWith("rule:")) {
        // the reference is right by definition: Canon changing it is a false guess
        guessedInReferences.add(NormalizedText.normalize(m.surface()) + '\u0000' + m.entityId(), m.surface(),
            pair.id() + ": \"" + snippet(pair.reference(), m.span().start(), m.span().end()) + "\"", false);
      }
    }
    places.put(index, List.copyOf(found));
    int[] toRef = a.hypToRef();
    for (Mention m : hyp.mentions()) {
      if (m.changed() && !m.entityId().startsWith("rule:")) {
        keepAt(pair, a, toRef, m);
      }
    }
    return a;
  }

  /** What the hypothesis has where the reference names an entity exactly. */
  private void aliasAt(Pair pair, Alignment a, Correction hyp, Mention m) {
    int k = a.refTokenAt(m.span().start());
    int l = a.refTokenAt(m.span().end());
    if (k >= l) {
      return;
    }
    int[] h = a.hypRange(k, l);
    if (h == null || h[0] >= h[1]) {
      return; // the boundary is unknown or the engine dropped the name: nothing to learn
    }
    Tally t = tallies.computeIfAbsent(m.entityId(), x -> new Tally());
    if (a.heardRight(h, k, l)) {
      t.heardRight++;
      return;
    }
    t.misheard++;
    int start = a.hyp.get(h[0]).start();
    int end = a.hyp.get(h[1] - 1).end();
    String surface = pair.hypothesis().substring(start, end);
    String key = m.entityId() + '\u0000' + NormalizedText.normalize(surface);
    String example = example(pair, start, end, m.span().start(), m.span().end());
    if (fixedByCanon(hyp, m.entityId(), start, end)) {
      t.canonFixed++;
      alreadyFixed.add(key, surface, example, false);
    } else {
      aliases.add(key, surface, example, false);
    }
  }

  private static boolean fixedByCanon(Correction hyp, String entityId, int start, int end) {
    for (Mention m : hyp.mentions()) {
      if (m.changed() && m.entityId().equals(entityId) && m.span().start() < end && start < m.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** Canon changes {@code m} in the hypothesis: did the reference keep the same words there? */
  private void keepAt(Pair pair, Alignment a, int[] toRef, Mention m) {
    if (NormalizedText.normalize(m.surface()).equals(NormalizedText.normalize(m.canonical()))) {
      return; // a change of case or spacing only, not a different word
    }
    int from = a.hypTokenAt(m.span().start());
    int to = a.hypTokenAt(m.span().end());
    if (from >= to) {
      return;
    }
    for (int i = from; i < to; i++) {
      if (toRef[i] < 0 || (i > from && toRef[i] != toRef[i - 1] + 1)) {
        return; // the reference changed something here: not a keep
      }
    }
    int refStart = a.ref.get(toRef[from]).start();
    int refEnd = a.ref.get(toRef[to - 1]).end();
    keeps.add(NormalizedText.normalize(m.surface()) + '\u0000' + m.entityId(), m.surface(),
        example(pair, m.span().start(), m.span().end(), refStart, refEnd), false);
  }

  /** Adds a review decision: accept is alias evidence, reject is keep evidence. */
  void review(Review r, String surfaceKey) {
    String example = r.id() + ": \"" + snippet(r.text(), r.span().start(), r.span().end()) + "\" ("
        + (r.accept() ? "accepted" : "rejected") + ")";
    if (r.accept()) {
      aliases.add(r.entityId() + '\u0000' + surfaceKey, r.surface(), example, true);
    } else {
      keeps.add(surfaceKey + '\u0000' + r.entityId(), r.surface(), example, true);
    }
  }

  private static String example(Pair pair, int hypStart, int hypEnd, int refStart, int refEnd) {
    return pair.id() + ": \"" + snippet(pair.hypothesis(), hypStart, hypEnd) + "\" → \""
        + snippet(pair.reference(), refStart, refEnd) + "\"";
  }

  /** The span with a little text on each side, on one line, for a YAML comment. */
  static String snippet(String text, int start, int end) {
    int from = Math.max(0, start - SNIPPET);
    int to = Math.min(text.length(), end + SNIPPET);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    String s = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    return s.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").replace("\"", "'");
  }
}
