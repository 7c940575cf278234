package dev.canon.result;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a string.
 *
 * <p>Spans in Canon always point into the caller's original text (or, for {@link
 * Mention#correctedSpan()}, into the corrected text). They never hold token indices.
 *
 * @param start first index, inclusive, {@code >= 0}
 * @param end index after the last char, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "start must be >= 0 and end >= start; got start=" + start + ", end=" + end);
    }
  }

  /** Number of UTF-16 chars covered. */
  public int length() {
    return end - start;
  }

  /** True when the two spans share at least one char. Empty spans overlap nothing. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered part of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then longer first. */
  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(other.end, end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
