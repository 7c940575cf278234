package dev.canon.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.Corrector;
import dev.canon.TestDictionaries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code extends: <id>} adds aliases and context to an entity of an earlier dictionary. */
class ExtensionsTest {

  static final Dictionary BASE = TestDictionaries.yaml("base", "entities:",
      "  - {canonical: Zorblax Nine, id: zorblax, fuzzy: false, aliases: [Zorblex]}",
      "  - {canonical: Gemini, id: gemini}");

  @Test
  void extends_addsAliasesToTheEarlierEntity() {
    Dictionary learned = TestDictionaries.yaml("learned", "entities:",
        "  - extends: zorblax", "    aliases: [zorb lacks nine, Zorblex]", "    context: [model]");
    assertEquals(1, learned.extensions().size());
    assertTrue(learned.entities().isEmpty());
    Corrector c = Corrector.builder().add(BASE).add(learned).build();
    assertEquals("Zorblax Nine and Zorblax Nine", c.correct("zorb lacks nine and Zorblex").corrected());
    Entity merged = Extensions.apply(List.of(BASE, learned)).get(0).entities().get(0);
    assertEquals(List.of("Zorblex", "zorb lacks nine"), merged.aliases());
    assertEquals(List.of("model"), merged.context());
    assertEquals(BASE.entities().get(0).location(), merged.location());
  }

  @Test
  void extends_unknownId_failsAtTheItem() {
    Dictionary learned = TestDictionaries.yaml("learned", "entities:", "  - extends: nope", "    aliases: [x y]");
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> Corrector.builder().add(BASE).add(learned).build());
    assertTrue(e.getMessage().startsWith("learned.yaml:4:5: extends: no entity of an earlier dictionary has id \"nope\""),
        e.getMessage());
  }

  @Test
  void extends_aliasOfAnotherEntity_failsAsAnyAliasConflict() {
    Dictionary learned = TestDictionaries.yaml("learned", "entities:", "  - extends: gemini", "    aliases: [Zorblex]");
    assertThrows(DictionaryException.class, () -> Corrector.builder().add(BASE).add(learned).build());
  }

  @Test
  void extends_twiceInOneFile_fails() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> TestDictionaries.yaml("learned",
        "entities:", "  - {extends: gemini, aliases: [Jiminy]}", "  - {extends: gemini, context: [Google]}"));
    assertTrue(e.getMessage().contains(":5:") && e.getMessage().contains("extended twice"), e.getMessage());
  }

  @Test
  void extends_unknownKey_fails() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> TestDictionaries.yaml("learned",
        "entities:", "  - {extends: gemini, canonical: Gemini 2}"));
    assertTrue(e.getMessage().contains("unknown key \"entities[0].canonical\""), e.getMessage());
  }

  @Test
  void extends_afterOverride_extendsTheReplacement() {
    Dictionary mine = TestDictionaries.yaml("mine", "entities:",
        "  - {canonical: GEMINI, id: gemini, override: true}");
    Dictionary learned = TestDictionaries.yaml("learned", "entities:", "  - {extends: gemini, aliases: [Jiminy Eye]}");
    Corrector c = Corrector.builder().add(BASE).add(mine).add(learned).build();
    assertEquals("GEMINI", c.correct("Jiminy Eye").corrected());
  }
}
