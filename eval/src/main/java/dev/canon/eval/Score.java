package dev.canon.eval;

/**
 * The counts of one category (or of all), and the measures derived from them. Immutable.
 *
 * <p>A measure whose denominator is zero is {@link Double#NaN} (precision of a category where the
 * corrector changed nothing, recall of a category of negatives), printed as {@code -}.
 *
 * @param sentences sentences scored
 * @param exact sentences whose corrected text equals the expected text
 * @param truePositives system edits that are gold edits
 * @param falsePositives system edits that are not gold edits
 * @param falseNegatives gold edits the system did not make
 * @param chars UTF-16 chars of the original texts, for false positives per 100k chars
 */
public record Score(
    int sentences, int exact, int truePositives, int falsePositives, int falseNegatives, long chars) {

  /** The score of nothing. */
  public static final Score EMPTY = new Score(0, 0, 0, 0, 0, 0);

  /** The sum of two scores. */
  public Score plus(Score other) {
    return new Score(sentences + other.sentences, exact + other.exact,
        truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives, chars + other.chars);
  }

  /** Gold edits: true positives plus false negatives. */
  public int goldEdits() {
    return truePositives + falseNegatives;
  }

  /** TP / (TP + FP), or NaN when the system made no edit. */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** TP / (TP + FN), or NaN when there is no gold edit. */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** Harmonic mean of precision and recall; NaN when either is NaN, 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    if (Double.isNaN(p) || Double.isNaN(r)) {
      return Double.NaN;
    }
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Share of sentences corrected exactly, or NaN for no sentence. */
  public double sentenceAccuracy() {
    return ratio(exact, sentences);
  }

  /** False positives per 100,000 chars of original text, or NaN for no text. */
  public double falsePositivesPer100k() {
    return chars == 0 ? Double.NaN : falsePositives * 100_000.0 / chars;
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
