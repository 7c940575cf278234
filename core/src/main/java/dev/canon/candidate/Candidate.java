package dev.canon.candidate;

import dev.canon.result.Method;
import dev.canon.result.Span;
import dev.canon.scoring.Score;
import java.util.Objects;

/**
 * A span of the original text that may be a mention, before overlaps are resolved.
 *
 * @param span where, in UTF-16 indices of the original text
 * @param surface the original chars of {@code span}
 * @param target the entity it would link to
 * @param form the dictionary form that matched (canonical, alias or synonym spelling)
 * @param method how it was found
 * @param score how sure, with parts
 * @param replacement what the span becomes if applied; equal to {@code surface} when the
 *     mention is only linked (synonyms, already-correct names)
 */
public record Candidate(
    Span span, String surface, Target target, String form, Method method, Score score, String replacement) {

  public Candidate {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(replacement, "replacement");
  }

  /** Whether applying it changes the text. */
  public boolean changes() {
    return !replacement.equals(surface);
  }

  /** This candidate as a link only: the span stays as it is. */
  public Candidate unchanged() {
    return new Candidate(span, surface, target, form, method, score, surface);
  }
}
