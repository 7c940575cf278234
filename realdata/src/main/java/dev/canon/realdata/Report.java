package dev.canon.realdata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Renders tallies as Markdown: the results table, a details table and the top examples. */
public final class Report {

  private Report() {}

  /** The results table, one row per tally. */
  public static String table(List<Tally> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| engine | entities in ref | wrong in ASR | fixed | broken | still wrong"
        + " | changes outside entities | per 10k chars |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Tally t : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %.2f |%n",
          t.label(), t.entities(), t.wrongBefore(), t.fixed(), t.broken(), t.stillWrong(),
          t.outside(), t.outsidePer10k()));
    }
    return out.toString();
  }

  /**
   * Edits in total; changes outside entities after which the text equals the reference there
   * (the reference just did not tag the name); and edits that change letter case only.
   */
  public static String details(List<Tally> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| engine | chars | edits | outside entities, reference agrees | case-only edits"
        + " | case-only outside entities |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Tally t : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n",
          t.label(), t.chars(), t.edits(), t.outsideAgreeing(), t.caseOnly(), t.caseOnlyOutside()));
    }
    return out.toString();
  }

  /**
   * The {@code limit} most frequent example patterns, as a Markdown table: {@code from -> to},
   * entity, count, engines, and what the reference says.
   */
  public static String examples(List<Tally> rows, Function<Tally, List<Tally.Example>> pick, int limit) {
    Map<String, List<Tally.Example>> byPattern = new LinkedHashMap<>();
    for (Tally t : rows) {
      for (Tally.Example e : pick.apply(t)) {
        byPattern.computeIfAbsent(e.from() + "\u0000" + e.to() + "\u0000" + e.entity(), k -> new ArrayList<>()).add(e);
      }
    }
    List<List<Tally.Example>> patterns = new ArrayList<>(byPattern.values());
    patterns.sort(Comparator.comparingInt((List<Tally.Example> l) -> -l.size()));
    StringBuilder out = new StringBuilder();
    out.append("| # | surface -> replacement | entity | count | reference agrees | engines | reference there |\n");
    out.append("| ---: | --- | --- | ---: | ---: | --- | --- |\n");
    for (int i = 0; i < Math.min(limit, patterns.size()); i++) {
      List<Tally.Example> l = patterns.get(i);
      Tally.Example first = l.get(0);
      Set<String> engines = new LinkedHashSet<>();
      l.forEach(e -> engines.add(e.engine()));
      long agreeing = l.stream().filter(Tally.Example::agrees).count();
      out.append(String.format(Locale.ROOT, "| %d | `%s` -> `%s` | %s | %d | %d | %s | %s (%s) |%n", i + 1,
          cell(first.from()), cell(first.to()), cell(first.entity()), l.size(), agreeing, String.join(", ", engines),
          cell(first.reference()), first.call()));
    }
    if (patterns.isEmpty()) {
      out.append("| | none | | | | | |\n");
    }
    return out.toString();
  }

  private static String cell(String s) {
    if (s.isEmpty()) {
      return "(nothing)";
    }
    return s.replace("|", "\\|").replace("`", "'").replace("\n", " ");
  }
}
