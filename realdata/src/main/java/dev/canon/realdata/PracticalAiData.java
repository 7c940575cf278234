package dev.canon.realdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Practical AI folder: {@code hyp_whisper/<episode>.whisper.txt} (Whisper segments,
 * {@code [start --> end]  text} a line) and {@code ref_human/<episode>.md} (the human transcript,
 * Markdown with {@code **Speaker:**} labels and {@code \[mm:ss\]} time marks).
 */
final class PracticalAiData {

  private static final Pattern TIMESTAMP = Pattern.compile("^\\s*\\[\\d+(?:\\.\\d+)?\\s*-->\\s*\\d+(?:\\.\\d+)?]\\s*");
  private static final Pattern SPEAKER = Pattern.compile("(?m)^\\*\\*[^*\\n]+\\*\\*:?");
  private static final Pattern TIME_MARK = Pattern.compile("\\\\\\[\\d+(?::\\d+)+\\\\]");
  private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

  private PracticalAiData() {}

  /** The episodes that have both a Whisper file and a human transcript, sorted. */
  static List<String> episodes(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("hyp_whisper"))) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".whisper.txt"))
          .map(n -> n.substring(0, n.length() - ".whisper.txt".length()))
          .filter(e -> Files.exists(dir.resolve("ref_human").resolve(e + ".md")))
          .sorted().toList();
    }
  }

  /** The Whisper segments of an episode, timestamps stripped; blank segments dropped. */
  static List<String> segments(Path dir, String episode) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("hyp_whisper").resolve(episode + ".whisper.txt"),
        StandardCharsets.UTF_8)) {
      String text = stripTimestamp(line).strip();
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }

  /** A Whisper line without its leading {@code [12.34 --> 56.78]}. */
  static String stripTimestamp(String line) {
    return TIMESTAMP.matcher(line).replaceFirst("");
  }

  /** The human transcript of an episode as plain text; see {@link #plain}. */
  static String reference(Path dir, String episode) throws IOException {
    return plain(Files.readString(dir.resolve("ref_human").resolve(episode + ".md"), StandardCharsets.UTF_8));
  }

  /** Markdown transcript to text: speaker labels, {@code \[mm:ss\]} marks and backslash escapes removed. */
  static String plain(String markdown) {
    String s = SPEAKER.matcher(markdown).replaceAll("");
    s = TIME_MARK.matcher(s).replaceAll("");
    return ESCAPE.matcher(s).replaceAll("$1");
  }
}
