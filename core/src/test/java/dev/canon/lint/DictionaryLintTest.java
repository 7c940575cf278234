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

  @Test
  void check_digitOnlyAndShortLatinAliases_warn() {
    var d = TestDictionaries.yaml("short", "entities:",
        "  - {canonical: Ozempic, type: drug, aliases: [\"5\", OZ, Ozempik]}",
        "  - {canonical: 通义灵码, type: product, aliases: [灵码]}",
        "  - {canonical: X Corp, type: org, aliases: [x]}");
    List<String> found = DictionaryLint.check(List.of(d)).stream()
        .filter(f -> f.kind().equals("short-alias")).map(Finding::toString).toList();
    assertEquals(List.of(
        "short.yaml:4:48: warning [short-alias] alias \"5\" of \"ozempic\" is only digits and is rewritten wherever"
            + " it stands (\"Take 5 pills\" would become \"Take Ozempic pills\"); remove it, or make it longer with"
            + " the words heard around it",
        "short.yaml:4:53: warning [short-alias] alias \"OZ\" of \"ozempic\" is only 2 Latin characters and is"
            + " rewritten wherever it stands; remove it, or make it longer with the words heard around it",
        "short.yaml:6:46: warning [short-alias] alias \"x\" of \"x-corp\" is only 1 Latin character and is"
            + " rewritten wherever it stands; remove it, or make it longer with the words heard around it"), found);
  }
}
