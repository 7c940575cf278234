package dev.canon.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-based text file split into lines, with what it takes to write it back byte for byte:
 * the UTF-8 BOM, the line ending and whether the last line has one.
 *
 * @param bom whether the text started with U+FEFF
 * @param lineEnding {@code "\n"} or {@code "\r\n"}; {@code "\n"} when the file has no line break
 * @param lines the lines, without line endings and without the BOM
 * @param finalNewline whether the last line is followed by a line ending
 */
public record LineFile(boolean bom, String lineEnding, List<String> lines, boolean finalNewline) {

  static final char BOM = '\uFEFF';

  public LineFile {
    lines = List.copyOf(lines);
  }

  /**
   * Splits decoded text into lines.
   *
   * @throws FormatException on a lone CR, or on LF and CRLF mixed in one file: either would make
   *     the file impossible to write back the way it came
   */
  static LineFile split(String input, Format format) {
    boolean bom = !input.isEmpty() && input.charAt(0) == BOM;
    String text = bom ? input.substring(1) : input;
    List<String> lines = new ArrayList<>();
    String ending = null;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        continue;
      }
      int line = lines.size() + 1;
      String here;
      if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          throw new FormatException(format, line, "a lone CR ends the line; expected LF or CRLF");
        }
        here = "\r\n";
      } else {
        here = "\n";
      }
      if (ending == null) {
        ending = here;
      } else if (!ending.equals(here)) {
        throw new FormatException(format, line, "line ends with " + name(here)
            + " but line 1 ends with " + name(ending) + "; mixed line endings are not supported");
      }
      lines.add(text.substring(start, i));
      i += here.length() - 1;
      start = i + 1;
    }
    boolean finalNewline = start == text.length() && !lines.isEmpty();
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return new LineFile(bom, ending == null ? "\n" : ending, lines, finalNewline);
  }

  /** Writes {@code body} lines the way this file was laid out. */
  String join(List<String> body) {
    StringBuilder out = new StringBuilder();
    if (bom) {
      out.append(BOM);
    }
    out.append(String.join(lineEnding, body));
    if (finalNewline && !body.isEmpty()) {
      out.append(lineEnding);
    }
    return out.toString();
  }

  private static String name(String ending) {
    return ending.equals("\n") ? "LF" : "CRLF";
  }
}
