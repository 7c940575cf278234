package dev.canon.learn;

import java.util.Objects;

/**
 * One corrected transcript: what the engine wrote and what a person corrected it to. A whole call
 * or episode may be one pair; the reference may be lightly edited rather than verbatim.
 *
 * @param id names the pair in examples and the report (e.g. {@code file.jsonl:12} or the input's id)
 * @param hypothesis the ASR output
 * @param reference the corrected text
 */
public record Pair(String id, String hypothesis, String reference) {

  public Pair {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hypothesis, "hypothesis");
    Objects.requireNonNull(reference, "reference");
  }
}
