package dev.canon.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The input formats of {@code correct} and how a file's name chooses one when
 * {@code --input-format} is not given. To add a format: its name here, its extension if it has
 * one, and its case in {@code CorrectCommand.process}.
 */
final class InputFormats {

  /** The names {@code --input-format} accepts. */
  static final List<String> NAMES = List.of("text", "jsonl", "srt", "vtt", "whisper-json", "partials");

  private static final Map<String, String> BY_EXTENSION = Map.of(
      "srt", "srt",
      "vtt", "vtt",
      "json", "whisper-json",
      "jsonl", "jsonl");

  private InputFormats() {}

  /** The format of {@code file} by its extension, case-insensitive; {@code text} for any other. */
  static String of(Path file) {
    Path name = file.getFileName();
    String s = name == null ? "" : name.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? "text" : BY_EXTENSION.getOrDefault(s.substring(dot + 1).toLowerCase(Locale.ROOT), "text");
  }

  /**
   * True for formats whose outputs cannot be concatenated into one valid file (a subtitle file, a
   * JSON document); text and JSON Lines outputs can.
   */
  static boolean isStructured(String format) {
    return !format.equals("text") && !format.equals("jsonl");
  }
}
