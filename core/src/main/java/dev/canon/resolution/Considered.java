package dev.canon.resolution;

import dev.canon.candidate.Candidate;
import java.util.Objects;

/**
 * A candidate with the decision taken on it and why, for explanations.
 *
 * @param candidate the candidate, with its score parts
 * @param decision applied, suggested or rejected
 * @param reason a short human reason, e.g. {@code "score 0.72 below apply threshold 0.80"}
 */
public record Considered(Candidate candidate, Decision decision, String reason) {

  public Considered {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reason, "reason");
  }

  Considered with(Decision newDecision, String newReason) {
    return new Considered(candidate, newDecision, newReason);
  }
}
