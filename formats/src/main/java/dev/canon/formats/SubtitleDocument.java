package dev.canon.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed SRT or WebVTT file: its cues, and everything between them kept as it was (the WebVTT
 * header, NOTE, STYLE and REGION blocks, blank lines), so writing it back gives the same bytes.
 * Immutable. Read with {@link SubtitleReader}, write with {@link #write()}.
 *
 * @param format {@link Format#SRT} or {@link Format#VTT}
 * @param layout BOM, line ending and final line ending of the file
 * @param blocks cues and verbatim blocks, in file order
 */
public record SubtitleDocument(Format format, LineFile layout, List<Block> blocks) {

  /** A run of lines of the file: a cue, or lines kept verbatim. */
  public sealed interface Block permits Cue, Verbatim {
    /** The block's lines as they are written. */
    List<String> fileLines();
  }

  /** Lines Canon does not interpret: headers, comments, styles, blank lines. */
  public record Verbatim(List<String> lines) implements Block {
    public Verbatim {
      lines = List.copyOf(lines);
    }

    @Override
    public List<String> fileLines() {
      return lines;
    }
  }

  public SubtitleDocument {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(layout, "layout");
    blocks = List.copyOf(blocks);
  }

  /** The cues, in file order. */
  public List<Cue> cues() {
    List<Cue> cues = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Cue c) {
        cues.add(c);
      }
    }
    return cues;
  }

  /**
   * This document with each cue's text lines replaced; {@code lines.get(i)} goes to cue
   * {@code i}. Timings, identifiers and all other lines stay.
   */
  public SubtitleDocument withCueLines(List<List<String>> lines) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      out.add(b instanceof Cue c ? c.withLines(lines.get(c.index())) : b);
    }
    return new SubtitleDocument(format, layout, out);
  }

  /** The file text: BOM, line endings and every verbatim line as read. */
  public String write() {
    List<String> lines = new ArrayList<>();
    for (Block b : blocks) {
      lines.addAll(b.fileLines());
    }
    return layout.join(lines);
  }
}
