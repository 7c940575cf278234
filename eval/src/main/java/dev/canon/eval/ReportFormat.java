package dev.canon.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link Report} as a Markdown table or as JSON. Stateless, thread-safe. */
public final class ReportFormat {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportFormat() {}

  /**
   * A Markdown table, one row per category, then the labelled total and the clean-text total, then
   * the first {@code maxFindings} findings.
   */
  public static String table(Report report, int maxFindings) {
    StringBuilder out = new StringBuilder();
    out.append("| category | sentences | gold edits | TP | FP | FN | precision | recall | F1 "
        + "| sentence acc. | FP/100k chars |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Map.Entry<String, Score> e : report.categories().entrySet()) {
      row(out, e.getKey(), e.getValue());
    }
    if (report.labelled().sentences() > 0) {
      row(out, "**all labelled**", report.labelled());
    }
    if (report.clean().sentences() > 0) {
      row(out, "**all clean text**", report.clean());
    }
    int shown = Math.min(maxFindings, report.findings().size());
    if (shown > 0) {
      out.append("\nFirst ").append(shown).append(" of ").append(report.findings().size())
          .append(" findings:\n");
      for (Finding f : report.findings().subList(0, shown)) {
        out.append("- ").append(f.kind() == Finding.Kind.MISS ? "MISS " : "FP   ")
            .append(f.id()).append(" [").append(f.category()).append("] ")
            .append(f.edit()).append("  in: ").append(shorten(f.text(), f.edit()))
            .append(f.kind() == Finding.Kind.MISS || f.text().length() > 80 ? ""
                : "  got: " + f.corrected())
            .append('\n');
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String name, Score s) {
    out.append("| ").append(name).append(" | ").append(s.sentences()).append(" | ")
        .append(s.goldEdits()).append(" | ").append(s.truePositives()).append(" | ")
        .append(s.falsePositives()).append(" | ").append(s.falseNegatives()).append(" | ")
        .append(fmt(s.precision())).append(" | ").append(fmt(s.recall())).append(" | ")
        .append(fmt(s.f1())).append(" | ").append(fmt(s.sentenceAccuracy())).append(" | ")
        .append(Double.isNaN(s.falsePositivesPer100k()) ? "-"
            : String.format(Locale.ROOT, "%.1f", s.falsePositivesPer100k()))
        .append(" |\n");
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Up to 30 chars either side of the edit, so long clean-text lines stay readable. */
  private static String shorten(String text, TextEdit e) {
    int from = Math.max(0, e.start() - 30);
    int to = Math.min(text.length(), e.end() + 30);
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
  }

  /** The report as one JSON object: {@code categories}, {@code labelled}, {@code clean}, {@code findings}. */
  public static String json(Report report) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode categories = root.putObject("categories");
    report.categories().forEach((name, s) -> put(categories.putObject(name), s));
    put(root.putObject("labelled"), report.labelled());
    put(root.putObject("clean"), report.clean());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode o = findings.addObject();
      o.put("kind", f.kind() == Finding.Kind.MISS ? "miss" : "false-positive");
      o.put("id", f.id());
      o.put("category", f.category());
      o.put("start", f.edit().start());
      o.put("end", f.edit().end());
      o.put("from", f.edit().from());
      o.put("to", f.edit().to());
      o.put("text", f.text());
      o.put("corrected", f.corrected());
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ObjectNode o, Score s) {
    o.put("sentences", s.sentences());
    o.put("exact", s.exact());
    o.put("truePositives", s.truePositives());
    o.put("falsePositives", s.falsePositives());
    o.put("falseNegatives", s.falseNegatives());
    o.put("chars", s.chars());
    number(o, "precision", s.precision());
    number(o, "recall", s.recall());
    number(o, "f1", s.f1());
    number(o, "sentenceAccuracy", s.sentenceAccuracy());
    number(o, "falsePositivesPer100k", s.falsePositivesPer100k());
  }

  private static void number(ObjectNode o, String name, double v) {
    if (Double.isNaN(v)) {
      o.putNull(name);
    } else {
      o.put(name, v);
    }
  }
}
