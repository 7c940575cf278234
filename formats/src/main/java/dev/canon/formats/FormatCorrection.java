package dev.canon.formats;

import dev.canon.result.Correction;
import java.util.List;
import java.util.Objects;

/**
 * The result of correcting a transcript file. Immutable.
 *
 * @param format the file's format
 * @param output the corrected file text: equal to the input when nothing changed, otherwise the
 *     input with only mention text changed (same cues or segments, same timings)
 * @param correction the correction of {@link #joinedText()}; its spans point into that text
 * @param mentions every mention, in order, with its cue or segment and time range
 */
public record FormatCorrection(
    Format format, String output, Correction correction, List<TimedMention> mentions) {

  public FormatCorrection {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(correction, "correction");
    mentions = List.copyOf(mentions);
  }

  /**
   * The texts of all cues (their lines) or segments, in order, joined as the corrector saw them:
   * with a space between two Latin letters or digits, with nothing elsewhere (see {@link
   * TranscriptCorrector}).
   */
  public String joinedText() {
    return correction.original();
  }
}
