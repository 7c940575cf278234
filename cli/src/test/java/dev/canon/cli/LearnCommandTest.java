package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnCommandTest {

  @TempDir Path dir;

  private Path dict() throws IOException {
    return Files.writeString(dir.resolve("mine.yaml"), String.join("\n", "name: mine", "version: 1", "entities:",
        "  - {canonical: Zorblax Nine, id: zorblax, fuzzy: false}", "  - {canonical: CodeFuse, id: codefuse}", ""));
  }

  @Test
  void learn_pairsAndDecisions_writeADictionaryAndReport() throws IOException {
    Path dict = dict();
    Path pairs = Files.createDirectory(dir.resolve("pairs"));
    Files.writeString(pairs.resolve("a.jsonl"), String.join("\n",
        "{\"id\": \"p1\", \"hypothesis\": \"we tried zorb lacks nine\", \"reference\": \"We tried Zorblax Nine.\"}",
        "not json",
        "",
        "{\"id\": 7, \"hypothesis\": \"zorb lacks nine failed\", \"reference\": \"Zorblax Nine failed.\"}",
        "{\"hypothesis\": 3, \"reference\": \"x\"}", ""));
    Files.write(pairs.resolve("b.jsonl"), new byte[] {'{', (byte) 0xC3, '}', '\n'});
    Path decisions = Files.writeString(dir.resolve("decisions.jsonl"), String.join("\n",
        "{\"text\": \"😀 codefus here\", \"start\": 2, \"end\": 9, \"entity\": \"codefuse\", \"decision\": \"reject\"}",
        "{\"text\": \"abc\", \"start\": 2, \"end\": 9, \"entity\": \"codefuse\", \"decision\": \"reject\"}",
        "{\"text\": \"abc\", \"start\": 0, \"end\": 1, \"entity\": \"codefuse\", \"decision\": \"maybe\"}", ""));
    Path out = dir.resolve("learned.yaml");
    Path report = dir.resolve("report.md");
    CliRun run = CliRun.run("", "learn", "--no-default-dict", "--dict", dict.toString(), "--pairs", pairs.toString(),
        "--decisions", decisions.toString(), "-o", out.toString(), "--report", report.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains("a.jsonl:2: not JSON"), run.err());
    assertTrue(run.err().contains("a.jsonl:5: \"hypothesis\" and \"reference\" must both be strings"), run.err());
    assertTrue(run.err().contains("b.jsonl:1: not valid UTF-8; line skipped"), run.err());
    assertTrue(run.err().contains("decisions.jsonl:2: need 0 <= start < end <= 3"), run.err());
    assertTrue(run.err().contains("decisions.jsonl:3: \"decision\" must be \"accept\" or \"reject\""), run.err());
    String yaml = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(yaml.contains("keep:\n  - \"codefus\"   # 1× (1 reviewed)"), yaml);
    assertTrue(yaml.contains("  - extends: \"zorblax\"\n    aliases:\n      - \"zorb lacks nine\"   # 2×, e.g. p1: "), yaml);
    assertTrue(Files.readString(report).contains("| zorblax | 0 / 2 / 0 | `zorb lacks nine` ×2 |"), Files.readString(report));

    CliRun check = CliRun.run("", "dict", "check", "--no-default-dict", dict.toString(), out.toString());
    assertEquals(0, check.exit(), check.err());
    CliRun again = CliRun.run("", "learn", "--no-default-dict", "--dict", dict.toString(), "--pairs", pairs.toString(),
        "--decisions", decisions.toString());
    assertEquals(yaml, again.out());
    CliRun fixed = CliRun.run("we tried zorb lacks nine, codefus", "correct", "--no-default-dict", "--dict",
        dict.toString(), "--dict", out.toString());
    assertEquals("we tried Zorblax Nine, codefus", fixed.out().strip());
  }

  @Test
  void learn_identicalPairs_writeAnEmptyDictionary() throws IOException {
    Path dict = dict();
    Path pairs = Files.writeString(dir.resolve("p.jsonl"),
        "{\"id\": 1, \"hypothesis\": \"Zorblax Nine\", \"reference\": \"Zorblax Nine\"}\n");
    CliRun run = CliRun.run("", "learn", "--no-default-dict", "--dict", dict.toString(), "--pairs", pairs.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().endsWith("name: \"learned\"\nversion: 1\n"), run.out());
  }

  @Test
  void learn_badUsage_exits2() throws IOException {
    assertEquals(2, CliRun.run("", "learn", "--no-default-dict", "--dict", dict().toString(), "--pairs",
        dir.resolve("none.jsonl").toString()).exit());
    assertEquals(2, CliRun.run("", "learn", "--no-default-dict", "--dict", dict().toString()).exit());
    CliRun zero = CliRun.run("", "learn", "--no-default-dict", "--dict", dict().toString(), "--pairs",
        dict().toString(), "--min-count", "0");
    assertEquals(2, zero.exit());
    assertTrue(zero.err().contains("--min-count must be at least 1"), zero.err());
  }

  /** The worked example of the README: regenerating it gives the committed files. */
  @Test
  void learn_readmeExample_matchesTheCommittedFiles() throws IOException {
    Path example = Path.of("..", "examples", "learn");
    Path out = dir.resolve("learned.yaml");
    Path report = dir.resolve("report.md");
    CliRun run = CliRun.run("", "learn", "--no-default-dict", "--dict", example.resolve("terms.yaml").toString(),
        "--pairs", example.resolve("pairs.jsonl").toString(), "--decisions", example.resolve("decisions.jsonl").toString(),
        "-o", out.toString(), "--report", report.toString());
    assertEquals(0, run.exit(), run.err());
    // the committed files were made from inside examples/learn, where the decisions file is "decisions.jsonl"
    String prefix = example.resolve("decisions.jsonl").toString();
    assertEquals(Files.readString(example.resolve("learned.yaml")), Files.readString(out).replace(prefix, "decisions.jsonl"));
    assertEquals(Files.readString(example.resolve("report.md")), Files.readString(report).replace(prefix, "decisions.jsonl"));
  }

  @Test
  void learn_newNames_addsEntitiesThatDictCheckPassesAndCorrectUses() throws IOException {
    Path dict = dict();
    Path pairs = Files.writeString(dir.resolve("pairs.jsonl"), String.join("\n",
        "{\"id\": \"a\", \"hypothesis\": \"ratings of news nation rose\", \"reference\": \"Ratings of NewsNation rose.\"}",
        "{\"id\": \"b\", \"hypothesis\": \"we launched news nation\", \"reference\": \"We launched NewsNation.\"}", ""));
    Path out = dir.resolve("learned.yaml");
    CliRun without = CliRun.run("", "learn", "--no-default-dict", "--dict", dict.toString(), "--pairs", pairs.toString());
    assertEquals(0, without.exit(), without.err());
    assertTrue(!without.out().contains("NewsNation"), without.out());
    CliRun run = CliRun.run("", "learn", "--no-default-dict", "--dict", dict.toString(), "--pairs", pairs.toString(),
        "--new-names", "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("learned 1 new names, "), run.err());
    assertTrue(Files.readString(out).contains("  - canonical: \"NewsNation\"   # 2×, e.g. a: "), Files.readString(out));
    CliRun check = CliRun.run("", "dict", "check", "--no-default-dict", dict.toString(), out.toString());
    assertEquals(0, check.exit(), check.err());
    CliRun fixed = CliRun.run("then news nation aired", "correct", "--no-default-dict", "--dict", dict.toString(),
        "--dict", out.toString());
    assertEquals("then NewsNation aired", fixed.out().strip());
  }

  /** The README's --new-names example: a new name, and one heard as an everyday word, learned exact-only. */
  @Test
  void learn_readmeNewNamesExample_learnsDeepSeekAndQwenExactOnly() {
    Path example = Path.of("..", "examples", "learn");
    CliRun run = CliRun.run("", "learn", "--no-default-dict", "--dict", example.resolve("terms.yaml").toString(),
        "--pairs", example.resolve("new-names.jsonl").toString(), "--new-names");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("entities:\n  - canonical: \"DeepSeek\"   # 2×, e.g. ep3-01: \"deep seek released a new"
        + " model\" → \"DeepSeek released a new model.\" (heard right 0×)\n  - canonical: \"Qwen\"   # 2×, e.g. ep3-03: \"the"
        + " queen team shipped a model\" → \"The Qwen team shipped a model.\" (heard right 0×)\n    fuzzy: false   # exact"
        + " only: guessing it would take everyday words for it\n"), run.out());
  }
}
