package dev.canon.formats;

import java.util.List;
import java.util.Objects;

/**
 * One element of the {@code segments} array. Keys other than these are kept in the file as they
 * are and not modelled.
 *
 * @param index 0-based position in the array
 * @param time its {@code start} and {@code end}, in seconds
 * @param text its {@code text} value
 * @param words its {@code words}, empty when the key is absent
 * @param wordsPresent whether the segment has a {@code words} array
 */
public record WhisperSegment(
    int index, TimeRange time, JsonValue text, List<WhisperWord> words, boolean wordsPresent) {

  public WhisperSegment {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
  }
}
