package dev.canon.realdata;

import dev.canon.result.Correction;
import dev.canon.result.Edit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scores corrected AISHELL utterances against their references, char by char (see
 * {@link CharErrors}). A name occurrence is right when its chars are reproduced exactly, in a
 * row; NE-CER is the errors charged to name chars over the number of name chars; CER the
 * alignment's distance over all reference chars. An edit is outside the names when none of its
 * chars is aligned to (or inserted next to) a name char, and every edit to an utterance whose
 * hypothesis already equals the reference is a false positive (counted outside too).
 */
final class AishellScorer {

  final Tally tally = new Tally("conformer");
  private long nameChars;
  private long nameErrorsBefore;
  private long nameErrorsAfter;
  private long refChars;
  private long errorsBefore;
  private long errorsAfter;
  private final List<Tally.Example> falsePositives = new ArrayList<>();

  void score(String id, String ref, List<AishellData.Occurrence> occurrences, Correction c) {
    String hyp = c.original();
    String out = c.corrected();
    List<String> refChars = UtteranceScorer.chars(ref);
    Alignment was = Alignment.align(refChars, UtteranceScorer.chars(hyp));
    Alignment now = Alignment.align(refChars, UtteranceScorer.chars(out));
    this.refChars += ref.length();
    errorsBefore += CharErrors.total(was, hyp.length());
    errorsAfter += CharErrors.total(now, out.length());
    tally.chars += hyp.length();
    boolean[] inName = new boolean[ref.length()];
    for (AishellData.Occurrence o : occurrences) {
      Arrays.fill(inName, o.start(), o.end(), true);
      int before = CharErrors.inSpan(was, o.start(), o.end());
      int after = CharErrors.inSpan(now, o.start(), o.end());
      nameChars += o.end() - o.start();
      nameErrorsBefore += before;
      nameErrorsAfter += after;
      tally.entity(before == 0, after == 0);
      if (before != 0 || after != 0) {
        Tally.Example e = new Tally.Example(o.type(), id, aligned(was, hyp, o), aligned(now, out, o), o.name(),
            ref, false);
        (before == 0 ? tally.brokenExamples : after == 0 ? tally.fixedExamples : tally.stillWrongExamples).add(e);
      }
    }
    boolean clean = hyp.equals(ref);
    if (clean) {
      tally.cleanTexts++;
      tally.cleanChars += hyp.length();
    }
    int shift = 0;
    for (Edit edit : c.edits()) {
      tally.edits++;
      int newStart = edit.span().start() + shift;
      shift += edit.to().length() - edit.from().length();
      if (clean) {
        tally.cleanEdits++;
        falsePositives.add(new Tally.Example("conformer", id, edit.from(), edit.to(), "", hyp, false));
      } else if (touches(was, inName, edit.span().start(), edit.span().end())) {
        continue;
      }
      tally.outside++;
      boolean agrees = CallScorer.sameAsReference(was, edit.span().start(), edit.span().end(), now, newStart,
          newStart + edit.to().length());
      tally.outsideAgreeing += agrees ? 1 : 0;
      tally.outsideExamples.add(new Tally.Example("conformer", id, edit.from(), edit.to(), "", hyp + " / " + ref,
          agrees));
    }
  }

  double neCerBefore() {
    return nameChars == 0 ? 0 : (double) nameErrorsBefore / nameChars;
  }

  double neCerAfter() {
    return nameChars == 0 ? 0 : (double) nameErrorsAfter / nameChars;
  }

  String report() {
    List<Tally> rows = List.of(tally);
    return String.format(Locale.ROOT, "| name occurrences | wrong in ASR | fixed | broken | still wrong"
        + " | NE-CER before | NE-CER after | CER before | CER after | edits | outside names | per 10k chars |%n"
        + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n"
        + "| %d | %d | %d | %d | %d | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %d | %d | %.2f |%n%n",
        tally.entities(), tally.wrongBefore(), tally.fixed(), tally.broken(), tally.stillWrong(),
        100 * neCerBefore(), 100 * neCerAfter(), percent(errorsBefore, refChars), percent(errorsAfter, refChars),
        tally.edits(), tally.outside(), tally.outsidePer10k())
        + String.format(Locale.ROOT, "Name chars %d (errors %d → %d); reference chars %d (errors %d → %d).%n%n",
            nameChars, nameErrorsBefore, nameErrorsAfter, refChars, errorsBefore, errorsAfter)
        + String.format(Locale.ROOT, "Utterances whose hypothesis already equals the reference: %d (%d chars);"
            + " edits made to them (false positives): %d.%n%n", tally.cleanTexts(), tally.cleanChars(),
            tally.cleanEdits())
        + "## Changes to already-right utterances (false positives, all)\n\n" + list(falsePositives) + "\n"
        + "## Changes outside names (all, including the false positives above)\n\n"
        + list(tally.outsideExamples()) + "\n"
        + "## Broken names (all)\n\n" + Report.examples(rows, Tally::brokenExamples, Integer.MAX_VALUE) + "\n"
        + "## Top fixed names\n\n" + Report.examples(rows, Tally::fixedExamples, 30) + "\n"
        + "## Top still-wrong names\n\n" + Report.examples(rows, Tally::stillWrongExamples, 30);
  }

  /** Every example as a table row, in order. */
  private static String list(List<Tally.Example> examples) {
    StringBuilder out = new StringBuilder("| utterance | surface -> replacement | reference agrees | text |\n"
        + "| --- | --- | ---: | --- |\n");
    for (Tally.Example e : examples) {
      out.append("| ").append(e.call()).append(" | `").append(e.from()).append("` -> `").append(e.to())
          .append("` | ").append(e.agrees() ? "yes" : "no").append(" | ").append(e.reference()).append(" |\n");
    }
    if (examples.isEmpty()) {
      out.append("| | none | | |\n");
    }
    return out.toString();
  }

  private static double percent(long errors, long chars) {
    return chars == 0 ? 0 : 100.0 * errors / chars;
  }

  /** The hypothesis chars standing for an occurrence: from its first to its last aligned char. */
  private static String aligned(Alignment a, String text, AishellData.Occurrence o) {
    int first = -1;
    int last = -1;
    for (int r = o.start(); r < o.end(); r++) {
      int h = a.hypOf(r);
      if (h >= 0) {
        first = first < 0 ? h : first;
        last = h;
      }
    }
    return first < 0 ? "" : text.substring(first, last + 1);
  }

  private static boolean touches(Alignment a, boolean[] inName, int start, int end) {
    for (int h = start; h < end; h++) {
      for (int r : a.neighbours(h)) {
        if (r >= 0 && inName[r]) {
          return true;
        }
      }
    }
    return false;
  }
}
