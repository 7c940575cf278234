package dev.canon.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WhisperReaderTest {

  private static FormatException failure(String input) {
    return assertThrows(FormatException.class, () -> WhisperReader.read(input));
  }

  @Test
  void read_noSegments_fails() {
    assertEquals(1, failure("{\"text\": \"hi\"}").line());
    assertEquals(1, failure("[]").line());
  }

  @Test
  void read_segmentWithoutEnd_failsOnTheSegmentLine() {
    FormatException e = failure("{\n\"segments\": [\n{\"start\": 0, \"text\": \"a\"}\n]}");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("\"end\""), e.getMessage());
  }

  @Test
  void read_startAsString_failsOnItsLine() {
    assertEquals(3, failure("{\"segments\": [\n{\"end\": 1,\n\"start\": \"0\", \"text\": \"a\"}]}").line());
  }

  @Test
  void read_wordWithoutWord_fails() {
    String json = "{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"a\",\n"
        + "\"words\": [\n{\"start\": 0, \"end\": 1}]}]}";
    assertEquals(3, failure(json).line());
  }

  @Test
  void read_duplicateKey_fails() {
    assertEquals(2, failure("{\"segments\": [],\n\"segments\": []}").line());
  }

  @Test
  void read_trailingContent_fails() {
    assertEquals(2, failure("{\"segments\": []}\n{}").line());
  }

  @Test
  void read_segmentEndingBeforeStart_fails() {
    assertEquals(1, failure("{\"segments\": [{\"start\": 2, \"end\": 1, \"text\": \"a\"}]}").line());
  }

  @Test
  void read_valuesAndPositions_pointIntoTheText() {
    String json = "\uFEFF{\"segments\": [{\"start\": 1.50, \"end\": 2e0, \"text\": \"a\\u00e9\\\"\","
        + " \"words\": [{\"word\": \" a\", \"start\": null, \"end\": 2}]}], \"x\": {\"text\": 1}}";
    WhisperDocument doc = WhisperReader.read(json);
    assertTrue(doc.bom());
    WhisperSegment s = doc.segments().get(0);
    assertEquals(new TimeRange(1.5, 2.0), s.time());
    assertEquals("a\u00e9\"", s.text().text());
    assertEquals("\"a\\u00e9\\\"\"", doc.json().substring(s.text().start(), s.text().end()));
    assertTrue(s.words().get(0).start().isEmpty());
    assertEquals("2", s.words().get(0).end().orElseThrow().text());
    assertTrue(doc.text().isEmpty());
    assertEquals(json, doc.write());
  }
}
