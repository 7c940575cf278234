package dev.canon.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The measures on a mini set whose counts were worked out by hand. */
class EvaluatorTest {

  // text, expected, what a corrector made of it
  static final String[][] MINI = {
      // one of two gold edits made: TP 1, FN 1
      {"x", "同意0码和CodeFus都上线了", "通义灵码和CodeFuse都上线了", "通义灵码和CodeFus都上线了"},
      // right: TP 1, exact
      {"x", "Lama 2 is open", "Llama 2 is open", "Llama 2 is open"},
      // wrong replacement of a gold span: FP 1, FN 1
      {"x", "GECCO model", "Gecko model", "Gemma model"},
      // negative rewritten: FP 1
      {"neg", "我同意你的看法", "我同意你的看法", "我通义你的看法"},
      // negative left alone: exact
      {"neg", "the mistral wind", "the mistral wind", "the mistral wind"},
  };

  static Report score() {
    Map<String, Score> categories = new TreeMap<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < MINI.length; i++) {
      String[] row = MINI[i];
      LabelledSentence s = new LabelledSentence("s" + i, row[0], row[1], row[2]);
      categories.merge(row[0], Evaluator.score(s, row[3], findings), Score::plus);
    }
    return new Report(new TreeMap<>(categories), findings);
  }

  @Test
  void score_miniSet_countsByHand() {
    Report r = score();
    Score x = r.category("x");
    assertEquals(3, x.sentences());
    assertEquals(2, x.truePositives());
    assertEquals(1, x.falsePositives());
    assertEquals(2, x.falseNegatives());
    assertEquals(4, x.goldEdits());
    assertEquals(1, x.exact());
    assertEquals(2.0 / 3, x.precision(), 1e-9);
    assertEquals(0.5, x.recall(), 1e-9);
    assertEquals(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), x.f1(), 1e-9);

    Score neg = r.category("neg");
    assertEquals(1, neg.falsePositives());
    assertEquals(0, neg.precision(), 1e-9);
    assertTrue(Double.isNaN(neg.recall()), "no gold edit: recall undefined");
    assertEquals(0.5, neg.sentenceAccuracy(), 1e-9);
    long chars = "我同意你的看法".length() + "the mistral wind".length();
    assertEquals(chars, neg.chars());
    assertEquals(100_000.0 / chars, neg.falsePositivesPer100k(), 1e-9);

    Score all = r.labelled();
    assertEquals(5, all.sentences());
    assertEquals(0.5, all.precision(), 1e-9);
    assertEquals(0.5, all.recall(), 1e-9);
    assertEquals(0.5, all.f1(), 1e-9);
    assertEquals(0.4, all.sentenceAccuracy(), 1e-9);
  }

  @Test
  void score_miniSet_listsEveryMissAndFalsePositive() {
    List<String> got = score().findings().stream()
        .map(f -> f.kind() + " " + f.id() + " " + f.edit().from() + "->" + f.edit().to())
        .toList();
    assertEquals(List.of(
        "MISS s0 CodeFus->CodeFuse",
        "FALSE_POSITIVE s2 GECCO->Gemma",
        "MISS s2 GECCO->Gecko",
        "FALSE_POSITIVE s3 同意->通义"), got);
  }

  @Test
  void cleanSentences_oneNegativePerNonBlankLine() {
    List<LabelledSentence> s = Evaluator.cleanSentences("doc", "第一行\n\n second line\r\n");
    assertEquals(2, s.size());
    assertEquals("doc:3", s.get(1).id());
    assertEquals("clean-doc", s.get(1).category());
    assertEquals(" second line", s.get(1).text());
    assertTrue(s.get(1).negative());
  }
}
