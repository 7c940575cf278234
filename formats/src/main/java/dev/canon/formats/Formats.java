package dev.canon.formats;

import dev.canon.Corrector;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One-call entry for tools: read a transcript file of a given format, correct it, write it.
 *
 * <pre>{@code
 * String srt = Formats.correct("srt", Files.readString(path), corrector);
 * }</pre>
 *
 * <p>Stateless and thread-safe. A malformed file throws {@link FormatException} (with its line)
 * before anything is produced.
 */
public final class Formats {

  private Formats() {}

  /**
   * Corrects {@code input} and returns the corrected file text.
   *
   * @param format {@code srt}, {@code vtt} or {@code whisper-json} (case-insensitive)
   * @param input the whole file, decoded; a leading U+FEFF (BOM) is kept
   * @throws IllegalArgumentException for an unknown format name
   * @throws FormatException when {@code input} is not a valid file of that format
   */
  public static String correct(String format, String input, Corrector corrector) {
    return correct(Format.of(format), input, corrector).output();
  }

  /** Corrects {@code input}, returning the output text with the mentions and the correction. */
  public static FormatCorrection correct(Format format, String input, Corrector corrector) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(input, "input");
    TranscriptCorrector transcripts = new TranscriptCorrector(corrector);
    return switch (format) {
      case SRT, VTT -> transcripts.correct(SubtitleReader.read(format, input));
      case WHISPER_JSON -> transcripts.correct(WhisperReader.read(input));
    };
  }

  /**
   * Decodes a file's bytes as strict UTF-8, BOM kept as U+FEFF.
   *
   * @throws FormatException naming the line of the first invalid byte sequence
   */
  public static String decode(Format format, byte[] bytes) {
    try {
      return Utf8.decode(bytes);
    } catch (Utf8.Invalid e) {
      throw new FormatException(format, (int) e.line, "not valid UTF-8 at byte " + e.offset);
    }
  }

  /** Encodes file text as UTF-8 (a leading U+FEFF becomes the BOM bytes). */
  public static byte[] encode(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
