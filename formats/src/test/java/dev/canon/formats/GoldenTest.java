package dev.canon.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.canon.CorrectionAssert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files under {@code src/test/resources/golden/<behaviour>/}: {@code input.<ext>} and
 * {@code expected.<ext>} (or {@code expected.<ext>.error} for malformed files), for each format.
 *
 * <p>To regenerate the expected files after a deliberate change, run the tests with
 * {@code -Dcanon.golden.update=true} from the {@code formats} module and review the diff.
 */
class GoldenTest {

  private static final boolean UPDATE = Boolean.getBoolean("canon.golden.update");
  private static final List<String> BEHAVIOURS = List.of("across-boundary", "crlf", "bom");
  private static final List<String> EXTENSIONS = List.of("srt", "vtt", "json");

  static Stream<Arguments> corrected() {
    List<Arguments> cases = new ArrayList<>();
    for (String b : BEHAVIOURS) {
      for (String ext : EXTENSIONS) {
        cases.add(Arguments.of(b, ext));
      }
    }
    return cases.stream();
  }

  static Stream<String> extensions() {
    return EXTENSIONS.stream();
  }

  @ParameterizedTest(name = "{0}/input.{1}")
  @MethodSource("corrected")
  void correct_emptyDictionary_givesInputBackByteForByte(String behaviour, String ext) {
    byte[] input = TestDictionaries.resource("/golden/" + behaviour + "/input." + ext);
    Format format = format(ext);
    FormatCorrection c = Formats.correct(format, Formats.decode(format, input), TestDictionaries.EMPTY);
    assertArrayEquals(input, Formats.encode(c.output()));
    assertEquals(List.of(), c.mentions());
  }

  @ParameterizedTest(name = "{0}/input.{1}")
  @MethodSource("corrected")
  void correct_testDictionary_matchesGoldenAndKeepsTimings(String behaviour, String ext)
      throws IOException {
    String name = "/golden/" + behaviour + "/";
    Format format = format(ext);
    String input = Formats.decode(format, TestDictionaries.resource(name + "input." + ext));
    FormatCorrection c = Formats.correct(format, input, TestDictionaries.TEST);
    CorrectionAssert.valid(c.correction());
    byte[] actual = Formats.encode(c.output());
    if (UPDATE) {
      Files.write(Path.of("src/test/resources" + name + "expected." + ext), actual);
    }
    assertEquals(new String(TestDictionaries.resource(name + "expected." + ext), StandardCharsets.UTF_8),
        c.output());
    TimingInvariants.assertOnlyTextChanged(format, input, c.output());
  }

  @ParameterizedTest(name = "malformed/input.{0}")
  @MethodSource("extensions")
  void correct_malformedFile_failsWithItsLine(String ext) throws IOException {
    String name = "/golden/malformed/";
    Format format = format(ext);
    String input = Formats.decode(format, TestDictionaries.resource(name + "input." + ext));
    FormatException e = assertThrows(FormatException.class,
        () -> Formats.correct(format, input, TestDictionaries.TEST));
    if (UPDATE) {
      Files.writeString(Path.of("src/test/resources" + name + "expected." + ext + ".error"),
          e.getMessage() + "\n");
    }
    String expected = new String(TestDictionaries.resource(name + "expected." + ext + ".error"),
        StandardCharsets.UTF_8).strip();
    assertEquals(expected, e.getMessage());
    assertEquals(expected.split(" ")[2].replace(":", ""), String.valueOf(e.line()));
  }

  static Format format(String ext) {
    return ext.equals("json") ? Format.WHISPER_JSON : Format.of(ext);
  }
}
