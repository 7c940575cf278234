package dev.canon.realdata;

import java.util.List;
import java.util.Locale;

/**
 * One data set's headline figures for {@link RealdataMain}'s table.
 *
 * @param dataSet e.g. {@code earnings21 oracle}
 * @param split dev, test or all
 * @param namesOnly whether the dictionary was reduced to names only
 * @param names entity (name) occurrences scored
 * @param wrongBefore of those, wrong in the ASR text
 * @param fixed wrong before, right after
 * @param broken right before, wrong after
 * @param stillWrong wrong before and after
 * @param outside edits outside every scored name (and every edit to an already-right text)
 * @param chars chars of ASR text
 * @param neCerBefore entity character error rate of the ASR text, NaN where not measured
 * @param neCerAfter the same after correction, NaN where not measured
 * @param seconds the run's wall time
 */
public record Summary(String dataSet, String split, boolean namesOnly, int names, int wrongBefore, int fixed,
    int broken, int stillWrong, int outside, long chars, double neCerBefore, double neCerAfter, double seconds) {

  /** A summary of a tally without NE-CER. */
  static Summary of(String dataSet, Splits.Split split, boolean namesOnly, Tally t, double seconds) {
    return of(dataSet, split, namesOnly, t, Double.NaN, Double.NaN, seconds);
  }

  /** A summary of a tally with NE-CER before and after. */
  static Summary of(String dataSet, Splits.Split split, boolean namesOnly, Tally t, double neCerBefore,
      double neCerAfter, double seconds) {
    return new Summary(dataSet, split.toString(), namesOnly, t.entities(), t.wrongBefore(), t.fixed(), t.broken(),
        t.stillWrong(), t.outside(), t.chars(), neCerBefore, neCerAfter, seconds);
  }

  /** Changes outside names per 10,000 chars of ASR text. */
  public double outsidePer10k() {
    return chars == 0 ? 0 : outside * 10_000.0 / chars;
  }

  /** The summaries as one Markdown table. */
  public static String table(List<Summary> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| data set | split | dictionary | names | wrong in ASR | fixed | broken | still wrong"
        + " | outside changes | per 10k chars | NE-CER before → after | s |\n");
    out.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |\n");
    for (Summary s : rows) {
      String neCer = Double.isNaN(s.neCerBefore) ? "" : String.format(Locale.ROOT, "%.2f%% → %.2f%%",
          100 * s.neCerBefore, 100 * s.neCerAfter);
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %d | %d | %d | %d | %.2f | %s | %.1f |%n",
          s.dataSet, s.split, s.namesOnly ? "names only" : "full", s.names, s.wrongBefore, s.fixed, s.broken,
          s.stillWrong, s.outside, s.outsidePer10k(), neCer, s.seconds));
    }
    return out.toString();
  }
}
