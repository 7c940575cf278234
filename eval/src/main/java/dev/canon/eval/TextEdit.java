package dev.canon.eval;

import java.util.Objects;

/**
 * One edit as the evaluation counts it: the chars {@code [start, end)} of the original (UTF-16
 * indices, half-open) replaced by {@code to}. Two edits are the same edit when all fields are equal.
 *
 * @param start first index replaced, inclusive
 * @param end index after the last replaced char, exclusive; {@code start == end} for an insertion
 * @param from the original chars of the span
 * @param to the replacement
 */
public record TextEdit(int start, int end, String from, String to) {

  public TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "start must be >= 0 and end >= start; got start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public String toString() {
    return start + ".." + end + " \"" + from + "\" -> \"" + to + "\"";
  }
}
