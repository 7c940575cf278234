package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code correct} reads its input: JSON Lines edge cases, invalid UTF-8, the summary line. */
class CorrectInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> records(String out) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.split("\n")) {
      records.add(JSON.readTree(line));
    }
    return records;
  }

  @Test
  void jsonl_byteOrderMark_skipped() throws IOException {
    CliRun run = CliRun.run("\uFEFF{\"id\":1,\"text\":\"CodeFus\"}\n",
        "correct", "--input-format", "jsonl", "--format", "jsonl", "--quiet");
    assertEquals(0, run.exit(), run.err());
    assertEquals("CodeFuse", records(run.out()).get(0).get("corrected").asText());
  }

  @Test
  void jsonl_blankLines_skippedNoOutputLineCountedInSummary() throws IOException {
    CliRun run = CliRun.run("{\"id\":1,\"text\":\"CodeFus\"}\n\n  \r\n{\"id\":2,\"text\":\"x\"}\n\n",
        "correct", "--input-format", "jsonl", "--format", "jsonl");
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> out = records(run.out());
    assertEquals(2, out.size());
    assertEquals(2, out.get(1).get("id").asInt());
    assertTrue(run.err().contains("3 skipped"), run.err());
  }

  @Test
  void jsonl_invalidUtf8_errorRowNamingTheLine() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes("{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"text\":\"bad ".getBytes(StandardCharsets.UTF_8));
    in.writeBytes(new byte[] {(byte) 0xE4, (byte) 0xBD});
    in.writeBytes("\"}\n{\"id\":3,\"text\":\"CodeFus\"}\n".getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.run(in.toByteArray(), "correct", "--input-format", "jsonl", "--format", "jsonl", "--quiet");
    assertEquals(1, run.exit(), run.err());
    List<JsonNode> out = records(run.out());
    assertEquals(3, out.size());
    assertTrue(out.get(1).get("error").asText().contains("UTF-8"), out.get(1).toString());
    assertEquals("CodeFuse", out.get(2).get("corrected").asText());
    assertTrue(run.err().contains("-:2: not valid UTF-8"), run.err());
  }

  @Test
  void jsonl_textAfterTheObject_errorRowWithItsId() throws IOException {
    CliRun run = CliRun.run("{\"id\":8,\"text\":\"ok\"} trailing\n{\"id\":9,\"text\":\"ok\"}\n",
        "correct", "--input-format", "jsonl", "--format", "jsonl", "--quiet");
    assertEquals(1, run.exit(), run.err());
    List<JsonNode> out = records(run.out());
    assertEquals(8, out.get(0).get("id").asInt());
    assertTrue(out.get(0).has("error"), out.get(0).toString());
    assertTrue(run.err().contains("-:1: "), run.err());
    assertEquals("ok", out.get(1).get("corrected").asText());
  }

  @Test
  void text_invalidUtf8_namesByteOffsetAndLineOthersStillCorrected(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("line one\nab".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.writeBytes("c\n".getBytes(StandardCharsets.UTF_8));
    Files.write(bad, bytes.toByteArray());
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "CodeFus", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("", "correct", "--quiet", bad.toString(), good.toString());
    assertEquals(1, run.exit());
    assertEquals("CodeFuse", run.out());
    assertTrue(run.err().contains("bad.txt:2: not valid UTF-8 at byte 11"), run.err());
  }

  @Test
  void jsonl_extraFields_passThroughUnchanged() throws IOException {
    CliRun run = CliRun.run("{\"id\":1,\"speaker\":\"A\",\"start\":1.50,\"meta\":{\"k\":[1,null]},\"text\":\"CodeFus\"}\n"
        + "{\"id\":2,\"speaker\":\"B\"}\n",
        "correct", "--input-format", "jsonl", "--format", "jsonl", "--quiet");
    List<JsonNode> out = records(run.out());
    assertEquals("A", out.get(0).get("speaker").asText());
    assertEquals("1.50", run.out().split("\n")[0].replaceAll("^.*?\"start\":([0-9.]+).*$", "$1"));
    assertEquals("{\"k\":[1,null]}", out.get(0).get("meta").toString());
    assertEquals("CodeFuse", out.get(0).get("corrected").asText());
    assertEquals("B", out.get(1).get("speaker").asText());
    assertTrue(out.get(1).has("error"));
  }

  @Test
  void jsonl_extraFieldNamedLikeCanonsOwn_isCanons() throws IOException {
    CliRun run = CliRun.run("{\"id\":1,\"corrected\":\"mine\",\"error\":false,\"text\":\"CodeFus\"}\n",
        "correct", "--input-format", "jsonl", "--format", "jsonl", "--quiet");
    JsonNode r = records(run.out()).get(0);
    assertEquals("CodeFuse", r.get("corrected").asText());
    assertTrue(!r.has("error"), r.toString());
    assertEquals(1, run.out().split("\"corrected\"", -1).length - 1, run.out());
  }

  @Test
  void jsonl_fields_chooseWhatEachRecordCarries() throws IOException {
    CliRun run = CliRun.run("{\"id\":1,\"speaker\":\"A\",\"text\":\"CodeFus\"}\n",
        "correct", "--input-format", "jsonl", "--format", "jsonl", "--quiet", "--fields", "id,corrected,edits");
    assertEquals(0, run.exit(), run.err());
    JsonNode r = records(run.out()).get(0);
    List<String> names = new ArrayList<>();
    r.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("id", "speaker", "corrected", "edits"), names);
  }

  @Test
  void fields_unknownName_usageError() {
    CliRun run = CliRun.run("", "correct", "--format", "jsonl", "--fields", "id,colour");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("colour"), run.err());
  }

  @Test
  void summary_oneLineOnStandardErrorUnlessQuiet() {
    String in = "{\"id\":1,\"text\":\"CodeFus\"}\n{\"id\":2,\"text\":\"x\"}\nnot json\n\n";
    CliRun run = CliRun.run(in, "correct", "--input-format", "jsonl", "--format", "jsonl");
    String[] err = run.err().strip().split("\n");
    String last = err[err.length - 1];
    assertTrue(last.matches("canon: 3 records, 1 changed, 1 error, 1 skipped in .*"), last);
    assertEquals("", CliRun.run(in, "correct", "--input-format", "jsonl", "--quiet").err().replaceAll("canon: -:3: .*\n", ""));
  }
}
