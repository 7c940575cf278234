package dev.canon.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.canon.TestDictionaries;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryLintTest {

  @Test
  void check_problemForms_warnsWithLineAndFix() {
    var d = TestDictionaries.yaml("lint",
        "entities:",
        "  - {canonical: 通义千问, type: model}",
        "  - {canonical: 同意千问, type: model}",
        "  - {canonical: Gecko, type: model}",
        "  - {canonical: Llama, aliases: [lama], type: model}",
        "  - {canonical: Grid Llama Pro, type: model}",
        "  - {canonical: GreedLlama, aliases: [Grid Llama], type: model}",
        "  - {canonical: Open AI, synonyms: [OpenAI], type: org}",
        "  - {canonical: OpenAI Inc, synonyms: [openai], type: org}");
    List<String> kinds = DictionaryLint.check(List.of(d)).stream()
        .map(f -> f.location().line() + " " + f.kind()).toList();
    assertEquals(List.of(
        "5 pinyin-collision",
        "6 everyday-word",
        "7 everyday-word",
        "7 everyday-word",
        "7 shadowed-alias",
        "9 shadowed-alias",
        "11 collision"), kinds);
  }

  @Test
  void check_cleanDictionary_noFindings() {
    var d = TestDictionaries.yaml("clean", "keep: [Gecko]", "entities:",
        "  - {canonical: CodeFuse, type: product}", "  - {canonical: Gecko, type: model}");
    assertEquals(List.of(), DictionaryLint.check(List.of(d)));
  }
}
