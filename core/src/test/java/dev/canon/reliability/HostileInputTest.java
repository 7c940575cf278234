package dev.canon.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.CorrectionAssert;
import dev.canon.Corrector;
import dev.canon.dictionary.Rule;
import dev.canon.dictionary.Location;
import dev.canon.result.Correction;
import dev.canon.result.Method;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Huge and hostile inputs: they must correct completely, without stack overflow, in time that
 * grows linearly with the text. Timings are loose on purpose (a shared 2-core machine).
 */
class HostileInputTest {

  private static final Corrector MIXED = Fixtures.mixedCorrector();

  @Test
  void correct_twentyMegabyteText_correctsEveryParagraph() {
    assertCorrectedLikeItsUnits(Transcripts.UNIT, 20_000_000);
  }

  @Test
  void correct_singleLineOfFiveMillionChars_correctsEveryParagraph() {
    assertCorrectedLikeItsUnits(Transcripts.UNIT.replace('\n', ' '), 5_000_000);
  }

  /** A text of repeated units must get exactly the edits of one unit, repeated: none lost. */
  private static void assertCorrectedLikeItsUnits(String unit, int chars) {
    String text = Transcripts.repeated(unit, chars);
    Correction one = MIXED.correct(unit);
    assertTrue(one.edits().size() >= 8, () -> "the unit lost its errors: " + one.edits());
    Correction c = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> MIXED.correct(text));
    CorrectionAssert.valid(c);
    int units = text.length() / unit.length();
    assertEquals(units * one.edits().size(), c.edits().size(), "an edit was lost or added");
    assertEquals(one.corrected().repeat(units), c.corrected());
  }

  @Test
  void correct_fiveMillionLetterTokenAndDigitRun_complete() {
    for (String text : List.of("a".repeat(5_000_000), "Code" + "x".repeat(5_000_000) + " CodeFus",
        "7".repeat(5_000_000) + "1参数", "同".repeat(2_000_000) + "同意0码")) {
      Correction c = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> MIXED.correct(text));
      CorrectionAssert.valid(c);
      assertTrue(c.edits().size() <= 1, () -> "unexpected edits " + c.edits().size());
    }
  }

  @Test
  void correct_eightTimesTheText_takesAtMostSixteenTimesAsLong() {
    String small = Transcripts.repeated(Transcripts.UNIT, 1_000_000);
    String large = Transcripts.repeated(Transcripts.UNIT, 8_000_000);
    // Best of two small runs (the first also warms the JIT); the large run is repeated only when
    // it looks slow, since a shared machine is noisy and it is the expensive one.
    long smallNanos = Math.min(time(small), time(small));
    long largeNanos = time(large);
    if (largeNanos >= 16 * smallNanos) {
      largeNanos = Math.min(largeNanos, time(large));
    }
    double ratio = (double) largeNanos / smallNanos;
    String report = String.format("1 MB took %d ms, 8 MB %d ms: ratio %.1f", smallNanos / 1_000_000,
        largeNanos / 1_000_000, ratio);
    System.out.println(report);
    assertTrue(ratio < 16, report + ", not linear");
  }

  private static long time(String text) {
    long t = System.nanoTime();
    MIXED.correct(text);
    return System.nanoTime() - t;
  }

  @Test
  void correct_catastrophicRule_isAbandonedAndTheRestStillApplies() {
    Rule runaway = new Rule(Pattern.compile("(a+)+b"), "X", Location.inCode("test"));
    Corrector corrector = Corrector.builder().add(Fixtures.dictionary("hostile", List.of(),
        List.of(Fixtures.entity("codefuse", "CodeFuse", List.of("CodeFus"), List.of(), true)), List.of(runaway)))
        .build();
    assertEquals("X CodeFuse", corrector.correct("aab CodeFus").corrected(), "the rule itself works");
    String text = "a".repeat(20_000) + " CodeFus 和 " + "a".repeat(40) + "。";
    Correction c = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> corrector.correct(text));
    CorrectionAssert.valid(c);
    assertEquals(text.replace("CodeFus", "CodeFuse"), c.corrected());
    assertTrue(c.mentions().stream().noneMatch(m -> m.method() == Method.RULE));
  }
}
