package dev.canon.formats;

import java.util.Locale;

/** The transcript formats Canon reads and writes, with their command-line names. */
public enum Format {
  /** SubRip: numbered cues, {@code HH:MM:SS,mmm --> HH:MM:SS,mmm}. */
  SRT("srt"),
  /** WebVTT: a {@code WEBVTT} header, optional cue identifiers, {@code MM:SS.mmm} timings. */
  VTT("vtt"),
  /** Whisper-style JSON: {@code {"segments": [{"start", "end", "text", "words": [...]}]}}. */
  WHISPER_JSON("whisper-json");

  private final String cliName;

  Format(String cliName) {
    this.cliName = cliName;
  }

  /** The name used on the command line: {@code srt}, {@code vtt}, {@code whisper-json}. */
  public String cliName() {
    return cliName;
  }

  /**
   * The format of a command-line name, case-insensitive.
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static Format of(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.cliName.equals(wanted)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown transcript format \"" + name + "\"; expected srt, vtt or whisper-json");
  }
}
