package dev.canon.realdata;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of one engine (or one data set) over all its texts: entities fixed, broken and still
 * wrong, and changes outside entities, with examples. Mutable; one per engine, one thread.
 */
public final class Tally {

  /**
   * One example for the report: what changed, and what the reference says there.
   *
   * @param agrees for a change outside entities, whether the changed words equal the reference's
   */
  public record Example(
      String engine, String call, String from, String to, String entity, String reference, boolean agrees) {}

  final String label;
  int entities;
  int wrongBefore;
  int fixed;
  int broken;
  int stillWrong;
  int edits;
  int outside;
  int outsideAgreeing;
  int caseOnly;
  int caseOnlyOutside;
  long chars;
  int cleanTexts;
  int cleanEdits;
  int cleanCaseOnly;
  long cleanChars;
  final List<Example> outsideExamples = new ArrayList<>();
  final List<Example> caseOnlyOutsideExamples = new ArrayList<>();
  final List<Example> brokenExamples = new ArrayList<>();
  final List<Example> fixedExamples = new ArrayList<>();
  final List<Example> stillWrongExamples = new ArrayList<>();

  /** An empty tally for one table row, e.g. {@code amazon}. */
  public Tally(String label) {
    this.label = label;
  }

  /** Adds one entity's outcome: whether it was right in the input and in the output. */
  void entity(boolean rightBefore, boolean rightAfter) {
    entities++;
    if (!rightBefore) {
      wrongBefore++;
      if (rightAfter) {
        fixed++;
      } else {
        stillWrong++;
      }
    } else if (!rightAfter) {
      broken++;
    }
  }

  /** Adds another tally's counts and examples to this one. */
  public void addAll(Tally other) {
    entities += other.entities;
    wrongBefore += other.wrongBefore;
    fixed += other.fixed;
    broken += other.broken;
    stillWrong += other.stillWrong;
    edits += other.edits;
    outside += other.outside;
    outsideAgreeing += other.outsideAgreeing;
    caseOnly += other.caseOnly;
    caseOnlyOutside += other.caseOnlyOutside;
    chars += other.chars;
    cleanTexts += other.cleanTexts;
    cleanEdits += other.cleanEdits;
    cleanCaseOnly += other.cleanCaseOnly;
    cleanChars += other.cleanChars;
    outsideExamples.addAll(other.outsideExamples);
    caseOnlyOutsideExamples.addAll(other.caseOnlyOutsideExamples);
    brokenExamples.addAll(other.brokenExamples);
    fixedExamples.addAll(other.fixedExamples);
    stillWrongExamples.addAll(other.stillWrongExamples);
  }

  /** Changes outside entities per 10,000 chars of input. */
  public double outsidePer10k() {
    return chars == 0 ? 0 : outside * 10_000.0 / chars;
  }

  public String label() {
    return label;
  }

  public int entities() {
    return entities;
  }

  public int wrongBefore() {
    return wrongBefore;
  }

  public int fixed() {
    return fixed;
  }

  public int broken() {
    return broken;
  }

  public int stillWrong() {
    return stillWrong;
  }

  public int edits() {
    return edits;
  }

  public int outside() {
    return outside;
  }

  /** Changes outside entities after which the changed words equal the reference's words there. */
  public int outsideAgreeing() {
    return outsideAgreeing;
  }

  public int caseOnly() {
    return caseOnly;
  }

  public int caseOnlyOutside() {
    return caseOnlyOutside;
  }

  public long chars() {
    return chars;
  }

  /** Texts whose input already equaled the reference (CATSLU); any edit to them is wrong. */
  public int cleanTexts() {
    return cleanTexts;
  }

  /** Edits made to texts that already equaled the reference. */
  public int cleanEdits() {
    return cleanEdits;
  }

  /** Of {@link #cleanEdits()}, those that change letter case only. */
  public int cleanCaseOnly() {
    return cleanCaseOnly;
  }

  /** Chars of the texts that already equaled the reference. */
  public long cleanChars() {
    return cleanChars;
  }

  public List<Example> outsideExamples() {
    return outsideExamples;
  }

  public List<Example> caseOnlyOutsideExamples() {
    return caseOnlyOutsideExamples;
  }

  public List<Example> brokenExamples() {
    return brokenExamples;
  }

  public List<Example> fixedExamples() {
    return fixedExamples;
  }

  public List<Example> stillWrongExamples() {
    return stillWrongExamples;
  }
}
