package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code correct} writes: standard output, {@code -o}, {@code --output-dir}, {@code --in-place}. */
class CorrectOutputTest {

  static final String SRT = "1\n00:00:01,000 --> 00:00:02,000\nCodeFus 上线\n";
  static final String VTT = "WEBVTT\n\n00:01.000 --> 00:02.000\nCodeFus 上线\n";
  static final String WHISPER = "{\"segments\": [{\"start\": 0.0, \"end\": 1.0, \"text\": \" CodeFus\"}]}";

  private static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void severalSubtitles_toStandardOutput_usageErrorNothingWritten(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.srt", SRT);
    Path b = write(dir, "b.srt", SRT);
    CliRun run = CliRun.run("", "correct", "--input-format", "srt", a.toString(), b.toString());
    assertEquals(2, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().contains("--output-dir"), run.err());
  }

  @Test
  void outputDir_mixedFormats_eachFileByItsExtension(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.srt", SRT);
    Path b = write(dir, "b.vtt", VTT);
    Path c = write(dir, "c.json", WHISPER);
    Path d = write(dir, "d.txt", "同意0码");
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("", "correct", "--quiet", "--output-dir", out.toString(),
        a.toString(), b.toString(), c.toString(), d.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
    assertEquals(SRT.replace("CodeFus", "CodeFuse"), Files.readString(out.resolve("a.srt")));
    assertEquals(VTT.replace("CodeFus", "CodeFuse"), Files.readString(out.resolve("b.vtt")));
    assertEquals(WHISPER.replace("CodeFus", "CodeFuse"), Files.readString(out.resolve("c.json")));
    new ObjectMapper().readTree(Files.readString(out.resolve("c.json")));
    assertEquals("通义灵码", Files.readString(out.resolve("d.txt")));
    assertEquals(SRT, Files.readString(a), "inputs are left alone");
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(4, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void outputDir_twoInputsOfTheSameName_usageError(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("x"));
    Files.createDirectories(dir.resolve("y"));
    Path a = write(dir, "x/a.srt", SRT);
    Path b = write(dir, "y/a.srt", SRT);
    CliRun run = CliRun.run("", "correct", "--output-dir", dir.resolve("out").toString(), a.toString(), b.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("a.srt"), run.err());
  }

  @Test
  void outputFile_oneInput_writtenThere(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.srt", SRT);
    Path target = dir.resolve("fixed.srt");
    CliRun run = CliRun.run("", "correct", "--quiet", "-o", target.toString(), a.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
    assertEquals(SRT.replace("CodeFus", "CodeFuse"), Files.readString(target));
  }

  @Test
  void outputFile_onlyInputBroken_existingFileStaysAsItWas(@TempDir Path dir) throws IOException {
    Path bad = write(dir, "bad.srt", "1\n00:00:01 -> 00:00:02\nCodeFus\n");
    Path target = write(dir, "fixed.srt", "keep me");
    CliRun run = CliRun.run("", "correct", "--quiet", "-o", target.toString(), bad.toString());
    assertEquals(1, run.exit());
    assertEquals("keep me", Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void outputFile_jsonLinesFromStandardInput(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out.jsonl");
    CliRun run = CliRun.run("{\"id\":1,\"text\":\"CodeFus\"}\n", "correct", "--quiet", "--input-format", "jsonl",
        "--format", "jsonl", "-o", target.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(Files.readString(target).contains("\"corrected\":\"CodeFuse\""));
  }

  @Test
  void inPlace_rewritesEachFileAndLeavesABrokenOneAlone(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.srt", SRT);
    Path t = write(dir, "t.txt", "Lama 2 and CodeFus\r\n");
    String broken = "1\n00:00:01 -> 00:00:02\nCodeFus\n";
    Path bad = write(dir, "bad.srt", broken);
    CliRun run = CliRun.run("", "correct", "--quiet", "--in-place", a.toString(), t.toString(), bad.toString());
    assertEquals(1, run.exit(), run.err());
    assertEquals(SRT.replace("CodeFus", "CodeFuse"), Files.readString(a));
    assertEquals("Llama 2 and CodeFuse\r\n", Files.readString(t));
    assertEquals(broken, Files.readString(bad));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(3, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void inPlace_withJsonOutputOrStandardInput_usageError(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.srt", SRT);
    assertEquals(2, CliRun.run("", "correct", "--in-place", "--format", "json", a.toString()).exit());
    assertEquals(2, CliRun.run("", "correct", "--in-place").exit());
    assertEquals(2, CliRun.run("", "correct", "--in-place", "-o", dir.resolve("x").toString(), a.toString()).exit());
    assertEquals(SRT, Files.readString(a));
  }

  @Test
  void severalTextFiles_toStandardOutput_stillConcatenated(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.txt", "CodeFus\n");
    Path b = write(dir, "b.md", "同意0码\n");
    CliRun run = CliRun.run("", "correct", "--quiet", a.toString(), b.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("CodeFuse\n通义灵码\n", run.out());
  }

  @Test
  void directoryArgument_namedAsSuch(@TempDir Path dir) {
    CliRun run = CliRun.run("", "correct", "--quiet", dir.toString());
    assertEquals(1, run.exit());
    assertFalse(run.err().contains("no such file"), run.err());
    assertTrue(run.err().contains("folder"), run.err());
  }

  @Test
  void severalSubtitles_asJsonLines_fineOnStandardOutput(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.srt", SRT);
    Path b = write(dir, "b.vtt", VTT);
    CliRun run = CliRun.run("", "correct", "--quiet", "--format", "jsonl", a.toString(), b.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(2, List.of(run.out().split("\n")).size());
  }
}
