package dev.canon.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void of_cliNames_areCaseInsensitive() {
    assertEquals(Format.WHISPER_JSON, Format.of("Whisper-JSON"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.of("ass"));
    assertTrue(e.getMessage().contains("\"ass\""), e.getMessage());
  }

  @Test
  void decode_invalidUtf8_failsWithItsLine() {
    byte[] bytes = "1\n00:00:00,000 --> 00:00:01,000\nok \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    FormatException e = assertThrows(FormatException.class, () -> Formats.decode(Format.SRT, bytes));
    assertEquals(3, e.line());
  }

  @Test
  void decodeThenEncode_keepsTheBom() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'W', 'E', 'B', 'V', 'T', 'T', '\n'};
    String text = Formats.decode(Format.VTT, bytes);
    assertEquals('\uFEFF', text.charAt(0));
    assertArrayEquals(bytes, Formats.encode(text));
  }

  @Test
  void correct_malformedFile_producesNoOutput() {
    assertThrows(FormatException.class,
        () -> Formats.correct("vtt", "WEBVTT\n\n00:01.000 --> 00:00.000\nCodeFus\n", TestDictionaries.TEST));
  }
}
