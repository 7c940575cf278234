package dev.canon.dictionary;

/**
 * When a guessed match (fuzzy, phonetic, pinyin) is applied, only suggested, or rejected: a
 * score of at least {@code apply} is applied; at least {@code suggest}, reported as a suggestion
 * for human review; below, rejected. Exact, alias and rule matches are always applied.
 *
 * @param apply in {@code (0, 1]}
 * @param suggest in {@code (0, apply]}
 */
public record Thresholds(double apply, double suggest) {

  /** Applied from 0.8, suggested from 0.6. */
  public static final Thresholds DEFAULT = new Thresholds(0.8, 0.6);

  public Thresholds {
    if (!(apply > 0 && apply <= 1) || !(suggest > 0 && suggest <= apply)) {
      throw new IllegalArgumentException(
          "thresholds need 0 < suggest <= apply <= 1; got apply=" + apply + ", suggest=" + suggest);
    }
  }
}
