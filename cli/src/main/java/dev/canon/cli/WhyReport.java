package dev.canon.cli;

import dev.canon.result.Nearest;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The text report of {@code correct --why NAME}: one block per input, one line per span near the entity. */
final class WhyReport {

  private WhyReport() {}

  static void print(PrintStream out, String label, String text, List<Nearest> rows) {
    out.println("== " + label);
    if (rows.isEmpty()) {
      out.println("nothing in this text is near it");
      return;
    }
    for (Nearest n : rows) {
      int start = text.codePointCount(0, n.span().start());
      int end = start + text.codePointCount(n.span().start(), n.span().end());
      String score = n.score() < 0 ? "" : String.format(Locale.ROOT, ", score %.3f", n.score());
      out.printf(Locale.ROOT, "%-12s [%d, %d) \"%s\" ~ \"%s\" (similarity %.2f%s)%n      %s%n",
          n.outcome(), start, end, n.surface(), n.form(), n.similarity(), score, n.reason());
    }
  }
}
