package dev.canon.dictionary;

import java.util.Objects;

/**
 * One learned confusion of an engine profile: where a reference had {@code from}, the engine
 * wrote {@code to}, {@code count} times, which is {@code weight} of the times {@code from} was
 * seen in the aligned references. Immutable.
 *
 * @param from what was said (a syllable, initial, final, tone digit or letter group)
 * @param to what the engine wrote instead; never equal to {@code from}
 * @param count how many times, {@code >= 1}
 * @param weight {@code count} divided by the times {@code from} was seen, in {@code (0, 1]}
 */
public record Confusion(String from, String to, int count, double weight) {

  public Confusion {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.equals(to)) {
      throw new IllegalArgumentException("from and to must differ; got \"" + from + "\" twice");
    }
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1; got " + count);
    }
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in (0, 1]; got " + weight);
    }
  }
}
