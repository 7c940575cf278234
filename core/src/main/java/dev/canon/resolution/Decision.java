package dev.canon.resolution;

/** What became of a candidate. */
public enum Decision {
  /** Applied: part of the corrected text (or, for synonyms and correct names, linked). */
  APPLIED,
  /** Scored between the suggest and apply thresholds: reported for review, not applied. */
  SUGGESTED,
  /** Not used; {@link Considered#reason()} says why. */
  REJECTED
}
