package dev.canon.scoring;

/**
 * How sure a candidate is, with the parts it was computed from, so {@code --explain} can show
 * them. Every part is in {@code [0, 1]}.
 *
 * @param total the score used for decisions
 * @param spelling letter similarity of surface and form (1 - normalized edit distance)
 * @param sound sound similarity (Double Metaphone keys, or pinyin syllables)
 * @param length how much evidence the length gives (longer forms are safer)
 * @param context the document evidence: 1 for a context word nearby or the entity said right
 *     earlier in the document, 0.5 for other entities of its dictionary mentioned nearby, 0 for none
 *     ({@link dev.canon.evidence.Evidence})
 * @param profile the share of the sound that came from a learned engine profile: the fraction of
 *     the form's syllables scored by a learned confusion rather than the built-in similarity
 *     ({@code profile:} of the dictionaries, docs/DICTIONARY.md); 0 without one
 */
public record Score(double total, double spelling, double sound, double length, double context, double profile) {

  /** The score of an exact match: certain. */
  public static final Score EXACT = new Score(1, 1, 1, 1, 0);

  public Score {
    check("total", total);
    check("spelling", spelling);
    check("sound", sound);
    check("length", length);
    check("context", context);
    check("profile", profile);
  }

  /** A score that owes nothing to a learned engine profile. */
  public Score(double total, double spelling, double sound, double length, double context) {
    this(total, spelling, sound, length, context, 0);
  }

  private static void check(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1]; got " + value);
    }
  }

  /** Rounds to three decimals for output. */
  public static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
