package dev.canon.realdata;

import dev.canon.result.Correction;
import dev.canon.result.Edit;
import dev.canon.result.Mention;
import java.util.List;

/**
 * Scores one corrected hypothesis against its reference: aligns the hypothesis words before and
 * after correction to the reference words, then judges every named entity and every edit.
 *
 * <ul>
 *   <li>An entity is right in a text when its reference words all appear there, equal and in a
 *       row ({@link Alignment#matches}); fixed = wrong before, right after; broken = right
 *       before, wrong after; still wrong = wrong both times.
 *   <li>An edit is inside an entity when one of the input words it touches is aligned to a word
 *       of a reference entity, or is an inserted word next to one; otherwise it is a change
 *       outside entities; it "agrees" when the words it wrote equal the reference words there
 *       (the reference spells the name but did not tag it). Edits that change letter case
 *       only are counted apart ({@code caseOnly}):
 *       alignment ignores case, so they can neither fix nor break a word.
 * </ul>
 */
public final class CallScorer {

  /** How far {@link #hypText} looks for aligned words around an entity. */
  private static final int REACH = 3;

  private CallScorer() {}

  /**
   * Adds the counts of one text to {@code tally}.
   *
   * @param engine engine name, for examples
   * @param reference the reference transcript
   * @param correction the correction of the engine's text ({@code original} is the input)
   */
  public static void score(String engine, Reference reference, Correction correction, Tally tally) {
    List<Words.Word> before = Words.split(correction.original());
    List<Words.Word> after = Words.split(correction.corrected());
    List<String> ref = reference.norms();
    Alignment was = Alignment.align(ref, Words.norms(before));
    Alignment now = Alignment.align(ref, Words.norms(after));
    tally.chars += correction.original().length();
    for (Reference.RefEntity e : reference.entities()) {
      boolean rightBefore = was.matches(e.first(), e.last());
      boolean rightAfter = now.matches(e.first(), e.last());
      tally.entity(rightBefore, rightAfter);
      if (rightBefore != rightAfter || !rightAfter) {
        Edit cause = rightBefore ? editOver(correction, before.get(was.hypOf(e.first())).start(),
            before.get(was.hypOf(e.last())).end()) : null;
        // A broken entity shows the edit that broke it ("Europe and" -> "European"), since the
        // re-aligned text may pair the new word with a neighbour instead.
        Tally.Example example = cause != null
            ? new Tally.Example(engine, reference.id(), cause.from(), cause.to(), e.type(), e.surface(), false)
            : new Tally.Example(engine, reference.id(), hypText(was, before, correction.original(), e),
                hypText(now, after, correction.corrected(), e), e.type(), e.surface(), false);
        (rightBefore ? tally.brokenExamples : rightAfter ? tally.fixedExamples : tally.stillWrongExamples)
            .add(example);
      }
    }
    boolean[] inEntity = reference.entityWords();
    int w = 0;
    int shift = 0;
    for (Edit edit : correction.edits()) {
      tally.edits++;
      int correctedStart = edit.span().start() + shift;
      shift += edit.to().length() - edit.from().length();
      while (w < before.size() && before.get(w).end() <= edit.span().start()) {
        w++;
      }
      int from = w;
      int to = w;
      while (to < before.size() && before.get(to).start() < edit.span().end()) {
        to++;
      }
      boolean caseOnly = edit.from().equalsIgnoreCase(edit.to());
      tally.caseOnly += caseOnly ? 1 : 0;
      if (touchesEntity(was, inEntity, from, to)) {
        continue;
      }
      String refText = was.refText(from, Math.min(Math.max(to, from + 1), before.size()));
      if (caseOnly) {
        tally.caseOnlyOutside++;
        tally.caseOnlyOutsideExamples.add(new Tally.Example(engine, reference.id(), edit.from(), edit.to(),
            entityOf(correction, edit), refText, false));
        continue;
      }
      tally.outside++;
      boolean agrees = agrees(was, from, to, now, after, correctedStart, correctedStart + edit.to().length());
      tally.outsideAgreeing += agrees ? 1 : 0;
      tally.outsideExamples.add(new Tally.Example(engine, reference.id(), edit.from(), edit.to(),
          entityOf(correction, edit), refText, agrees));
    }
  }

  /**
   * Whether an edit wrote what the reference says: the corrected words in chars
   * {@code [start, end)} all equal their reference words, and every reference word that the
   * edit's original words {@code [from, to)} stood for is still matched, by one of those words
   * ({@code gigawatts of} → {@code gigawatts} loses the reference's "of", so it does not agree).
   */
  private static boolean agrees(Alignment was, int from, int to, Alignment now, List<Words.Word> after, int start,
      int end) {
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int h = 0; h < after.size() && after.get(h).start() < end; h++) {
      if (after.get(h).end() > start) {
        lo = Math.min(lo, h);
        hi = h;
      }
    }
    return hi >= 0 && sameAsReference(was, from, to, now, lo, hi + 1);
  }

  /**
   * Whether hypothesis units {@code [newFrom, newTo)} of the corrected text all match their
   * reference units, and cover every reference unit that units {@code [oldFrom, oldTo)} of the
   * original were aligned to. Shared by word (Earnings-21) and char (CATSLU) scoring.
   */
  static boolean sameAsReference(Alignment was, int oldFrom, int oldTo, Alignment now, int newFrom, int newTo) {
    if (newFrom >= newTo) {
      return false;
    }
    for (int h = newFrom; h < newTo; h++) {
      if (!now.isMatch(h)) {
        return false;
      }
    }
    for (int h = oldFrom; h < oldTo; h++) {
      int r = was.refOf(h);
      if (r >= 0 && (now.hypOf(r) < newFrom || now.hypOf(r) >= newTo)) {
        return false;
      }
    }
    return true;
  }

  private static boolean touchesEntity(Alignment alignment, boolean[] inEntity, int from, int to) {
    for (int h = from; h < to; h++) {
      for (int r : alignment.neighbours(h)) {
        if (r >= 0 && inEntity[r]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The hypothesis chars standing for the entity: between the hypothesis words aligned to the
   * nearest aligned reference words around it (at most {@link #REACH} words away), so a word
   * that alignment left unpaired still shows; {@code ""} when there is none.
   */
  private static String hypText(Alignment alignment, List<Words.Word> words, String text, Reference.RefEntity e) {
    int left = -1;
    for (int r = e.first() - 1; r >= Math.max(0, e.first() - REACH) && left < 0; r--) {
      left = alignment.hypOf(r);
    }
    int right = -1;
    for (int r = e.last() + 1; r <= e.last() + REACH && r < alignment.refSize() && right < 0; r++) {
      right = alignment.hypOf(r);
    }
    int lo = left >= 0 ? left + 1 : Integer.MAX_VALUE;
    int hi = right >= 0 ? right - 1 : -1;
    for (int r = e.first(); r <= e.last(); r++) {
      int h = alignment.hypOf(r);
      if (h >= 0) {
        lo = Math.min(lo, h);
        hi = Math.max(hi, h);
      }
    }
    if (lo == Integer.MAX_VALUE || hi < 0 || hi < lo) {
      return "";
    }
    return text.substring(words.get(lo).start(), words.get(hi).end());
  }

  /** The first edit overlapping chars {@code [start, end)} of the original, or null. */
  private static Edit editOver(Correction correction, int start, int end) {
    for (Edit edit : correction.edits()) {
      if (edit.span().start() < end && start < edit.span().end()) {
        return edit;
      }
    }
    return null;
  }

  /** The canonical and method of the changed mention behind {@code edit}, or {@code ""}. */
  static String entityOf(Correction correction, Edit edit) {
    for (Mention m : correction.mentions()) {
      if (m.changed() && m.span().overlaps(edit.span())) {
        return m.canonical() + " (" + m.method().name().toLowerCase(java.util.Locale.ROOT) + ")";
      }
    }
    return "";
  }
}
