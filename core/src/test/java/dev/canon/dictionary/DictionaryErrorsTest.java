package dev.canon.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.Corrector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees when a dictionary is wrong: values of the wrong YAML type, positions of the
 * offending scalar, every problem of a file or folder at once, clashes between dictionaries.
 */
class DictionaryErrorsTest {

  private static Dictionary load(String source, String... lines) {
    return DictionaryLoader.defaults().load(source, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problems(Runnable action) {
    DictionaryException e = assertThrows(DictionaryException.class, action::run);
    List<String> all = e.problems().stream().map(DictionaryException::getMessage).toList();
    assertEquals(String.join("\n", all), e.getMessage());
    assertEquals(all.get(0), e.location() + ": " + e.problem());
    return all;
  }

  // ---- defect 1: scalars that are not text ----

  @Test
  void load_numberAsAliases_failsAtTheScalar() {
    assertEquals(List.of("pills.yaml:5:14: \"entities[0].aliases\" must be text; got the number 5;"
            + " write \"5\" in quotes if you mean the text"),
        problems(() -> load("pills.yaml", "name: pills", "version: 1", "entities:", "  - canonical: Ozempic",
            "    aliases: 5")));
  }

  @Test
  void load_numberAndBooleanInAliasList_reportsBoth() {
    assertEquals(List.of(
            "pills.yaml:5:15: \"entities[0].aliases\" must be text; got the number 5; write \"5\" in quotes if you mean the text",
            "pills.yaml:5:18: \"entities[0].aliases\" must be text; got the boolean true; write \"true\" in quotes if you mean the text"),
        problems(() -> load("pills.yaml", "name: pills", "version: 1", "entities:", "  - canonical: Ozempic",
            "    aliases: [5, true]")));
  }

  @Test
  void load_numberAsCanonical_fails() {
    assertEquals(List.of("pills.yaml:4:16: \"entities[0].canonical\" must be text; got the number 12;"
            + " write \"12\" in quotes if you mean the text"),
        problems(() -> load("pills.yaml", "name: pills", "version: 1", "entities:", "  - canonical: 12")));
  }

  @Test
  void load_quotedDigits_loadAsText() {
    Dictionary d = load("pills.yaml", "name: pills", "version: 1", "entities:", "  - canonical: \"12\"",
        "    aliases: [\"5\", '7']");
    assertEquals("12", d.entities().get(0).canonical());
    assertEquals(List.of("5", "7"), d.entities().get(0).aliases());
  }

  @Test
  void load_severalBadEntities_reportsEveryOneInFileOrder() {
    assertEquals(List.of(
            "many.yaml:4:16: \"entities[0].canonical\" must be text; got the number 12; write \"12\" in quotes if you mean the text",
            "many.yaml:5:5: missing key \"entities[1].canonical\"",
            "many.yaml:6:27: \"entities[2].fuzzy\" must be true or false; got \"maybe\""),
        problems(() -> load("many.yaml", "name: many", "version: 1", "entities:", "  - canonical: 12",
            "  - {id: x}", "  - {canonical: B, fuzzy: maybe}")));
  }

  // ---- defect 7: positions ----

  @Test
  void load_aliasOfTwoEntities_pointsAtTheAliases() {
    assertEquals(List.of("dup.yaml:7:15: alias \"ozempik\" of entity \"wegovy\" is already an alias \"Ozempik\""
            + " of entity \"ozempic\" (line 5); one form can name only one entity, remove it from one of them"),
        problems(() -> load("dup.yaml", "name: dup", "version: 1", "entities:", "  - canonical: Ozempic",
            "    aliases: [Ozempik]", "  - canonical: Wegovy", "    aliases: [ozempik]")));
  }

  @Test
  void load_unclosedBracket_pointsAtTheBracket() {
    List<String> all = problems(() -> load("open.yaml", "name: open", "version: 1", "entities:",
        "  - canonical: Ozempic", "    aliases: [Ozempik, Ozempick", "  - canonical: Wegovy"));
    assertEquals(1, all.size());
    assertTrue(all.get(0).startsWith("open.yaml:5:14: not valid YAML: the [ here is never closed;"), all.get(0));
  }

  @Test
  void loadAll_folderWithTwoBrokenFiles_namesEachWithItsPath(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("dicts"));
    Files.writeString(folder.resolve("a.yaml"), "name: a\nversion: 1\nentities:\n  - canonical: 12\n");
    Files.writeString(folder.resolve("b.yaml"), "name: b\nversion: 1\nentities:\n  - {canonical: B}\n");
    Files.writeString(folder.resolve("c.yaml"), "name: c\nversion: 2\n");
    List<String> all = problems(() -> DictionaryLoader.defaults().loadAll(folder));
    assertEquals(List.of(
        folder.resolve("a.yaml") + ":4:16: \"entities[0].canonical\" must be text; got the number 12; write \"12\" in quotes if you mean the text",
        folder.resolve("c.yaml") + ":2:10: unsupported version \"2\"; this Canon reads version: 1"), all);
  }

  // ---- defect 8: canonicals and clashes between dictionaries ----

  @Test
  void load_sameCanonicalTwiceWithoutIds_saysTheIdIsDerivedAndSuggestsMerging() {
    assertEquals(List.of("twice.yaml:6:16: canonical \"Ozempic\" is written twice (also line 4), so both entities get"
            + " the id \"ozempic\" derived from it; merge them into one entity (aliases, synonyms and context together)"),
        problems(() -> load("twice.yaml", "name: twice", "version: 1", "entities:", "  - canonical: Ozempic",
            "    aliases: [Ozempik]", "  - canonical: Ozempic", "    aliases: [Osempic]")));
  }

  @Test
  void load_sameCanonicalUnderTwoIds_fails() {
    assertEquals(List.of("ids.yaml:5:17: canonical \"OZEMPIC\" of entity \"ozempic-2\" is already the canonical"
            + " \"Ozempic\" of entity \"ozempic\" (line 4); merge the two entities into one"),
        problems(() -> load("ids.yaml", "name: ids", "version: 1", "entities:",
            "  - {canonical: Ozempic, id: ozempic}", "  - {canonical: OZEMPIC, id: ozempic-2}")));
  }

  private static final Dictionary BUNDLED = load("bundled base.yaml (inside a jar)", "name: base", "version: 1",
      "entities:", "  - canonical: OpenAI", "  - canonical: CodeFuse", "    aliases: [Code Fuss]",
      "  - canonical: Gemini");

  @Test
  void build_clashesWithAnEarlierDictionary_reportsEveryOneAtItsForm() {
    Dictionary mine = load("fin/fintech.yaml", "name: fintech", "version: 1", "entities:",
        "  - canonical: Fintech One", "    aliases: [Open AI]",
        "  - canonical: Fintech Two", "    aliases: [code fuss]",
        "  - canonical: Gemini", "    id: gemini-bank");
    List<String> all = problems(() -> Corrector.builder().add(BUNDLED).add(mine).build());
    assertEquals(List.of(
        "fin/fintech.yaml:5:15: alias \"Open AI\" of entity \"fintech-one\" is already the canonical \"OpenAI\" of entity"
            + " \"openai\" (dictionary \"base\", bundled base.yaml (inside a jar), line 4); one form can name only"
            + " one entity: remove it here, or replace that entity (id: openai with override: true) or switch it off"
            + " (disable: [openai])",
        "fin/fintech.yaml:7:15: alias \"code fuss\" of entity \"fintech-two\" is already an alias \"Code Fuss\" of entity"
            + " \"codefuse\" (dictionary \"base\", bundled base.yaml (inside a jar), line 6); one form can name only"
            + " one entity: remove it here, or replace that entity (id: codefuse with override: true) or switch it off"
            + " (disable: [codefuse])",
        "fin/fintech.yaml:8:16: canonical \"Gemini\" of entity \"gemini-bank\" is already the canonical \"Gemini\" of"
            + " entity \"gemini\" (dictionary \"base\", bundled base.yaml (inside a jar), line 7); one form can name"
            + " only one entity: remove it here, or replace that entity (id: gemini with override: true) or switch it"
            + " off (disable: [gemini])"), all);
  }

  @Test
  void build_repeatedIdsAcrossDictionaries_reportsEveryOne() {
    Dictionary mine = load("mine.yaml", "name: mine", "version: 1", "entities:",
        "  - {canonical: Open A.I., id: openai}", "  - {canonical: Gemini Pro, id: gemini}");
    List<String> all = problems(() -> Corrector.builder().add(BUNDLED).add(mine).build());
    assertEquals(2, all.size(), String.join("\n", all));
    assertTrue(all.get(0).startsWith("mine.yaml:4:32: id \"openai\" is already used by entity \"OpenAI\" of dictionary"
        + " \"base\" (bundled base.yaml (inside a jar), line 4)"), all.get(0));
    assertTrue(all.get(1).startsWith("mine.yaml:5:33: id \"gemini\""), all.get(1));
  }

  @Test
  void build_sameCanonicalAsAnEarlierDictionary_saysTheIdIsDerived() {
    Dictionary mine = load("mine.yaml", "name: mine", "version: 1", "entities:", "  - canonical: OpenAI",
        "    aliases: [Open A.I.]");
    assertEquals(List.of("mine.yaml:4:16: id \"openai\" (derived from canonical \"OpenAI\") is already used by entity"
            + " \"OpenAI\" of dictionary \"base\" (bundled base.yaml (inside a jar), line 4); ids must be unique across"
            + " dictionaries: add override: true to replace that entity, disable: [openai] to switch it off, or give"
            + " this one another id"),
        problems(() -> Corrector.builder().add(BUNDLED).add(mine).build()));
  }

  @Test
  void build_overrideAndDisable_stillReplaceWithoutError() {
    Dictionary mine = load("mine.yaml", "name: mine", "version: 1", "disable: [codefuse]", "entities:",
        "  - {canonical: Gemini, id: gemini, override: true, aliases: [Jiminy]}", "  - {canonical: CodeFuse}");
    Corrector c = Corrector.builder().add(BUNDLED).add(mine).build();
    assertEquals("Gemini", c.correct("Jiminy").corrected());
  }
}
