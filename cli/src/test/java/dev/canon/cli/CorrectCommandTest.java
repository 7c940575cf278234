package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonl_anyInput_oneAnswerPerLineInOrderWithCodePointSpans() throws IOException {
    List<String> texts = List.of(
        "😀😀 蚂蚁集团的CodeFus推出图生代码 🚀",
        "我同意你的看法",
        "𠀀同意0码上线\r\n第二行 Lama 2 模型",
        "",
        "Mistral AI推出Mistral 8x22B, 对标GPT-3.5和Lama 2。");
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      in.append(JSON.writeValueAsString(java.util.Map.of("id", "t" + i, "text", texts.get(i)))).append('\n');
    }
    CliRun run = CliRun.run(in.toString(), "correct", "--input-format", "jsonl", "--format", "jsonl", "--quiet");
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(texts.size(), lines.length);
    for (int i = 0; i < lines.length; i++) {
      JsonNode answer = JSON.readTree(lines[i]);
      assertEquals("t" + i, answer.get("id").asText());
      String original = answer.get("original").asText();
      assertEquals(texts.get(i), original);
      int[] cps = original.codePoints().toArray();
      for (JsonNode m : answer.get("entities")) {
        String slice = new String(cps, m.get("start").asInt(), m.get("end").asInt() - m.get("start").asInt());
        assertEquals(m.get("text").asText(), slice);
      }
      StringBuilder rebuilt = new StringBuilder();
      int at = 0;
      for (JsonNode e : answer.get("edits")) {
        rebuilt.append(new String(cps, at, e.get("start").asInt() - at)).append(e.get("to").asText());
        assertEquals(e.get("from").asText(), new String(cps, e.get("start").asInt(), e.get("end").asInt() - e.get("start").asInt()));
        at = e.get("end").asInt();
      }
      rebuilt.append(new String(cps, at, cps.length - at));
      assertEquals(answer.get("corrected").asText(), rebuilt.toString());
    }
    assertTrue(lines[0].contains("\"corrected\":\"😀😀 蚂蚁集团的CodeFuse推出图生代码 🚀\""), lines[0]);
    assertTrue(lines[1].contains("\"edits\":[]"), lines[1]);
  }

  @Test
  void jsonl_brokenLines_errorLinesAndExitOne() {
    StringBuilder in = new StringBuilder();
    int broken = 0;
    for (int i = 0; i < 1000; i++) {
      if (i == 10 || i == 500 || i == 999) {
        in.append(i == 10 ? "not json" : i == 500 ? "{\"id\": 500}" : "{\"id\": 999, \"text\": 7}").append('\n');
        broken++;
      } else {
        in.append("{\"id\": ").append(i).append(", \"text\": \"CodeFus 第").append(i).append("行\"}\n");
      }
    }
    CliRun run = CliRun.run(in.toString(), "correct", "--input-format", "jsonl", "--format", "jsonl", "--threads", "2");
    assertEquals(1, run.exit());
    String[] lines = run.out().split("\n");
    assertEquals(1000, lines.length);
    long errors = java.util.Arrays.stream(lines).filter(l -> l.contains("\"error\"")).count();
    assertEquals(broken, errors);
    assertTrue(lines[500].startsWith("{\"id\":500,\"error\""), lines[500]);
    assertTrue(lines[501].startsWith("{\"id\":501,"), lines[501]);
    assertTrue(run.err().contains("-:11: not JSON"), run.err());
    assertTrue(run.err().contains("-:501: no \"text\" field"), run.err());
  }

  @Test
  void text_file_correctedTextKeepsBytes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("in.txt");
    String text = "\uFEFF第一行 CodeFus\r\n\r\n第二行\t同意0码  \n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
    CliRun run = CliRun.run("", "correct", file.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("\uFEFF第一行 CodeFuse\r\n\r\n第二行\t通义灵码  \n", run.out());
  }

  @Test
  void dict_aliasClaimedTwice_exitTwoNamingBothEntities(@TempDir Path dir) throws IOException {
    Path dict = dir.resolve("broken.yaml");
    Files.writeString(dict, String.join("\n",
        "name: broken",
        "version: 1",
        "entities:",
        "  - canonical: Llama",
        "    aliases: [Lama]",
        "  - canonical: Lama Temple",
        "    id: lama-temple",
        "    aliases: [lama]",
        ""), StandardCharsets.UTF_8);
    CliRun run = CliRun.run("x", "correct", "--no-default-dict", "--dict", dict.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("broken.yaml:8:15:"), run.err());
    assertTrue(run.err().contains("\"lama-temple\""), run.err());
    assertTrue(run.err().contains("\"llama\""), run.err());
    assertTrue(run.err().contains("line 5"), run.err());
  }

  @Test
  void usage_unknownFormat_exitTwo() {
    assertEquals(2, CliRun.run("", "correct", "--format", "xml").exit());
  }

  @Test
  void text_missingFile_othersStillProcessedExitOne(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "CodeFus", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("", "correct", dir.resolve("missing.txt").toString(), good.toString());
    assertEquals(1, run.exit());
    assertEquals("CodeFuse", run.out());
    assertTrue(run.err().contains("missing.txt: no such file"), run.err());
  }

  @Test
  void json_format_isOneDocument() throws IOException {
    CliRun run = CliRun.run("{\"id\":1,\"text\":\"CodeFus\"}\n{\"id\":2,\"text\":\"x\"}\n",
        "correct", "--input-format", "jsonl", "--format", "json");
    JsonNode doc = JSON.readTree(run.out());
    assertTrue(doc.isArray());
    assertEquals(2, doc.size());
    List<String> ids = new ArrayList<>();
    doc.forEach(n -> ids.add(n.get("id").asText()));
    assertEquals(List.of("1", "2"), ids);
  }
}
