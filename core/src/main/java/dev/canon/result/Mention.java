package dev.canon.result;

import java.util.Objects;

/**
 * One mention of a dictionary entity (or one rule match) in a text.
 *
 * @param entityId the entity's id; for rule matches {@code rule:<dictionary>:<n>}
 * @param canonical the entity's canonical spelling (for rules, the replacement)
 * @param type the entity's type, or {@code ""} when the dictionary gives none
 * @param dictionary name of the dictionary the entity comes from
 * @param span where the mention stands in the original text
 * @param correctedSpan where it stands in the corrected text
 * @param surface the original chars of {@code span}
 * @param method how it was found
 * @param score how sure we are, in {@code [0, 1]}
 * @param changed whether the corrected text differs from {@code surface} here
 */
public record Mention(
    String entityId,
    String canonical,
    String type,
    String dictionary,
    Span span,
    Span correctedSpan,
    String surface,
    Method method,
    double score,
    boolean changed) {

  public Mention {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(dictionary, "dictionary");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(correctedSpan, "correctedSpan");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(method, "method");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1]; got " + score);
    }
  }
}
