package dev.canon.cli;

import dev.canon.formats.json.ExplainJson;
import dev.canon.formats.json.ResultJson;
import dev.canon.formats.json.TimedJson;
import dev.canon.result.Correction;
import dev.canon.resolution.Considered;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * Writes results in the chosen format. {@code text}: the corrected text as it is (for JSON Lines
 * input, one line per input line). {@code jsonl}: one JSON object per line. {@code json}: one JSON
 * document, an array of the objects. {@code diff}: a unified diff per text, colored like git when
 * asked.
 */
final class Output {

  private static final String RED = "\033[31m";
  private static final String GREEN = "\033[32m";
  private static final String CYAN = "\033[36m";
  private static final String BOLD = "\033[1m";
  private static final String RESET = "\033[m";

  private final PrintStream out;
  private final CorrectCommand.OutputFormat format;
  private final boolean colored;
  private boolean perLine;
  private final Set<String> fields;
  private int written;

  Output(PrintStream out, CorrectCommand.OutputFormat format, boolean colored, boolean perLine) {
    this(out, format, colored, perLine, Set.copyOf(ResultJson.FIELDS));
  }

  /** {@code fields}: what each JSON result carries ({@code --fields}). */
  Output(PrintStream out, CorrectCommand.OutputFormat format, boolean colored, boolean perLine, Set<String> fields) {
    this.out = out;
    this.perLine = perLine;
    this.format = format;
    this.colored = colored;
    this.fields = Set.copyOf(fields);
  }

  /** Whether results of text format end with a line end: one line per JSON Lines record. */
  void perLine(boolean perLine) {
    this.perLine = perLine;
  }

  /** What each JSON result carries. */
  Set<String> fields() {
    return fields;
  }

  void write(Object id, String label, Correction c) {
    write(id, label, c, null);
  }

  /** Writes a result; {@code explained} (nullable) adds the candidates considered. */
  void write(Object id, String label, Correction c, List<Considered> explained) {
    write(id, label, c, explained, null);
  }

  /** True when results are JSON objects, which workers can render ahead ({@link #writeJson}). */
  boolean isJson() {
    return format == CorrectCommand.OutputFormat.json || format == CorrectCommand.OutputFormat.jsonl;
  }

  /** Writes one JSON object rendered by {@link ResultJson#write}, in the json or jsonl layout. */
  void writeJson(String rendered) {
    if (format == CorrectCommand.OutputFormat.jsonl) {
      out.println(rendered);
    } else {
      out.print(written == 0 ? "[\n" : ",\n");
      out.print(rendered);
    }
    written++;
  }

  /** Writes text as it is (a corrected transcript file). */
  void raw(String text) {
    out.print(text);
    written++;
  }

  /** Writes a result; {@code timed} (nullable) adds a transcript's cue and time data. */
  void write(Object id, String label, Correction c, List<Considered> explained, TimedJson timed) {
    if (explained != null && (format == CorrectCommand.OutputFormat.text || format == CorrectCommand.OutputFormat.diff)) {
      out.print(ExplainJson.text(label, explained));
      written++;
      return;
    }
    switch (format) {
      case text -> {
        out.print(c.corrected());
        if (perLine) {
          out.print('\n'); // JSON Lines input: one output line per input line
        }
      }
      case jsonl -> out.println(ResultJson.write(id, null, fields, c, explained, timed));
      case json -> {
        out.print(written == 0 ? "[\n" : ",\n");
        out.print(ResultJson.write(id, null, fields, c, explained, timed));
      }
      case diff -> writeDiff(label, c);
    }
    written++;
  }

  void writeError(Object id, String message) {
    writeError(id, null, message);
  }

  /** Writes an error result; {@code extras} (nullable) are the input record's other fields. */
  void writeError(Object id, com.fasterxml.jackson.databind.node.ObjectNode extras, String message) {
    switch (format) {
      case jsonl -> out.println(ResultJson.error(id, extras, message));
      case json -> {
        out.print(written == 0 ? "[\n" : ",\n");
        out.print(ResultJson.error(id, extras, message));
      }
      case text -> out.print('\n'); // keep one line out per line in
      case diff -> { }
    }
    written++;
  }

  /** Sends what is written so far on its way (a reader may be waiting for it). */
  void flush() {
    out.flush();
  }

  /** True when writing failed (a full disk, a closed pipe); {@link PrintStream} does not throw. */
  boolean failed() {
    return out.checkError();
  }

  void finish() {
    if (format == CorrectCommand.OutputFormat.json) {
      out.print(written == 0 ? "[]\n" : "\n]\n");
    }
    out.flush();
  }

  private void writeDiff(String label, Correction c) {
    String diff = dev.canon.result.Diff.unified(c.original(), c.corrected(), "a/" + label, "b/" + label);
    if (!colored) {
      out.print(diff);
      return;
    }
    for (String line : diff.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      String color = line.startsWith("+++") || line.startsWith("---") ? BOLD
          : line.startsWith("@@") ? CYAN : line.startsWith("+") ? GREEN : line.startsWith("-") ? RED : "";
      out.print(color.isEmpty() ? line + "\n" : color + line + RESET + "\n");
    }
  }
}
