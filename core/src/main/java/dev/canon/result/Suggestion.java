package dev.canon.result;

import java.util.Objects;

/**
 * A correction that scored between the suggest and apply thresholds: reported for human review,
 * not applied. Its span points into the original text.
 *
 * @param entityId the entity it would link to
 * @param canonical the entity's canonical spelling
 * @param dictionary the entity's dictionary
 * @param span where, in the original text
 * @param surface the original chars of {@code span}
 * @param replacement what the span would become
 * @param method how it was found
 * @param score how sure, in {@code [0, 1]}
 */
public record Suggestion(
    String entityId,
    String canonical,
    String dictionary,
    Span span,
    String surface,
    String replacement,
    Method method,
    double score) {

  public Suggestion {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(dictionary, "dictionary");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(replacement, "replacement");
    Objects.requireNonNull(method, "method");
  }
}
