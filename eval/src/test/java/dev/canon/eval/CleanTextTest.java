package dev.canon.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.CorrectionAssert;
import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled dictionaries on clean prose (examples/clean, see SOURCES.md there): every change is a
 * false positive. The target is zero. {@link #KNOWN} lists the false positives the engine makes
 * today, each with its cause; a new one fails the test, and a fixed one must be removed from the
 * list (the test fails on a stale entry too), so the list only shrinks.
 */
class CleanTextTest {

  static final Path CLEAN = Path.of("..", "examples", "clean");

  /**
   * Known false positives, as {@code id from->to}. Cause: exact forms match regardless of case, so
   * the lower-case code word {@code import.meta} is "corrected" to the company name {@code Meta}.
   */
  static final Set<String> KNOWN = Set.of();

  @Test
  void bundledDictionaries_onCleanProse_makeNoChangeBeyondKnownList() throws IOException {
    List<LabelledSentence> clean = LabelledSets.readClean(CLEAN);
    long zh = clean.stream().filter(s -> s.category().contains("-zh-")).mapToLong(s -> s.text().length()).sum();
    long en = clean.stream().filter(s -> s.category().contains("-en-")).mapToLong(s -> s.text().length()).sum();
    assertTrue(zh >= 200_000 && en >= 200_000, "clean prose too small: zh=" + zh + ", en=" + en);

    Corrector corrector = Corrector.builder().addAll(BundledDictionaries.load()).build();
    for (LabelledSentence s : clean.subList(0, 50)) {
      CorrectionAssert.valid(corrector.correct(s.text()));
    }
    Report report = new Evaluator(corrector).evaluate(clean);

    Set<String> found = report.findings().stream()
        .map(f -> f.id() + " " + f.edit().from() + "->" + f.edit().to())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertEquals(new java.util.TreeSet<>(KNOWN), found,
        "false positives on clean prose changed (new ones are bugs; fixed ones: shrink KNOWN)");
    assertEquals(KNOWN.size(), report.clean().falsePositives());
  }
}
