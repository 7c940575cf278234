package dev.canon.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Checks that a corrected file differs from its input in mention text only: same cues or
 * segments, same identifiers, timing lines, header and notes; for Whisper JSON, the same JSON
 * apart from texts and words, and word timings monotone and inside their old span.
 */
final class TimingInvariants {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TimingInvariants() {}

  static void assertOnlyTextChanged(Format format, String input, String output) {
    if (format == Format.WHISPER_JSON) {
      whisper(WhisperReader.read(input), WhisperReader.read(output));
    } else {
      subtitles(SubtitleReader.read(format, input), SubtitleReader.read(format, output));
    }
  }

  private static void subtitles(SubtitleDocument before, SubtitleDocument after) {
    assertEquals(before.layout().bom(), after.layout().bom(), "BOM");
    assertEquals(before.layout().lineEnding(), after.layout().lineEnding(), "line ending");
    assertEquals(before.layout().finalNewline(), after.layout().finalNewline(), "final newline");
    assertEquals(before.blocks().size(), after.blocks().size(), "block count");
    for (int i = 0; i < before.blocks().size(); i++) {
      SubtitleDocument.Block a = before.blocks().get(i);
      SubtitleDocument.Block b = after.blocks().get(i);
      if (a instanceof Cue x && b instanceof Cue y) {
        assertEquals(x.index(), y.index());
        assertEquals(x.identifier(), y.identifier(), "cue identifier");
        assertEquals(x.timingLine(), y.timingLine(), "timing line");
        assertEquals(x.time(), y.time());
      } else {
        assertEquals(a, b, "verbatim block " + i);
      }
    }
  }

  private static void whisper(WhisperDocument before, WhisperDocument after) {
    assertEquals(before.bom(), after.bom(), "BOM");
    assertEquals(before.segments().size(), after.segments().size(), "segment count");
    for (int i = 0; i < before.segments().size(); i++) {
      WhisperSegment a = before.segments().get(i);
      WhisperSegment b = after.segments().get(i);
      assertEquals(a.time(), b.time(), "segment " + i + " timing");
      assertEquals(a.wordsPresent(), b.wordsPresent());
      words(i, a.words(), b.words());
    }
    assertEquals(withoutText(before.json()), withoutText(after.json()), "JSON apart from texts and words");
  }

  private static void words(int segment, List<WhisperWord> before, List<WhisperWord> after) {
    if (before.isEmpty()) {
      assertTrue(after.isEmpty());
      return;
    }
    double low = before.get(0).time().orElseThrow().start();
    double high = before.get(before.size() - 1).time().orElseThrow().end();
    double last = low;
    for (WhisperWord w : after) {
      TimeRange t = w.time().orElseThrow();
      assertTrue(t.start() >= last - 1e-9 && t.end() <= high + 1e-9,
          () -> "segment " + segment + ": word " + w.word().text() + " " + t
              + " is out of order or outside [" + low + ", " + high + "]");
      last = t.end();
    }
  }

  private static JsonNode withoutText(String json) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(json);
      root.remove("text");
      for (JsonNode s : root.get("segments")) {
        ((ObjectNode) s).remove(List.of("text", "words"));
      }
      return root;
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + e.getMessage(), e);
    }
  }
}
