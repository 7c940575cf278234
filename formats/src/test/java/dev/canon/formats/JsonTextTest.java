package dev.canon.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void quote_escapesLikePython() {
    assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", JsonText.quote("a\"b\\c\n\u0001", false));
    assertEquals("\"\\u901a\\u4e49 \\ud83d\\ude00\"", JsonText.quote("通义 😀", true));
    assertEquals("\"通义\"", JsonText.quote("通义", false));
  }

  @Test
  void seconds_roundsToMillisAndKeepsAFraction() {
    assertEquals("2.0", JsonText.seconds(2));
    assertEquals("6.809", JsonText.seconds(6.80909));
    assertEquals("0.1", JsonText.seconds(0.1000001));
  }

  @Test
  void escapesNonAscii_readsTheFilesStyle() {
    assertTrue(JsonText.escapesNonAscii("{\"a\": \"\\u540c\"}"));
    assertTrue(JsonText.escapesNonAscii("{\"a\": \"plain\\\\u540c\"}"));
    assertFalse(JsonText.escapesNonAscii("{\"a\": \"同\"}"));
  }

  @Test
  void tokenEnds_skipEscapes() {
    String json = "\"a\\\"b\" 12.5e-3,";
    assertEquals(6, JsonText.stringEnd(json, 0));
    assertEquals(14, JsonText.numberEnd(json, 7));
  }
}
