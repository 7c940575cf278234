package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress estimate and summary, on a clock the test moves by hand. */
class ProgressTest {

  private long now;

  private static final long MB = 1_000_000;
  private static final long MS = 1_000_000;

  @Test
  void timeLeft_slowStartThenSteady_followsTheSteadyRate() {
    Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), false, false, () -> now);
    p.expect(300 * MB);
    long bytes = 0;
    // 5 s of warm-up at 1 MB/s, then 10 MB/s, one record every 10 ms
    for (long t = 10; t <= 20_000; t += 10) {
      now = t * MS;
      bytes += t <= 5_000 ? 10_000 : 100_000;
      p.step(bytes, Progress.Outcome.UNCHANGED);
    }
    double truth = (300 * MB - bytes) / (10.0 * MB); // 14.5 s
    double sinceStart = 20.0 / ((double) bytes / (300 * MB)) - 20.0; // 18.7 s: the old estimate
    double estimate = p.secondsLeft(now);
    assertTrue(Math.abs(estimate - truth) < 0.05 * truth, estimate + " s left, truth " + truth);
    assertTrue(Math.abs(sinceStart - truth) > 0.2 * truth, "the test should tell the two apart");
  }

  @Test
  void timeLeft_stallOfTwoSeconds_movesItLittle() {
    Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), false, false, () -> now);
    p.expect(1_000 * MB);
    long bytes = 0;
    long t = 0;
    for (; t < 30_000; t += 10) {
      now = t * MS;
      bytes += 100_000;
      p.step(bytes, Progress.Outcome.UNCHANGED);
    }
    double before = p.secondsLeft(now);
    t += 2_000; // a garbage-collection pause
    now = t * MS;
    bytes += 100_000;
    p.step(bytes, Progress.Outcome.UNCHANGED);
    double after = p.secondsLeft(now);
    assertTrue(after < before * 1.3, before + " s before the stall, " + after + " s after");
  }

  @Test
  void summary_countsEachOutcome() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), false, true, () -> now);
    p.step(10, Progress.Outcome.CHANGED);
    p.step(20, Progress.Outcome.UNCHANGED);
    p.step(21, Progress.Outcome.SKIPPED);
    p.step(30, Progress.Outcome.ERROR);
    now = 2_000 * MS;
    p.done();
    assertEquals("canon: 3 records, 1 changed, 1 error, 1 skipped in 2.0 s (1.5 records/s, 0.0 MB/s)\n",
        err.toString(StandardCharsets.UTF_8));
  }
}
