package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transcript formats, dict check warnings and the synthetic-noise report on the CLI. */
class MoreCommandsTest {

  @Test
  void srt_mentionAcrossCues_writtenBackWithTimings(@TempDir Path dir) throws IOException {
    Path srt = dir.resolve("talk.srt");
    String input = "1\r\n00:00:01,000 --> 00:00:02,000\r\n阿里云的同意\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,500\r\n0码上线了\r\n";
    Files.writeString(srt, input, StandardCharsets.UTF_8);
    CliRun run = CliRun.run("", "correct", "--input-format", "srt", srt.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("1\r\n00:00:01,000 --> 00:00:02,000\r\n阿里云的通义灵码\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,500\r\n上线了\r\n",
        run.out());
  }

  @Test
  void srt_malformed_exitOneNothingWritten(@TempDir Path dir) throws IOException {
    Path srt = dir.resolve("bad.srt");
    Files.writeString(srt, "1\n00:00:01 -> 00:00:02\nCodeFus\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("", "correct", "--input-format", "srt", srt.toString());
    assertEquals(1, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().contains("line 2"), run.err());
  }

  @Test
  void dictCheck_warnings_namedWithLineExitZero(@TempDir Path dir) throws IOException {
    Path dict = dir.resolve("mine.yaml");
    Files.writeString(dict, "name: mine\nversion: 1\nentities:\n  - {canonical: Gecko Lab, aliases: [gecko]}\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.run("", "dict", "check", "--no-default-dict", dict.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("mine.yaml:4:38: warning [everyday-word] alias \"gecko\""), run.err());
  }

  @Test
  void dictCheck_broken_exitTwoWithLine(@TempDir Path dir) throws IOException {
    Path dict = dir.resolve("broken.yaml");
    Files.writeString(dict, "name: broken\nversion: 1\nentities:\n  - {canonical: A, alias: [b]}\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.run("", "dict", "check", dict.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("broken.yaml:4:") && run.err().contains("unknown key"), run.err());
  }

  @Test
  void evalSynthesize_reportsRecallPerNoiseKind(@TempDir Path dir) throws IOException {
    Path dict = dir.resolve("mine.yaml");
    Files.writeString(dict, "name: mine\nversion: 1\nentities:\n  - {canonical: 通义灵码}\n  - {canonical: CodeFuse 2}\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.run("", "eval", "--synthesize", dict.toString(), "--per-entity", "4");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("| noise | variants | fixed | wrong | recall |"), run.out());
    assertTrue(run.out().contains("| **all** | 8 |"), run.out());
  }
}
