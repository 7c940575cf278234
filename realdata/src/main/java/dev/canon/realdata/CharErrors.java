package dev.canon.realdata;

/**
 * Character errors read off an {@link Alignment} of hypothesis chars to reference chars:
 * substitutions, deletions and insertions, over the whole text or inside one reference span.
 */
final class CharErrors {

  private CharErrors() {}

  /** Substitutions + deletions + insertions: the Levenshtein distance of the alignment. */
  static int total(Alignment a, int hypSize) {
    int errors = 0;
    for (int r = 0; r < a.refSize(); r++) {
      int h = a.hypOf(r);
      errors += h < 0 || !a.isMatch(h) ? 1 : 0;
    }
    for (int h = 0; h < hypSize; h++) {
      errors += a.refOf(h) < 0 ? 1 : 0;
    }
    return errors;
  }

  /**
   * The errors charged to reference chars {@code [start, end)}: each of them substituted or
   * deleted, plus every inserted hypothesis char between two of them (an insertion at either
   * edge belongs to the neighbouring text). Zero exactly when the span is reproduced, in a row.
   */
  static int inSpan(Alignment a, int start, int end) {
    int errors = 0;
    int firstHyp = -1;
    int lastHyp = -1;
    for (int r = start; r < end; r++) {
      int h = a.hypOf(r);
      if (h < 0 || !a.isMatch(h)) {
        errors++;
      }
      if (h >= 0) {
        firstHyp = firstHyp < 0 ? h : firstHyp;
        lastHyp = h;
      }
    }
    for (int h = firstHyp + 1; firstHyp >= 0 && h < lastHyp; h++) {
      errors += a.refOf(h) < 0 ? 1 : 0;
    }
    return errors;
  }
}
