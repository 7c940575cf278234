package dev.canon.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses SRT and WebVTT timing lines. Stateless. */
final class Timings {

  // SRT: HH:MM:SS,mmm with a comma; hours may have more than two digits. Anything after the end
  // time (old SubRip X1:... Y2:... coordinates) is kept verbatim and not interpreted.
  private static final String SRT_TIME = "(\\d{2,}):([0-5]\\d):([0-5]\\d),(\\d{3})";
  private static final Pattern SRT =
      Pattern.compile(SRT_TIME + "[ \\t]+-->[ \\t]+" + SRT_TIME + "(?:[ \\t].*)?");

  // WebVTT: [HH:]MM:SS.mmm with a dot; cue settings may follow after a space or tab.
  private static final String VTT_TIME = "(?:(\\d{2,}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})";
  private static final Pattern VTT =
      Pattern.compile(VTT_TIME + "[ \\t]+-->[ \\t]+" + VTT_TIME + "(?:[ \\t].*)?");

  private Timings() {}

  /**
   * The range of a timing line.
   *
   * @param lineNumber 1-based, for the error message
   * @throws FormatException when the line is not a timing line of {@code format}, or ends before
   *     it starts
   */
  static TimeRange parse(Format format, String line, int lineNumber) {
    boolean srt = format == Format.SRT;
    Matcher m = (srt ? SRT : VTT).matcher(line);
    if (!m.matches()) {
      String expected = srt ? "\"00:00:01,000 --> 00:00:02,500\"" : "\"00:01.000 --> 00:02.500\"";
      throw new FormatException(format, lineNumber,
          "expected a timing line like " + expected + ", found \"" + line + "\"");
    }
    double start = seconds(m, 1);
    double end = seconds(m, 5);
    if (end < start) {
      throw new FormatException(format, lineNumber,
          "cue ends before it starts: \"" + line + "\"");
    }
    return new TimeRange(start, end);
  }

  private static double seconds(Matcher m, int group) {
    String hours = m.group(group);
    long millis = (hours == null ? 0 : Long.parseLong(hours)) * 3_600_000L
        + Long.parseLong(m.group(group + 1)) * 60_000L
        + Long.parseLong(m.group(group + 2)) * 1_000L
        + Long.parseLong(m.group(group + 3));
    return millis / 1000.0;
  }
}
