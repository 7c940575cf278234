package dev.canon.formats;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a segment's {@code words} array.
 *
 * @param objectStart index of its opening brace in the JSON text
 * @param objectEnd index just after its closing brace
 * @param word the {@code "word"} value, leading space included as Whisper writes it
 * @param start the {@code "start"} seconds, absent when the file has none (or {@code null})
 * @param end the {@code "end"} seconds, likewise
 */
public record WhisperWord(
    int objectStart, int objectEnd, JsonValue word, Optional<JsonValue> start, Optional<JsonValue> end) {

  public WhisperWord {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** Start and end, when the word has both. */
  public Optional<TimeRange> time() {
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    double from = start.get().number();
    return Optional.of(new TimeRange(from, Math.max(from, end.get().number())));
  }
}
