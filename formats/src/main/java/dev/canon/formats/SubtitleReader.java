package dev.canon.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads SRT and WebVTT files strictly: a file that breaks the format fails with the line of the
 * problem, never half read. Stateless and thread-safe.
 *
 * <p>Hand-written on purpose: the subtitle parsers on Maven Central normalize what they read
 * (line endings, blank lines, timestamps, tags), and keeping the input byte for byte is the whole
 * point here; the formats are small enough that a strict reader is shorter than the adapter.
 *
 * <p>Accepted: LF or CRLF (not mixed), an optional UTF-8 BOM, any number of blank lines between
 * blocks. SRT cues are a number line, a timing line and text lines; WebVTT needs the
 * {@code WEBVTT} header, cues may have an identifier, and NOTE, STYLE and REGION blocks are kept
 * verbatim.
 */
public final class SubtitleReader {

  private SubtitleReader() {}

  /** Reads an SRT file. */
  public static SubtitleDocument readSrt(String input) {
    return read(Format.SRT, input);
  }

  /** Reads a WebVTT file. */
  public static SubtitleDocument readVtt(String input) {
    return read(Format.VTT, input);
  }

  /**
   * Reads {@code input} as {@code format} ({@link Format#SRT} or {@link Format#VTT}).
   *
   * @throws FormatException with the 1-based line of the first problem
   */
  public static SubtitleDocument read(Format format, String input) {
    if (format == Format.WHISPER_JSON) {
      throw new IllegalArgumentException("format must be srt or vtt; got " + format.cliName());
    }
    LineFile file = LineFile.split(input, format);
    List<String> lines = file.lines();
    List<SubtitleDocument.Block> blocks = new ArrayList<>();
    int i = 0;
    if (format == Format.VTT) {
      i = header(lines, blocks);
    }
    int cues = 0;
    while (i < lines.size()) {
      int end = i;
      boolean blank = lines.get(i).isBlank();
      while (end < lines.size() && lines.get(end).isBlank() == blank) {
        end++;
      }
      List<String> block = lines.subList(i, end);
      if (blank) {
        blocks.add(new SubtitleDocument.Verbatim(block));
      } else if (format == Format.SRT) {
        blocks.add(srtCue(block, i + 1, cues++));
      } else {
        SubtitleDocument.Block b = vttBlock(block, i + 1, cues);
        cues += b instanceof Cue ? 1 : 0;
        blocks.add(b);
      }
      i = end;
    }
    return new SubtitleDocument(format, file, blocks);
  }

  private static int header(List<String> lines, List<SubtitleDocument.Block> blocks) {
    String first = lines.isEmpty() ? "" : lines.get(0);
    if (!first.matches("WEBVTT(?:[ \\t].*)?")) {
      throw new FormatException(Format.VTT, 1,
          "a WebVTT file starts with \"WEBVTT\"; found \"" + first + "\"");
    }
    int end = 1;
    while (end < lines.size() && !lines.get(end).isBlank()) {
      if (lines.get(end).contains("-->")) {
        throw new FormatException(Format.VTT, end + 1,
            "expected a blank line between the WEBVTT header and the first cue");
      }
      end++;
    }
    blocks.add(new SubtitleDocument.Verbatim(lines.subList(0, end)));
    return end;
  }

  private static Cue srtCue(List<String> block, int line, int index) {
    String number = block.get(0);
    if (!number.matches("[0-9]+[ \\t]*")) {
      throw new FormatException(Format.SRT, line,
          "expected a cue number, found \"" + number + "\"");
    }
    if (block.size() < 2) {
      throw new FormatException(Format.SRT, line + 1, "cue " + number.strip() + " has no timing line");
    }
    TimeRange time = Timings.parse(Format.SRT, block.get(1), line + 1);
    return new Cue(index, Optional.of(number), block.get(1), time, block.subList(2, block.size()));
  }

  private static SubtitleDocument.Block vttBlock(List<String> block, int line, int index) {
    String first = block.get(0);
    if (first.contains("-->")) {
      TimeRange time = Timings.parse(Format.VTT, first, line);
      return new Cue(index, Optional.empty(), first, time, block.subList(1, block.size()));
    }
    if (first.matches("(?:NOTE|STYLE|REGION)(?:[ \\t].*)?")) {
      return new SubtitleDocument.Verbatim(block);
    }
    if (block.size() >= 2 && block.get(1).contains("-->")) {
      TimeRange time = Timings.parse(Format.VTT, block.get(1), line + 1);
      return new Cue(index, Optional.of(first), block.get(1), time, block.subList(2, block.size()));
    }
    throw new FormatException(Format.VTT, block.size() >= 2 ? line + 1 : line,
        "expected a cue timing line like \"00:01.000 --> 00:02.500\" (after an optional cue id),"
            + " or a NOTE, STYLE or REGION block");
  }
}
