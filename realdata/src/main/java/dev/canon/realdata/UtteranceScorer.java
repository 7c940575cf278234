package dev.canon.realdata;

import dev.canon.result.Correction;
import dev.canon.result.Edit;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one corrected CATSLU utterance against its manual transcript.
 *
 * <ul>
 *   <li>Texts compare ignoring letter case: the transcripts and slot values write {@code 4s店},
 *       {@code ktv} where the recognizer writes {@code 4S店}, {@code KTV}, as on Earnings-21.
 *   <li>A place value is right in a text when it occurs there; fixed = absent from the ASR
 *       1-best, present after correction; broken = present before, absent after.
 *   <li>An edit is inside an entity when one of its chars is aligned (character Levenshtein
 *       alignment of the 1-best to the manual transcript) to a char of a place value's occurrence
 *       in the manual transcript, or is an inserted char next to one. A change outside entities
 *       is any other edit, and any edit at all to an utterance whose 1-best already equals the
 *       manual transcript (there, nothing needed fixing); those are also counted in
 *       {@link Tally#cleanEdits()}.
 * </ul>
 */
public final class UtteranceScorer {

  private UtteranceScorer() {}

  /** Adds the counts of one utterance to {@code tally}. */
  public static void score(CatsluData.Utterance u, Correction correction, Tally tally) {
    String asr = lower(correction.original());
    String corrected = lower(correction.corrected());
    String manualText = lower(u.manual());
    tally.chars += asr.length();
    boolean clean = asr.equals(manualText);
    if (clean) {
      tally.cleanTexts++;
      tally.cleanChars += asr.length();
      tally.cleanEdits += correction.edits().size();
      correction.edits().forEach(e -> tally.cleanCaseOnly += e.from().equalsIgnoreCase(e.to()) ? 1 : 0);
    }
    for (String place : u.places()) {
      String value = lower(place);
      boolean before = asr.contains(value);
      boolean after = corrected.contains(value);
      tally.entity(before, after);
      if (before != after || !after) {
        (before ? tally.brokenExamples : after ? tally.fixedExamples : tally.stillWrongExamples)
            .add(new Tally.Example("catslu", u.id(), correction.original(), correction.corrected(), place,
                u.manual(), false));
      }
    }
    List<String> manual = chars(manualText);
    Alignment was = Alignment.align(manual, chars(asr));
    Alignment now = Alignment.align(manual, chars(corrected));
    boolean[] inPlace = placeChars(manualText, u.places());
    int shift = 0;
    for (Edit edit : correction.edits()) {
      tally.edits++;
      int correctedStart = edit.span().start() + shift;
      shift += edit.to().length() - edit.from().length();
      boolean caseOnly = edit.from().equalsIgnoreCase(edit.to());
      tally.caseOnly += caseOnly ? 1 : 0;
      if (!clean && touches(was, inPlace, edit.span().start(), edit.span().end())) {
        continue;
      }
      if (caseOnly) {
        tally.caseOnlyOutside++;
        continue;
      }
      tally.outside++;
      boolean agrees = CallScorer.sameAsReference(was, edit.span().start(), edit.span().end(), now, correctedStart,
          correctedStart + edit.to().length());
      tally.outsideAgreeing += agrees ? 1 : 0;
      tally.outsideExamples.add(new Tally.Example("catslu", u.id(), edit.from(), edit.to(),
          CallScorer.entityOf(correction, edit), correction.original() + " / " + u.manual(), agrees));
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

  /** For each char of the (lower-cased) manual transcript, whether it lies in a place value. */
  private static boolean[] placeChars(String manual, List<String> places) {
    boolean[] inside = new boolean[manual.length()];
    for (String place : places) {
      String value = lower(place);
      for (int at = manual.indexOf(value); at >= 0; at = manual.indexOf(value, at + 1)) {
        java.util.Arrays.fill(inside, at, at + value.length(), true);
      }
    }
    return inside;
  }

  /** Lower case char by char, so indices stay those of the original string. */
  static String lower(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  /** One string per UTF-16 char, so alignment indices are string indices. */
  static List<String> chars(String text) {
    String lowered = lower(text);
    List<String> out = new ArrayList<>(lowered.length());
    for (int i = 0; i < lowered.length(); i++) {
      out.add(String.valueOf(lowered.charAt(i)));
    }
    return out;
  }
}
