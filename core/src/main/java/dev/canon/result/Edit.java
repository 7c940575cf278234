package dev.canon.result;

import java.util.Objects;

/**
 * One replacement in the original text: the chars of {@code span} (which equal {@code from}) are
 * replaced by {@code to}. Edits of one {@link Correction} are sorted and disjoint.
 *
 * @param span where, in UTF-16 indices of the original text
 * @param from the original chars, never null
 * @param to the replacement, never null
 */
public record Edit(Span span, String from, String to) {

  public Edit {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.length() != span.length()) {
      throw new IllegalArgumentException(
          "from must be as long as span; got from=\"" + from + "\", span=" + span);
    }
  }
}
