package dev.canon.learn;

import java.util.Objects;

/**
 * Something {@link Learner} saw in the corrections: learned (written to the dictionary) or not,
 * and why. Immutable.
 *
 * @param kind what it would be in a dictionary
 * @param entityId the entity it belongs to; {@code ""} for a keep word
 * @param form the alias, keep word or context word, as most often written
 * @param count how many times it was seen (pairs' occurrences plus review decisions)
 * @param reviewed how many of those were review decisions
 * @param example one occurrence: where, and the hypothesis and reference around it
 * @param reason {@code ""} when learned; otherwise why not (too rare, everyday word, conflict...)
 */
public record Finding(Kind kind, String entityId, String form, int count, int reviewed, String example,
    String reason) {

  /** What a finding would be in a dictionary. */
  public enum Kind {
    /** A misheard form of an entity: {@code aliases}. */
    ALIAS,
    /** A form Canon changes but the references kept: {@code keep}. */
    KEEP,
    /** A word near the entity that separates it from its everyday look-alikes: {@code context}. */
    CONTEXT,
    /**
     * A name the references write and no loaded dictionary has: a new entity ({@code canonical}),
     * found only with {@link Learner.Builder#newNames}.
     */
    NAME
  }

  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(example, "example");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether it was written to the learned dictionary. */
  public boolean learned() {
    return reason.isEmpty();
  }
}
