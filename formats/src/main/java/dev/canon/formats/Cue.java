package dev.canon.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SRT or WebVTT cue. Immutable.
 *
 * @param index 0-based position among the file's cues
 * @param identifier the line before the timing: the SRT number, or the optional WebVTT id
 * @param timingLine the timing line exactly as in the file, settings included
 * @param time the start and end the timing line gives
 * @param lines the text lines, without line endings; may be empty
 */
public record Cue(
    int index, Optional<String> identifier, String timingLine, TimeRange time, List<String> lines)
    implements SubtitleDocument.Block {

  public Cue {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(timingLine, "timingLine");
    Objects.requireNonNull(time, "time");
    lines = List.copyOf(lines);
  }

  /** The text lines joined with {@code "\n"}. */
  public String text() {
    return String.join("\n", lines);
  }

  /** This cue with other text lines; number, timing and position stay. */
  public Cue withLines(List<String> newLines) {
    return new Cue(index, identifier, timingLine, time, newLines);
  }

  @Override
  public List<String> fileLines() {
    List<String> out = new ArrayList<>(lines.size() + 2);
    identifier.ifPresent(out::add);
    out.add(timingLine);
    out.addAll(lines);
    return out;
  }
}
