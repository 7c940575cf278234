package dev.canon.cli;

import dev.canon.Corrector;
import dev.canon.formats.Format;
import dev.canon.formats.FormatCorrection;
import dev.canon.formats.FormatException;
import dev.canon.formats.Formats;
import dev.canon.formats.json.TimedJson;

/**
 * {@code canon correct --input-format srt|vtt|whisper-json}: the file is read strictly, corrected
 * across cue boundaries and written back in its own format with every timing kept. A malformed
 * file is reported with its line and nothing is written for it.
 */
final class TranscriptRun {

  private TranscriptRun() {}

  /**
   * Corrects one transcript file and writes it; returns whether it changed, or {@code ERROR} when
   * the file could not be processed (then nothing is written for it).
   */
  static Progress.Outcome run(String name, Format format, byte[] bytes, Corrector corrector, Output output,
      CorrectCommand.OutputFormat outputFormat) {
    FormatCorrection c;
    String input;
    try {
      input = Formats.decode(format, bytes);
      c = Formats.correct(format, input, corrector);
    } catch (FormatException e) {
      System.err.println("canon: " + name + ": " + e.getMessage() + "; nothing written for it");
      return Progress.Outcome.ERROR;
    }
    switch (outputFormat) {
      case text -> output.raw(c.output());
      case diff -> output.raw(dev.canon.result.Diff.unified(input, c.output(), "a/" + name, "b/" + name));
      case json, jsonl -> output.write(name, name, c.correction(), null, TimedJson.of(c));
    }
    return c.correction().edits().isEmpty() ? Progress.Outcome.UNCHANGED : Progress.Outcome.CHANGED;
  }
}
