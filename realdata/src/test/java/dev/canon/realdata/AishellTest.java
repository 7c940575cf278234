package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.CorrectionAssert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AISHELL scoring on hand-made utterances; no data files. */
class AishellTest {

  @Test
  void marked_givesOffsetsIntoTheUnmarkedText() {
    String line = "[张三]在(北京)见了<阿里巴巴>";
    assertEquals("张三在北京见了阿里巴巴", AishellData.unmarked(line));
    assertEquals(List.of(new AishellData.Occurrence(0, 2, "张三", "per"), new AishellData.Occurrence(3, 5, "北京", "loc"),
        new AishellData.Occurrence(7, 11, "阿里巴巴", "org")), AishellData.marked(line));
  }

  @Test
  void matched_leftmostLongestWithoutOverlap() {
    List<AishellData.Occurrence> found = AishellData.matched("北京大学在北京", List.of("北京", "北京大学", "大学在"),
        Map.of("北京", "loc"));
    assertEquals(List.of(new AishellData.Occurrence(0, 4, "北京大学", "name"),
        new AishellData.Occurrence(5, 7, "北京", "loc")), found);
  }

  @Test
  void charErrors_countSubstitutionsDeletionsAndInsertionsInsideASpan() {
    // ref 张三丰来了, hyp 章三x丰了: 张→章 substituted, x inserted inside the name, 来 deleted outside it.
    Alignment a = Alignment.align(UtteranceScorer.chars("张三丰来了"), UtteranceScorer.chars("章三x丰了"));
    assertEquals(2, CharErrors.inSpan(a, 0, 3));
    assertEquals(0, CharErrors.inSpan(a, 4, 5));
    assertEquals(3, CharErrors.total(a, 5));
  }

  @Test
  void scorer_fixedBrokenStillWrongNeCerAndFalsePositives() {
    AishellScorer s = new AishellScorer();
    List<AishellData.Occurrence> zhang = List.of(new AishellData.Occurrence(0, 2, "张三", "per"));
    // fixed: 章三 -> 张三
    s.score("u1", "张三来了", zhang, CorrectionAssert.valid(Fixtures.correction("章三来了", "章三", "张三")));
    // broken: 张三 -> 章三
    s.score("u2", "张三走了", zhang, CorrectionAssert.valid(Fixtures.correction("张三走了", "张三", "章三")));
    // still wrong, and an edit outside the name that the reference agrees with
    s.score("u3", "张三在北京", zhang, CorrectionAssert.valid(Fixtures.correction("章山在背景", "背景", "北京")));
    // already right: any edit is a false positive
    s.score("u4", "天气很好", List.of(), CorrectionAssert.valid(Fixtures.correction("天气很好", "天气", "天器")));
    Tally t = s.tally;
    assertEquals(3, t.entities());
    assertEquals(2, t.wrongBefore());
    assertEquals(1, t.fixed());
    assertEquals(1, t.broken());
    assertEquals(1, t.stillWrong());
    assertEquals(3, t.outside(), "u3's 背景, and every edit to the already-right u2 and u4");
    assertEquals(1, t.outsideAgreeing(), "背景 -> 北京");
    assertEquals(2, t.cleanTexts(), "u2 and u4 were right before correction");
    assertEquals(2, t.cleanEdits());
    // name chars 6; errors before 1 + 0 + 2 = 3, after 0 + 1 + 2 = 3
    assertEquals(0.5, s.neCerBefore(), 1e-9);
    assertEquals(0.5, s.neCerAfter(), 1e-9);
    assertTrue(s.report().contains("| u4 | `天气` -> `天器` | no |"), s.report());
  }

  @Test
  void run_endToEnd_withNerMarksAndSpeakerDocuments(@TempDir Path dir) throws IOException {
    write(dir.resolve("hyp.txt"), "BAC009S0001W0001 请问死羊怎么走\nBAC009S0001W0002 今天天气很好\n");
    write(dir.resolve("ref.txt"), "BAC009S0001W0001 请问泗阳怎么走\nBAC009S0001W0002 今天天气很好\n");
    write(dir.resolve("entities.txt"), "泗阳\n");
    write(dir.resolve("entities.json"), "{\"LOC\": [\"泗阳\"]}");
    write(dir.resolve("ner.txt"), "BAC009S0001W0001 请问(泗阳)怎么走\nBAC009S0001W0002 今天天气很好\n");
    for (String unit : List.of("utterance", "speaker")) {
      Run run = AishellMain.run(dir, Splits.Split.DEV, false, dir.resolve("ner.txt"), unit);
      assertEquals(1, run.summary().names(), run.report());
      assertEquals(1, run.summary().wrongBefore());
      assertEquals(1.0, run.summary().neCerBefore(), 1e-9, "死羊 for 泗阳: 2 of 2 chars wrong");
      assertEquals(run.summary().fixed(), run.summary().wrongBefore() - run.summary().stillWrong());
      assertTrue(run.alreadyNamesOnly());
    }
    assertEquals(0, AishellMain.run(dir, Splits.Split.TEST, false, null, "utterance").summary().names(),
        "the given half is dev only");
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
