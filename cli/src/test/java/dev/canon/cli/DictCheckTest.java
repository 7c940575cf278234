package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dict check} and {@code --dict} report every problem at once (issue 16, defects 7 and 8). */
class DictCheckTest {

  @TempDir Path dir;

  @Test
  void dictCheck_clashesWithBundled_everyErrorAtOnceNamedAndWithFixes() throws IOException {
    Path mine = Files.writeString(dir.resolve("fintech.yaml"), String.join("\n", "name: fintech", "version: 1",
        "entities:", "  - canonical: Fintech One", "    aliases: [Open AI]", "  - canonical: Fintech Two",
        "    aliases: [Code Fuse]", "  - canonical: Ozempic", "") );
    CliRun run = CliRun.run("", "dict", "check", mine.toString());
    assertEquals(2, run.exit(), run.err());
    List<String> errors = run.err().lines().filter(l -> l.startsWith(mine.toString())).toList();
    assertEquals(2, errors.size(), run.err());
    assertTrue(errors.get(0).startsWith(mine + ":5:15: alias \"Open AI\""), errors.get(0));
    assertTrue(errors.get(1).startsWith(mine + ":7:15: alias \"Code Fuse\""), errors.get(1));
    errors.forEach(e -> assertTrue(e.contains("bundled ai-news.yaml (inside canon-dictionaries), line "), e));
    errors.forEach(e -> assertTrue(e.contains("override: true"), e));
    assertTrue(run.err().contains("--no-default-dict"), run.err());
    assertFalse(run.out().contains(mine.toString()), "a file that fails is not reported as loaded: " + run.out());
  }

  @Test
  void dictCheck_severalFiles_reportsEveryBrokenOneAndOkForTheRest() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("dicts"));
    Files.writeString(folder.resolve("a.yaml"), "name: a\nversion: 1\nentities:\n  - canonical: 12\n");
    Files.writeString(folder.resolve("b.yaml"), "name: b\nversion: 1\nentities:\n  - {canonical: Zyxwv Labs}\n");
    Files.writeString(folder.resolve("c.yaml"), "name: c\nversion: 1\nentities:\n  - {canonical: Q, aliases: [5, true]}\n");
    CliRun run = CliRun.run("", "dict", "check", "--no-default-dict", folder.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(folder.resolve("a.yaml") + ":4:16: "), run.err());
    assertTrue(run.err().contains(folder.resolve("c.yaml") + ":4:30: "), run.err());
    assertTrue(run.err().contains(folder.resolve("c.yaml") + ":4:33: "), run.err());
    assertEquals(folder.resolve("b.yaml") + ": ok, 1 entity\n", run.out());
  }

  @Test
  void correct_dictFolderWithBrokenFiles_namesEveryOneWithItsPath() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("dicts"));
    Files.writeString(folder.resolve("a.yaml"), "name: a\nversion: 1\nentities:\n  - canonical: 12\n");
    Files.writeString(folder.resolve("b.yaml"), "name: b\nversion: 2\n");
    CliRun run = CliRun.run("text", "correct", "--no-default-dict", "--dict", folder.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(folder.resolve("a.yaml") + ":4:16: "), run.err());
    assertTrue(run.err().contains(folder.resolve("b.yaml") + ":2:10: "), run.err());
  }

  @Test
  void dictCheck_numberAlias_failsAndShortAliasWarns() throws IOException {
    Path bad = Files.writeString(dir.resolve("pills.yaml"),
        "name: pills\nversion: 1\nentities:\n  - canonical: Ozempic\n    aliases: 5\n");
    CliRun run = CliRun.run("", "dict", "check", "--no-default-dict", bad.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(bad + ":5:14: \"entities[0].aliases\" must be text; got the number 5"), run.err());
    Path quoted = Files.writeString(dir.resolve("pills2.yaml"),
        "name: pills\nversion: 1\nentities:\n  - canonical: Ozempic\n    aliases: \"5\"\n");
    run = CliRun.run("", "dict", "check", "--no-default-dict", quoted.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains(quoted + ":5:14: warning [short-alias] alias \"5\""), run.err());
  }
}
