package dev.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.dictionary.DictionaryException;
import org.junit.jupiter.api.Test;

/** A user dictionary may replace or switch off an entity of an earlier (bundled) one by id. */
class OverrideTest {

  static final dev.canon.dictionary.Dictionary BUNDLED = TestDictionaries.yaml("bundled", "entities:",
      "  - {canonical: CodeFuse, id: codefuse, aliases: [CodeFus]}",
      "  - {canonical: Gemini, id: gemini}");

  @Test
  void override_sameId_replacesTheEarlierEntity() {
    Corrector c = Corrector.builder().add(BUNDLED).add(TestDictionaries.yaml("mine", "entities:",
        "  - {canonical: CODEFUSE, id: codefuse, aliases: [Code Fuss], fuzzy: false, override: true}")).build();
    assertEquals("CODEFUSE and CODEFUSE, CodeFus", c.correct("CodeFuse and Code Fuss, CodeFus").corrected());
  }

  @Test
  void disable_id_switchesTheEntityOff() {
    Corrector c = Corrector.builder().add(BUNDLED).add(TestDictionaries.yaml("mine", "disable: [codefuse]",
        "entities:", "  - {canonical: Claude}")).build();
    assertEquals("CodeFus", c.correct("CodeFus").corrected());
    assertEquals(1, c.correct("Gemini").mentions().size());
  }

  @Test
  void repeatedId_withoutOverride_failsNamingBoth() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> Corrector.builder().add(BUNDLED)
        .add(TestDictionaries.yaml("mine", "entities:", "  - {canonical: Gemini Pro, id: gemini}")).build());
    assertTrue(e.getMessage().contains("mine.yaml:4:33") && e.getMessage().contains("override: true"), e.getMessage());
  }

  @Test
  void disable_unknownId_fails() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> Corrector.builder().add(BUNDLED)
        .add(TestDictionaries.yaml("mine", "disable: [nope]", "entities: []")).build());
    assertTrue(e.getMessage().contains("\"nope\""), e.getMessage());
  }
}
