package dev.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers read aloud inside a Latin name: single digits were read before; teens, tens and a tens
 * word followed by a unit word are read as the number (each row with a number of two digits
 * failed before).
 */
class SpokenNumbersTest {

  static final Corrector NAMES = TestDictionaries.corrector(
      "entities:",
      "  - {canonical: COVID-19}",
      "  - {canonical: Qwen 72B}",
      "  - {canonical: Windows 10}",
      "  - {canonical: Llama 3}");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The impact of covid nineteen was large.|The impact of COVID-19 was large.",
      "We ran Qwen seventy two B on one node.|We ran Qwen 72B on one node.",
      "It still runs Windows ten at home.|It still runs Windows 10 at home.",
      "We tried Llama three first.|We tried Llama 3 first.",
      // a number of other digits is another version, never guessed
      "We ran Qwen seventy B on one node.|We ran Qwen seventy B on one node.",
      "The impact of covid twenty was large.|The impact of covid twenty was large.",
      // "to" and "for" stay words at a window's end and never join a tens word
      "We ran Qwen seventy to B servers.|We ran Qwen seventy to B servers.",
  })
  void numberReadAloud(String text, String expected) {
    assertEquals(expected, CorrectionAssert.valid(NAMES.correct(text)).corrected());
  }
}
