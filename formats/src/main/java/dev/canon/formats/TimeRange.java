package dev.canon.formats;

/**
 * A stretch of media time, in seconds from the start of the media.
 *
 * @param start first instant, inclusive, {@code >= 0}
 * @param end last instant, {@code >= start}
 */
public record TimeRange(double start, double end) {

  public TimeRange {
    if (!(start >= 0 && end >= start)) {
      throw new IllegalArgumentException(
          "start must be >= 0 and end >= start; got start=" + start + ", end=" + end);
    }
  }

  /** The smallest range covering this one and {@code other}. */
  public TimeRange cover(TimeRange other) {
    return new TimeRange(Math.min(start, other.start), Math.max(end, other.end));
  }
}
