package dev.canon.learn;

import dev.canon.result.Span;
import java.util.Objects;

/**
 * One reviewer's decision on a proposed correction (the review page writes these): {@code accept}
 * means {@code text[span]} is a misheard form of the entity, {@code reject} means it must stay.
 * A person looked at it, so one decision is strong evidence: it is learned even below the
 * minimum count.
 *
 * @param id names the decision in examples and the report
 * @param text the text the decision was made on
 * @param span the reviewed span, UTF-16 indices into {@code text}, half-open, not empty
 * @param entityId the entity the correction was to
 * @param accept true for accept, false for reject
 */
public record Review(String id, String text, Span span, String entityId, boolean accept) {

  public Review {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(entityId, "entityId");
    if (span.end() > text.length() || span.length() == 0) {
      throw new IllegalArgumentException("span must be a non-empty part of the text; got " + span
          + " in a text of length " + text.length());
    }
  }

  /** The reviewed characters. */
  public String surface() {
    return text.substring(span.start(), span.end());
  }
}
