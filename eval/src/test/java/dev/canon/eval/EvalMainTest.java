package dev.canon.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMainTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EvalMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path tinySet() throws IOException {
    Files.writeString(dir.resolve("d.yaml"), """
        name: tiny
        version: 1
        entities:
          - canonical: CodeFuse
            aliases: [CodeFus]
        """);
    return Files.writeString(dir.resolve("set.jsonl"), """
        {"id": "a", "category": "alias", "text": "蚂蚁的CodeFus上线了", "expected": "蚂蚁的CodeFuse上线了"}
        // a comment line
        {"id": "b", "category": "negative", "text": "今天天气很好", "expected": "今天天气很好"}
        """);
  }

  @Test
  void run_json_scoresTinySet() throws IOException {
    Path set = tinySet();
    int status = run("--set", set.toString(), "--no-default-dict", "--dict",
        dir.resolve("d.yaml").toString(), "--format", "json");
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals(1, root.at("/categories/alias/truePositives").asInt());
    assertEquals(1.0, root.at("/labelled/precision").asDouble());
    assertEquals(2, root.at("/labelled/exact").asInt());
    assertTrue(root.at("/categories/negative/recall").isNull(), "no gold edit: recall is null");
  }

  @Test
  void run_table_hasRowPerCategory() throws IOException {
    Path set = tinySet();
    assertEquals(0, run("--set", set.toString(), "--no-default-dict", "--dict",
        dir.resolve("d.yaml").toString()));
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("| alias | 1 | 1 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 | 1.000 | 0.0 |"), table);
  }

  @Test
  void run_badUsage_exits2() {
    assertEquals(2, run("--frobnicate"));
    assertEquals(2, run("--dict", "x.yaml"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
  }

  @Test
  void run_malformedSetLine_exits1AndNamesLine() throws IOException {
    Path set = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\", \"category\": \"c\", \"text\": \"x\"}\n");
    assertEquals(1, run("--set", set.toString(), "--no-default-dict"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.jsonl:1: field \"expected\""),
        err.toString(StandardCharsets.UTF_8));
  }
}
