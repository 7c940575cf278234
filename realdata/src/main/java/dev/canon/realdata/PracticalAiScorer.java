package dev.canon.realdata;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import dev.canon.result.Correction;
import dev.canon.result.Edit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a corrected episode against its human transcript, word by word.
 *
 * <ul>
 *   <li>A <em>reference name</em> is a run of at most {@value #MAX_WORDS} reference words whose
 *       normalized words ({@link Words}), joined, equal those of an entity's canonical name or a
 *       synonym (leftmost, longest first). It is counted only when the reference writes it
 *       exactly as that canonical or synonym; otherwise (the reference's own spelling is not
 *       canonical: "Open AI", "LLaMA 2") it is listed as uncounted.
 *   <li>The hypothesis words standing for a reference name are those between the hypothesis
 *       words aligned to the nearest aligned reference words before and after it, at most
 *       {@value #REACH} beyond the words aligned to the name itself on either side. The name is
 *       right in a text when those words contain its canonical or a synonym exactly (case and
 *       all), at word boundaries. Fixed, broken and still wrong as elsewhere.
 *   <li>Every edit that touches none of the words standing for a counted name is an other
 *       edit, listed for review with what the reference says there.
 * </ul>
 */
final class PracticalAiScorer {

  static final int MAX_WORDS = 8;
  static final int REACH = 3;

  /** A counted or uncounted reference name: reference words {@code [first, last]}. */
  record RefName(int first, int last, Entity entity, String surface, boolean counted) {}

  private final Map<String, List<Entity>> byKey = new HashMap<>();
  final Tally tally = new Tally("practical-ai");
  final List<Tally.Example> uncounted = new ArrayList<>();
  final List<Tally.Example> others = new ArrayList<>();

  PracticalAiScorer(List<Dictionary> dictionaries) {
    for (Dictionary d : dictionaries) {
      for (Entity e : d.entities()) {
        for (String spelling : spellings(e)) {
          String key = String.join("", Words.norms(Words.split(spelling)));
          if (!key.isEmpty() && !byKey.getOrDefault(key, List.of()).contains(e)) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
          }
        }
      }
    }
  }

  private static List<String> spellings(Entity e) {
    List<String> out = new ArrayList<>();
    out.add(e.canonical());
    out.addAll(e.synonyms());
    return out;
  }

  /** The reference names of a text, leftmost and longest first, not overlapping. */
  List<RefName> names(String text, List<Words.Word> words) {
    List<RefName> out = new ArrayList<>();
    for (int w = 0; w < words.size(); ) {
      RefName found = null;
      StringBuilder joined = new StringBuilder();
      for (int last = w; last < Math.min(words.size(), w + MAX_WORDS); last++) {
        joined.append(words.get(last).norm());
        List<Entity> entities = byKey.get(joined.toString());
        if (entities != null) {
          String surface = text.substring(words.get(w).start(), words.get(last).end());
          Entity exact = entities.stream().filter(e -> spellings(e).contains(surface)).findFirst().orElse(null);
          found = new RefName(w, last, exact != null ? exact : entities.get(0), surface, exact != null);
        }
      }
      if (found == null) {
        w++;
      } else {
        out.add(found);
        w = found.last() + 1;
      }
    }
    return out;
  }

  /** Adds the counts of one episode. */
  void score(String episode, String reference, Correction c) {
    List<Words.Word> refWords = Words.split(reference);
    List<Words.Word> before = Words.split(c.original());
    List<Words.Word> after = Words.split(c.corrected());
    List<String> ref = Words.norms(refWords);
    Alignment was = Alignment.align(ref, Words.norms(before));
    Alignment now = Alignment.align(ref, Words.norms(after));
    tally.chars += c.original().length();
    boolean[] covered = new boolean[before.size()];
    for (RefName n : names(reference, refWords)) {
      int[] wasWindow = window(was, n, before.size());
      String context = context(reference, refWords, n);
      if (!n.counted()) {
        uncounted.add(new Tally.Example(episode, episode, text(c.original(), before, wasWindow),
            text(c.corrected(), after, window(now, n, after.size())), label(n), context, false));
        continue;
      }
      for (int h = wasWindow[0]; h < wasWindow[1]; h++) {
        covered[h] = true;
      }
      int[] nowWindow = window(now, n, after.size());
      String hypText = text(c.original(), before, wasWindow);
      String outText = text(c.corrected(), after, nowWindow);
      boolean rightBefore = containsName(hypText, n.entity());
      boolean rightAfter = containsName(outText, n.entity());
      tally.entity(rightBefore, rightAfter);
      Tally.Example e = new Tally.Example(episode, episode, hypText, outText, label(n), context, false);
      if (!rightBefore) {
        (rightAfter ? tally.fixedExamples : tally.stillWrongExamples).add(e);
      } else if (!rightAfter) {
        tally.brokenExamples.add(e);
      }
    }
    int shift = 0;
    for (Edit edit : c.edits()) {
      tally.edits++;
      int newStart = edit.span().start() + shift;
      shift += edit.to().length() - edit.from().length();
      int[] old = wordsIn(before, edit.span().start(), edit.span().end());
      boolean inName = false;
      for (int h = old[0]; h < old[1]; h++) {
        inName |= covered[h];
      }
      boolean caseOnly = edit.from().equalsIgnoreCase(edit.to());
      tally.caseOnly += caseOnly ? 1 : 0;
      if (inName) {
        continue;
      }
      tally.outside++;
      tally.caseOnlyOutside += caseOnly ? 1 : 0;
      int[] fresh = wordsIn(after, newStart, newStart + edit.to().length());
      boolean agrees = CallScorer.sameAsReference(was, old[0], old[1], now, fresh[0], fresh[1]);
      tally.outsideAgreeing += agrees ? 1 : 0;
      String there = was.refText(Math.max(0, old[0] - 2), Math.min(before.size(), old[1] + 2));
      int[] around = {Math.max(0, old[0] - 4), Math.min(before.size(), old[1] + 4)};
      String hypAround = text(c.original(), before, around);
      others.add(new Tally.Example(episode, episode, edit.from(), edit.to(), CallScorer.entityOf(c, edit),
          hypAround + " / ref: " + there, agrees));
    }
  }

  /**
   * The hypothesis words {@code [from, to)} standing for reference name {@code n}: between the
   * words aligned to the nearest aligned reference words around it, clipped to {@value #REACH}
   * words beyond those aligned to the name.
   */
  static int[] window(Alignment a, RefName n, int hypSize) {
    int prev = -1;
    for (int r = n.first() - 1; r >= 0 && prev < 0; r--) {
      prev = a.hypOf(r);
    }
    int next = hypSize;
    for (int r = n.last() + 1; r < a.refSize() && next == hypSize; r++) {
      next = a.hypOf(r) >= 0 ? a.hypOf(r) : hypSize;
    }
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int r = n.first(); r <= n.last(); r++) {
      if (a.hypOf(r) >= 0) {
        lo = Math.min(lo, a.hypOf(r));
        hi = Math.max(hi, a.hypOf(r));
      }
    }
    int from = prev + 1;
    int to = next;
    if (hi >= 0) {
      from = Math.max(from, lo - REACH);
      to = Math.min(to, hi + 1 + REACH);
    } else {
      to = Math.min(to, from + n.last() - n.first() + 1 + REACH);
    }
    return new int[] {from, Math.max(from, to)};
  }

  /** The name as the reference writes it, and the entity's canonical when that differs. */
  private static String label(RefName n) {
    String canonical = n.entity().canonical();
    return n.surface().equals(canonical) ? canonical : n.surface() + " (" + canonical + ")";
  }

  /** The text of words {@code [w[0], w[1])}, or {@code ""}. */
  static String text(String text, List<Words.Word> words, int[] w) {
    return w[0] >= w[1] ? "" : text.substring(words.get(w[0]).start(), words.get(w[1] - 1).end());
  }

  /** Whether {@code text} holds the entity's canonical or a synonym, exactly, at word boundaries. */
  static boolean containsName(String text, Entity e) {
    for (String s : spellings(e)) {
      for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
        boolean startOk = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
        int end = at + s.length();
        boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
        if (startOk && endOk) {
          return true;
        }
      }
    }
    return false;
  }

  /** The words {@code [from, to)} that overlap chars {@code [start, end)} (or touch an empty span). */
  static int[] wordsIn(List<Words.Word> words, int start, int end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < words.size(); i++) {
      Words.Word w = words.get(i);
      boolean overlaps = start == end ? w.start() <= start && start <= w.end() : w.start() < end && w.end() > start;
      if (overlaps) {
        from = from < 0 ? i : from;
        to = i + 1;
      }
    }
    return from < 0 ? new int[] {0, 0} : new int[] {from, to};
  }

  private static String context(String text, List<Words.Word> words, RefName n) {
    int from = words.get(Math.max(0, n.first() - 3)).start();
    int to = words.get(Math.min(words.size() - 1, n.last() + 3)).end();
    return text.substring(from, to).replace('\n', ' ');
  }
}
