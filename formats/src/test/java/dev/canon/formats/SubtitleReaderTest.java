package dev.canon.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubtitleReaderTest {

  private static FormatException failure(Format format, String input) {
    return assertThrows(FormatException.class, () -> SubtitleReader.read(format, input));
  }

  @Test
  void read_mixedLineEndings_failsOnTheFirstOddLine() {
    FormatException e = failure(Format.SRT, "1\r\n00:00:00,000 --> 00:00:01,000\nHi\r\n");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("mixed line endings"), e.getMessage());
  }

  @Test
  void read_loneCarriageReturn_fails() {
    assertEquals(1, failure(Format.SRT, "1\r00:00:00,000 --> 00:00:01,000\r").line());
  }

  @Test
  void readSrt_numberWithoutTimingLine_failsOnTheMissingLine() {
    FormatException e = failure(Format.SRT, "1\n00:00:00,000 --> 00:00:01,000\nHi\n\n2\n");
    assertEquals(6, e.line());
  }

  @Test
  void readSrt_textWhereNumberBelongs_fails() {
    assertEquals(1, failure(Format.SRT, "Hello\n00:00:00,000 --> 00:00:01,000\n").line());
  }

  @Test
  void readSrt_cueEndingBeforeItStarts_fails() {
    FormatException e = failure(Format.SRT, "1\n00:00:02,000 --> 00:00:01,000\nHi\n");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("ends before it starts"), e.getMessage());
  }

  @Test
  void readSrt_minutesOver59_fails() {
    assertEquals(2, failure(Format.SRT, "1\n00:61:00,000 --> 00:62:00,000\nHi\n").line());
  }

  @Test
  void readVtt_withoutHeader_failsOnLine1() {
    assertEquals(1, failure(Format.VTT, "00:00.000 --> 00:01.000\nHi\n").line());
    assertEquals(1, failure(Format.VTT, "WEBVTTX\n").line());
    assertEquals(1, failure(Format.VTT, "").line());
  }

  @Test
  void readVtt_cueGluedToHeader_fails() {
    assertEquals(2, failure(Format.VTT, "WEBVTT\n00:00.000 --> 00:01.000\nHi\n").line());
  }

  @Test
  void readVtt_srtStyleCommaTiming_fails() {
    assertEquals(3, failure(Format.VTT, "WEBVTT\n\n00:00,000 --> 00:01,000\nHi\n").line());
  }

  @Test
  void readVtt_blocksAndCues_areModelled() {
    String input = "WEBVTT Kind: captions\nLanguage: zh\n\nSTYLE\n::cue { color: red }\n\n"
        + "NOTE a comment\n\nid-1\n00:01.000 --> 01:00:02.500 line:0 align:start\n<v A>one\ntwo\n\n"
        + "00:03.000 --> 00:04.000\n";
    SubtitleDocument doc = SubtitleReader.readVtt(input);
    List<Cue> cues = doc.cues();
    assertEquals(2, cues.size());
    assertEquals(Optional.of("id-1"), cues.get(0).identifier());
    assertEquals(new TimeRange(1.0, 3602.5), cues.get(0).time());
    assertEquals("<v A>one\ntwo", cues.get(0).text());
    assertEquals(Optional.empty(), cues.get(1).identifier());
    assertEquals(List.of(), cues.get(1).lines());
    assertEquals(input, doc.write());
  }

  @Test
  void readSrt_oddLayout_writesBackUnchanged() {
    String[] inputs = {
      "",
      "\n\n",
      "1\n00:00:00,000 --> 00:00:01,000\nno final newline",
      "\n\n1\n00:00:00,000 --> 00:00:01,000\nHi\n\n\n   \n2\n00:00:01,000 --> 00:00:02,000 X1:1 X2:2\n\n",
      "\uFEFF7\r\n100:00:00,000 --> 100:00:01,000\r\n",
    };
    for (String input : inputs) {
      assertEquals(input, SubtitleReader.readSrt(input).write());
    }
    assertEquals(100 * 3600.0, SubtitleReader.readSrt(inputs[4]).cues().get(0).time().start());
  }

  @Test
  void read_whisperFormat_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> SubtitleReader.read(Format.WHISPER_JSON, ""));
  }
}
