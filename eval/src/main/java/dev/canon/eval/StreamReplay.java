package dev.canon.eval;

import dev.canon.Corrector;
import dev.canon.result.Correction;
import dev.canon.stream.StreamAnswer;
import dev.canon.stream.StreamSession;
import dev.canon.stream.StreamingCorrector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Replays segments through a {@link StreamingCorrector} and measures what a caption viewer sees.
 *
 * <ul>
 *   <li><b>flicker</b>: chars erased from the display, summed over consecutive answers of a
 *       segment ({@code len(previous) - commonPrefix(previous, next)}), for the raw ASR partials,
 *       for correcting each partial on its own, and for the streaming answers;
 *   <li><b>latency to stable</b>: for each char of the final corrected text, the steps (and
 *       seconds, when the segment has timings) from the first answer that displayed a char at its
 *       position to the first answer whose stable prefix covered it (the final answer at the
 *       latest);
 *   <li><b>final equal</b>: segments whose final answer equals {@link Corrector#correct} of the
 *       segment (corrected text, mentions and edits);
 *   <li><b>stable broken</b>: answers that changed a char inside a stable prefix declared earlier
 *       in the segment, and revocations ({@link StreamAnswer#stableRevoked()});
 *   <li><b>contract broken</b>: segments whose partials revise text before the revisable tail.
 * </ul>
 * Not thread-safe; one per run.
 */
final class StreamReplay {

  /** One segment: its final text, its partials, and its start and end in seconds (NaN when unknown). */
  record Segment(String text, List<String> partials, double start, double end) {}

  private final Corrector corrector;
  private final StreamingCorrector streaming;

  int segments;
  int partials;
  long finalChars;
  int finalEqual;
  int stableBroken;
  int revoked;
  int contractBroken;
  long flickerRaw;
  long flickerPerPartial;
  long flickerStreaming;
  long stableBeforeFinal;
  private final List<Integer> latencySteps = new ArrayList<>();
  private final List<Double> latencySeconds = new ArrayList<>();

  StreamReplay(Corrector corrector, int revisableTokens) {
    this.corrector = corrector;
    this.streaming = StreamingCorrector.of(corrector).withRevisableTokens(revisableTokens);
  }

  void replay(Segment segment) {
    segments++;
    partials += segment.partials().size();
    List<String> hypotheses = new ArrayList<>(segment.partials());
    hypotheses.add(segment.text());
    if (!keepsContract(hypotheses)) {
      contractBroken++;
    }
    StreamSession session = streaming.open();
    List<StreamAnswer> answers = new ArrayList<>();
    for (String p : segment.partials()) {
      answers.add(session.partial(p));
    }
    answers.add(session.finalize(segment.text()));
    StreamAnswer last = answers.get(answers.size() - 1);
    Correction batch = corrector.correct(segment.text());
    if (batch.corrected().equals(last.corrected()) && batch.mentions().equals(last.mentions())
        && batch.edits().equals(last.edits())) {
      finalEqual++;
    }
    finalChars += last.corrected().length();
    List<String> shown = new ArrayList<>();
    List<String> perPartial = new ArrayList<>();
    for (int k = 0; k < answers.size(); k++) {
      shown.add(answers.get(k).corrected());
      perPartial.add(corrector.correct(hypotheses.get(k)).corrected());
      if (answers.get(k).stableRevoked()) {
        revoked++;
      }
    }
    flickerRaw += erased(hypotheses);
    flickerPerPartial += erased(perPartial);
    flickerStreaming += erased(shown);
    for (int k = 0; k < answers.size(); k++) {
      String stable = answers.get(k).stableText();
      for (int j = k + 1; j < answers.size() && !answers.get(j).stableRevoked(); j++) {
        if (!answers.get(j).corrected().startsWith(stable)) {
          stableBroken++;
          break;
        }
      }
    }
    latency(segment, answers);
  }

  private void latency(Segment segment, List<StreamAnswer> answers) {
    String fin = answers.get(answers.size() - 1).corrected();
    int steps = answers.size();
    for (int i = 0; i < fin.length(); i++) {
      int appeared = 0;
      while (answers.get(appeared).corrected().length() <= i) {
        appeared++;
      }
      int stable = appeared;
      while (answers.get(stable).stable() <= i) {
        stable++;
      }
      if (stable < steps - 1) {
        stableBeforeFinal++;
      }
      latencySteps.add(stable - appeared);
      if (!Double.isNaN(segment.start())) {
        latencySeconds.add(time(segment, stable, steps) - time(segment, appeared, steps));
      }
    }
  }

  /** Partials arrive evenly over the segment's time; the final answer at its end. */
  private static double time(Segment s, int step, int steps) {
    return s.start() + (s.end() - s.start()) * (step + 1) / steps;
  }

  private static long erased(List<String> texts) {
    long n = 0;
    for (int k = 1; k < texts.size(); k++) {
      String a = texts.get(k - 1);
      String b = texts.get(k);
      int common = 0;
      while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
        common++;
      }
      n += a.length() - common;
    }
    return n;
  }

  private boolean keepsContract(List<String> hypotheses) {
    for (int i = 0; i < hypotheses.size(); i++) {
      String h = hypotheses.get(i);
      String kept = h.substring(0, StreamingCorrector.revisableFrom(h, streaming.revisableTokens()));
      for (int j = i + 1; j < hypotheses.size(); j++) {
        if (!hypotheses.get(j).startsWith(kept)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The report, a Markdown table of one row per figure. */
  String report(String name) {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(name).append(" | |\n| --- | ---: |\n");
    row(out, "segments", segments);
    row(out, "partials", partials);
    row(out, "final chars", finalChars);
    row(out, "final equal to batch correction", finalEqual + " of " + segments);
    row(out, "changes inside a stable prefix", stableBroken);
    row(out, "stable prefixes revoked", revoked);
    row(out, "segments breaking the input contract", contractBroken);
    row(out, "flicker, raw ASR partials (chars erased)", flickerRaw);
    row(out, "flicker, each partial corrected alone", flickerPerPartial);
    row(out, "flicker, streaming answers", flickerStreaming);
    row(out, "chars stable before the final answer", String.format(java.util.Locale.ROOT, "%d (%.1f%%)",
        stableBeforeFinal, 100.0 * stableBeforeFinal / Math.max(1, finalChars)));
    row(out, "latency to stable, steps: mean / p50 / p90", summary(latencySteps.stream().mapToDouble(i -> i).toArray()));
    if (!latencySeconds.isEmpty()) {
      row(out, "latency to stable, seconds: mean / p50 / p90",
          summary(latencySeconds.stream().mapToDouble(d -> d).toArray()));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String what, Object value) {
    out.append("| ").append(what).append(" | ").append(value).append(" |\n");
  }

  private static String summary(double[] values) {
    if (values.length == 0) {
      return "-";
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0);
    return String.format(java.util.Locale.ROOT, "%.1f / %.1f / %.1f", mean,
        sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]);
  }
}
