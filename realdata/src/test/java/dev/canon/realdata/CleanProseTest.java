package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-domain clean-prose runner on a hand-made folder; no data files. */
class CleanProseTest {

  private static final String YAML = """
      name: tiny-ai
      version: 1
      entities:
        - canonical: CodeFuse
        - canonical: HumanEval
      """;

  @Test
  void houseStyleIsCountedApart_otherEditsAreListedWithWhereTheyAre(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("docs.txt"), """
        Codefuse is a code model.
        It scores well on HumaneEval and on codefuse's own tests.
        Nothing to see here.
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "Codefuse in a file that is not read.\n", StandardCharsets.UTF_8);
    List<Dictionary> dicts = List.of(DictionaryLoader.defaults().load("tiny-ai.yaml", YAML.getBytes(StandardCharsets.UTF_8)));

    CleanProseMain.Result r = CleanProseMain.run(dir, false, dicts);

    assertEquals(1, r.files());
    assertEquals(3, r.lines());
    assertEquals(2, r.houseStyle().size(), r.report());
    assertEquals(2, r.houseStyle().count("`Codefuse` -> `CodeFuse`") + r.houseStyle().count("`codefuse` -> `CodeFuse`"));
    assertEquals(1, r.others().size(), r.report());
    assertTrue(r.others().get(0).startsWith("| docs.txt:2 | `HumaneEval` -> `HumanEval` |"), r.others().get(0));
    assertTrue(r.summary().contains("3 edits: 2 house style, 1 other"), r.summary());
  }

  @Test
  void wholeDocuments_areCorrectedAsOne_andEditsSayTheirLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("episode.md"), """
        We talked about CodeFuse.

        It scores well on HumaneEval.
        """, StandardCharsets.UTF_8);
    List<Dictionary> dicts = List.of(DictionaryLoader.defaults().load("tiny-ai.yaml", YAML.getBytes(StandardCharsets.UTF_8)));

    CleanProseMain.Result r = CleanProseMain.run(dir, ".md", true, "references", false, dicts);

    assertEquals(1, r.files());
    assertEquals(3, r.lines());
    assertEquals(1, r.others().size(), r.report());
    assertTrue(r.others().get(0).startsWith("| episode.md:3 | `HumaneEval` -> `HumanEval` |"), r.others().get(0));
  }

  @Test
  void emptyFolder_isAnError(@TempDir Path dir) {
    org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> CleanProseMain.run(dir, false, List.of()));
  }
}
