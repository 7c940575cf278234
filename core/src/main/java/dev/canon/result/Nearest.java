package dev.canon.result;

import java.util.Objects;

/**
 * A span of a text near one entity, and what Canon made of it: the answer to "why was this name
 * not corrected?" ({@code canon correct --why NAME}).
 *
 * @param span where, in UTF-16 indices of the original text
 * @param surface the original chars of {@code span}
 * @param form the entity's spelling it was compared with
 * @param similarity how alike surface and form are, in [0, 1]: spelling for Latin, syllables for Chinese
 * @param outcome {@code applied}, {@code suggested}, {@code rejected} (a candidate was made), or
 *     {@code no candidate}
 * @param score the candidate's score, or -1 when there was no candidate
 * @param reason why: the decision's reason, or the check that stopped it (no index hit, below
 *     threshold, everyday word, no evidence, ...)
 */
public record Nearest(Span span, String surface, String form, double similarity, String outcome, double score,
    String reason) {

  public Nearest {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }
}
