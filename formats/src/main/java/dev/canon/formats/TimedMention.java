package dev.canon.formats;

import dev.canon.result.Mention;

/**
 * A mention found in a timed transcript: the core {@link Mention} plus where it stands in the
 * transcript's cues (SRT, WebVTT) or segments (Whisper JSON) and when it is spoken.
 *
 * <p>The mention's spans point into {@link FormatCorrection#joinedText()}, the cue texts joined
 * in order; {@code firstUnit} and {@code lastUnit} are 0-based cue or segment positions in the
 * file (not SRT numbers), equal unless the mention runs across a boundary.
 *
 * @param mention the mention, spans in the joined text
 * @param firstUnit position of the cue or segment where the mention starts (and where its
 *     correction lands)
 * @param lastUnit position of the cue or segment where it ends, {@code >= firstUnit}
 * @param time from the start of the first cue to the end of the last one; for Whisper segments
 *     with word timings, from the start of the first word touched to the end of the last
 */
public record TimedMention(Mention mention, int firstUnit, int lastUnit, TimeRange time) {

  public TimedMention {
    if (firstUnit < 0 || lastUnit < firstUnit) {
      throw new IllegalArgumentException(
          "units must satisfy 0 <= firstUnit <= lastUnit; got " + firstUnit + ", " + lastUnit);
    }
  }
}
