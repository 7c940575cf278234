package dev.canon.realdata;

import dev.canon.result.Correction;
import dev.canon.result.Edit;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one corrected CATSLU utterance against its manual transcript.
 *
 * <ul>
 *   <li>A place value is right in a text when it occurs there verbatim; fixed = absent from the
 *       ASR 1-best, present after correction; broken = present before, absent after.
 *   <li>An edit is inside an entity when one of its chars is aligned (character Levenshtein
 *       alignment of the 1-best to the manual transcript) to a char of a place value's occurrence
 *       in the manual transcript, or is an inserted char next to one; otherwise it is a change
 *       outside entities.
 *   <li>Every edit to an utterance whose 1-best already equals the manual transcript is also
 *       counted in {@link Tally#cleanEdits()}.
 * </ul>
 */
public final class UtteranceScorer {

  private UtteranceScorer() {}

  /** Adds the counts of one utterance to {@code tally}. */
  public static void score(CatsluData.Utterance u, Correction correction, Tally tally) {
    String asr = correction.original();
    String corrected = correction.corrected();
    tally.chars += asr.length();
    boolean clean = asr.equals(u.manual());
    if (clean) {
      tally.cleanTexts++;
      tally.cleanChars += asr.length();
      tally.cleanEdits += correction.edits().size();
    }
    for (String place : u.places()) {
      boolean before = asr.contains(place);
      boolean after = corrected.contains(place);
      tally.entity(before, after);
      if (before != after || !after) {
        (before ? tally.brokenExamples : after ? tally.fixedExamples : tally.stillWrongExamples)
            .add(new Tally.Example("catslu", u.id(), asr, corrected, place, u.manual(), false));
      }
    }
    List<String> manual = chars(u.manual());
    Alignment was = Alignment.align(manual, chars(asr));
    Alignment now = Alignment.align(manual, chars(corrected));
    boolean[] inPlace = placeChars(u);
    int shift = 0;
    for (Edit edit : correction.edits()) {
      tally.edits++;
      int correctedStart = edit.span().start() + shift;
      shift += edit.to().length() - edit.from().length();
      boolean caseOnly = edit.from().equalsIgnoreCase(edit.to());
      tally.caseOnly += caseOnly ? 1 : 0;
      if (touches(was, inPlace, edit.span().start(), edit.span().end())) {
        continue;
      }
      if (caseOnly) {
        tally.caseOnlyOutside++;
        continue;
      }
      tally.outside++;
      boolean agrees = edit.to().length() > 0;
      for (int h = correctedStart; h < correctedStart + edit.to().length(); h++) {
        agrees &= now.isMatch(h);
      }
      tally.outsideAgreeing += agrees ? 1 : 0;
      tally.outsideExamples.add(new Tally.Example("catslu", u.id(), edit.from(), edit.to(),
          CallScorer.entityOf(correction, edit), asr + " / " + u.manual(), agrees));
    }
  }

  private static boolean touches(Alignment alignment, boolean[] inPlace, int start, int end) {
    for (int h = start; h < end; h++) {
      for (int r : alignment.neighbours(h)) {
        if (r >= 0 && inPlace[r]) {
          return true;
        }
      }
    }
    return false;
  }

  /** For each char of the manual transcript, whether it lies in an occurrence of a place value. */
  private static boolean[] placeChars(CatsluData.Utterance u) {
    boolean[] inside = new boolean[u.manual().length()];
    for (String place : u.places()) {
      for (int at = u.manual().indexOf(place); at >= 0; at = u.manual().indexOf(place, at + 1)) {
        java.util.Arrays.fill(inside, at, at + place.length(), true);
      }
    }
    return inside;
  }

  /** One string per UTF-16 char, so alignment indices are string indices. */
  static List<String> chars(String text) {
    List<String> out = new ArrayList<>(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.add(String.valueOf(Character.toLowerCase(text.charAt(i))));
    }
    return out;
  }
}
