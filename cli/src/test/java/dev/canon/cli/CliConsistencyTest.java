package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** One usage style, one version, help on every subcommand (issue 16, defect 6). */
class CliConsistencyTest {

  /** Every command and subcommand, as the words typed after {@code canon}. */
  static Stream<String> commands() {
    List<String> out = new ArrayList<>();
    collect(new CommandLine(new Main()), "", out);
    return out.stream();
  }

  private static void collect(CommandLine line, String prefix, List<String> out) {
    line.getSubcommands().forEach((name, sub) -> {
      String words = (prefix + " " + name).trim();
      out.add(words);
      collect(sub, words, out);
    });
  }

  @ParameterizedTest
  @MethodSource("commands")
  void help_everySubcommand_printsItsUsageExitZero(String words) {
    List<String> args = new ArrayList<>(List.of(words.split(" ")));
    args.add("--help");
    CliRun run = CliRun.run("", args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Usage: canon " + words), run.out());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void unknownOption_everySubcommand_oneUsageStyleExitTwo(String words) {
    List<String> args = new ArrayList<>(List.of(words.split(" ")));
    args.add("--no-such-option");
    CliRun run = CliRun.run("", args.toArray(String[]::new));
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().startsWith("canon " + words + ": "), run.err());
    assertTrue(run.err().contains("Try 'canon " + words + " --help'"), run.err());
  }

  @Test
  void noSubcommand_canonAndDict_bothUsageErrors() {
    for (String[] args : List.of(new String[0], new String[] {"dict"})) {
      CliRun run = CliRun.run("", args);
      String words = String.join(" ", List.of("canon") ) + (args.length == 0 ? "" : " dict");
      assertEquals(2, run.exit(), run.err());
      assertTrue(run.err().startsWith(words + ": "), run.err());
      assertTrue(run.err().contains("Try '" + words + " --help'"), run.err());
    }
  }

  @Test
  void evalHelp_listsEveryOption() {
    CliRun run = CliRun.run("", "eval", "--help");
    for (String option : List.of("--set", "--clean", "--dict", "--no-default-dict", "--format", "--findings",
        "--synthesize", "--per-entity", "--seed", "--worst")) {
      assertTrue(run.out().lines().anyMatch(l -> l.trim().startsWith(option + "=") || l.trim().startsWith(option + " ")
          || l.trim().equals(option)), option + " is not in the option list:\n" + run.out());
    }
  }

  @Test
  void eval_missingSetFile_saysWhatIsMissing(@TempDir Path dir) {
    String missing = dir.resolve("missing.jsonl").toString();
    CliRun run = CliRun.run("", "eval", "--set", missing);
    assertEquals(2, run.exit(), run.err());
    assertEquals("canon eval: --set " + missing + ": no such file\nTry 'canon eval --help' for more information.\n",
        run.err());
  }

  @Test
  void eval_withoutArguments_usesTheCanonUsageStyle() {
    CliRun run = CliRun.run("", "eval");
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().startsWith("canon eval: give --set FILE"), run.err());
    assertFalse(run.err().contains("EvalMain"), run.err());
  }

  @Test
  void dictHelp_describesCheckInOneWholeSentence() {
    CliRun run = CliRun.run("", "dict", "--help");
    String check = run.out().lines().filter(l -> l.trim().startsWith("check")).findFirst().orElseThrow();
    assertTrue(check.trim().endsWith("."), check);
  }

  @Test
  void version_isTheBuildVersion() {
    CliRun run = CliRun.run("", "-V");
    assertEquals(0, run.exit());
    String expected = System.getProperty("canon.expected.version");
    assertTrue(expected != null && !expected.isBlank(), "surefire passes canon.expected.version");
    assertEquals("canon " + expected + "\n", run.out());
  }

  @Test
  void dictCheck_oneEntity_isSingular(@TempDir Path dir) throws IOException {
    Path dict = Files.writeString(dir.resolve("one.yaml"), "name: one\nversion: 1\nentities:\n  - {canonical: CodeFuse Pro}\n");
    CliRun run = CliRun.run("", "dict", "check", "--no-default-dict", dict.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(dict + ": ok, 1 entity\n", run.out());
  }
}
