package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PartialsRunTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void partials_twoStreams_oneAnswerPerLineAndFinalEqualsBatch() throws Exception {
    String in = String.join("\n",
        "{\"stream\":\"a\",\"text\":\"阿里云的同意\",\"final\":false}",
        "{\"stream\":7,\"text\":\"Anthropic released Cloud\"}",
        "{\"stream\":\"a\",\"text\":\"阿里云的同意0码上线\",\"final\":false}",
        "{\"stream\":7,\"text\":\"Anthropic released Cloud 3 Opus\",\"final\":true}",
        "{\"stream\":\"a\",\"text\":\"阿里云的同意0码上线了\",\"final\":true}") + "\n";
    CliRun run = CliRun.run(in, "correct", "--input-format", "partials");
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> out = lines(run.out());
    assertEquals(5, out.size());
    assertEquals("a", out.get(0).get("stream").asText());
    assertEquals("阿里云的同意", out.get(0).get("corrected").asText());
    assertEquals(7, out.get(1).get("stream").asInt());
    assertEquals("阿里云的通义灵码上线", out.get(2).get("corrected").asText());
    assertEquals("通义灵码", out.get(2).get("entities").get(1).get("canonical").asText());
    assertFalse(out.get(2).get("final").asBoolean());
    JsonNode last = out.get(4);
    assertTrue(last.get("final").asBoolean());
    assertEquals(last.get("corrected").asText().codePointCount(0, last.get("corrected").asText().length()),
        last.get("stable").asInt());
    JsonNode batch = lines(CliRun.run("{\"id\":1,\"text\":\"阿里云的同意0码上线了\"}\n",
        "correct", "--input-format", "jsonl", "--format", "jsonl").out()).get(0);
    assertEquals(batch.get("corrected"), last.get("corrected"));
    assertEquals(batch.get("edits"), last.get("edits"));
    assertEquals("Anthropic released Claude 3 Opus", out.get(3).get("corrected").asText());
  }

  @Test
  void partials_badLines_errorLineForEachAndExitOne() {
    String in = String.join("\n", "{\"stream\":1,\"text\":5}", "not json",
        "{\"stream\":1,\"text\":\"ok\",\"final\":\"yes\"}", "{\"stream\":1,\"text\":\"ok\"}") + "\n";
    CliRun run = CliRun.run(in, "correct", "--input-format", "partials");
    assertEquals(1, run.exit());
    List<JsonNode> out = lines(run.out());
    assertEquals(4, out.size());
    assertTrue(out.get(0).get("error").asText().contains("\"text\" must be a string"), out.get(0).toString());
    assertTrue(out.get(1).get("error").asText().startsWith("not JSON"));
    assertTrue(out.get(2).get("error").asText().contains("\"final\" must be true or false"));
    assertEquals("ok", out.get(3).get("corrected").asText());
    assertTrue(run.err().contains("-:1: "), run.err());
  }

  /** Each answer is out before the next line comes in: a caption cannot wait for the end of input. */
  @Test
  void partials_answerFlushedBeforeNextLineArrives() throws Exception {
    synchronized (CliRun.class) {
      InputStream oldIn = System.in;
      PrintStream oldOut = System.out;
      PipedOutputStream feed = new PipedOutputStream();
      PipedInputStream answers = new PipedInputStream(1 << 16);
      ExecutorService cli = Executors.newSingleThreadExecutor();
      try {
        System.setIn(new PipedInputStream(feed, 1 << 16));
        System.setOut(new PrintStream(new PipedOutputStream(answers), true, StandardCharsets.UTF_8));
        Future<Integer> exit = cli.submit(() -> Main.run(new String[] {"correct", "--input-format", "partials"}));
        BufferedReader reader = new BufferedReader(new InputStreamReader(answers, StandardCharsets.UTF_8));
        feed.write("{\"stream\":\"s\",\"text\":\"Meta released Lama 2\"}\n".getBytes(StandardCharsets.UTF_8));
        feed.flush();
        String first = reader.readLine(); // input still open: only a flushed answer can be read
        assertEquals("Meta released Llama 2", MAPPER.readTree(first).get("corrected").asText());
        feed.close();
        assertEquals(0, exit.get(60, TimeUnit.SECONDS));
      } finally {
        System.setIn(oldIn);
        System.setOut(oldOut);
        cli.shutdownNow();
      }
    }
  }

  private static List<JsonNode> lines(String out) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        try {
          nodes.add(MAPPER.readTree(line));
        } catch (Exception e) {
          throw new AssertionError("not JSON: " + line, e);
        }
      }
    }
    return nodes;
  }
}
