package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.dictionary.Entity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesOnlyTest {

  private static final String YAML = """
      name: tiny
      version: 1
      keep: [mistral]
      entities:
        - canonical: Ollama
          aliases: [Olama]
          synonyms: [ollama-cli]
          context: [local, model]
        - canonical: Jupyter
          fuzzy: false
      rules:
        - pattern: "chat gbt"
          replace: ChatGPT
      """;

  @Test
  void of_keepsCanonicalSynonymsAndFuzzy_dropsAliasesContextKeepAndRules() {
    Dictionary full = DictionaryLoader.defaults().load("tiny.yaml", YAML.getBytes(StandardCharsets.UTF_8));
    Dictionary names = NamesOnly.of(full);
    assertEquals(List.of(), names.keep());
    assertEquals(List.of(), names.rules());
    Entity ollama = names.entities().get(0);
    assertEquals("Ollama", ollama.canonical());
    assertEquals(List.of("ollama-cli"), ollama.synonyms());
    assertEquals(List.of(), ollama.aliases());
    assertEquals(List.of(), ollama.context());
    assertFalse(names.entities().get(1).fuzzy(), "fuzzy: false stays");
    assertEquals(full.name(), names.name());
  }

  @Test
  void runOf_tellsWhetherTheDictionaryWasNamesOnlyAlready() {
    Dictionary full = DictionaryLoader.defaults().load("tiny.yaml", YAML.getBytes(StandardCharsets.UTF_8));
    assertFalse(Run.of("", null, List.of(full)).alreadyNamesOnly());
    assertTrue(Run.of("", null, List.of(NamesOnly.of(full))).alreadyNamesOnly());
    assertTrue(Run.of("", null, List.of(NameDictionary.asListed("p", List.of("泗阳"), "poi"))).alreadyNamesOnly());
  }
}
