package dev.canon.realdata;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.result.Correction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures Canon on Earnings-21: builds a canonical-only dictionary from a name list, corrects
 * every engine's transcript of every call that has a reference, and prints a Markdown report.
 *
 * <pre>
 * java -cp ... dev.canon.realdata.Earnings21Main --data PATH [--list oracle|distractor|reference]
 *     [--split dev|test|all] [--names-only] [--engines a,b] [--out report.md]
 * </pre>
 */
public final class Earnings21Main {

  private Earnings21Main() {}

  /** Entry point; exits 2 on bad usage. */
  public static void main(String[] argv) throws IOException {
    Args args;
    Splits.Split split;
    try {
      args = new Args(argv, Set.of("--data", "--list", "--split", "--engines", "--out"),
          Set.of("--names-only"));
      args.require("--data");
      split = Splits.Split.parse(args.get("--split", "dev"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: Earnings21Main --data PATH [--list oracle|distractor|reference]"
          + " [--split dev|test|all] [--names-only] [--engines a,b] [--out report.md]");
      System.exit(2);
      return;
    }
    String engines = args.get("--engines", null);
    String report = run(Path.of(args.require("--data")), args.get("--list", "oracle"), split,
        args.has("--names-only"), engines == null ? null : Set.of(engines.split(","))).report();
    System.out.print(report);
    String out = args.get("--out", null);
    if (out != null) {
      Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
    }
  }

  /**
   * Runs the evaluation on the calls of one split and returns the report. All references spell
   * the names of a bias list; the {@code reference} list takes the entities of the split's calls.
   */
  static Run run(Path data, String list, Splits.Split split, boolean namesOnly) throws IOException {
    return run(data, list, split, namesOnly, null);
  }

  /** The evaluation on the given engines only ({@code null}: all of them), for quicker runs. */
  static Run run(Path data, String list, Splits.Split split, boolean namesOnly, Set<String> only)
      throws IOException {
    long started = System.nanoTime();
    Earnings21Data folder = new Earnings21Data(data);
    List<Reference> refs = folder.references();
    Map<String, Reference> byId = new HashMap<>();
    refs.forEach(r -> byId.put(r.id(), r));
    List<Reference> inSplit = refs.stream().filter(r -> split.includes(Splits.earnings21Test(r.id()))).toList();
    Dictionary dictionary = NamesOnly.maybe(
        NameDictionary.build("earnings21-" + list, folder.names(list, inSplit), refs), namesOnly);
    Corrector corrector = Corrector.builder().add(dictionary).build();
    List<Tally> rows = new ArrayList<>();
    Tally all = new Tally("all engines");
    long correcting = 0;
    for (String engine : folder.engines()) {
      if (only != null && !only.contains(engine)) {
        continue;
      }
      Tally tally = new Tally(engine);
      for (Path file : folder.hypotheses(engine)) {
        Reference ref = byId.get(Earnings21Data.stem(file, ".nlp"));
        if (ref == null || !split.includes(Splits.earnings21Test(ref.id()))) {
          continue;
        }
        String text = NlpFile.text(NlpFile.read(file));
        long before = System.nanoTime();
        Correction c = corrector.correct(text);
        correcting += System.nanoTime() - before;
        CallScorer.score(engine, ref, c, tally);
      }
      all.addAll(tally);
      rows.add(tally);
    }
    rows.add(all);
    double seconds = (System.nanoTime() - started) / 1e9;
    List<String> calls = inSplit.stream().map(Reference::id).toList();
    String title = list + " list, split " + split + (namesOnly ? ", names only" : "") + ": calls "
        + String.join(", ", calls);
    return Run.of(render(list, title, dictionary, rows, seconds, correcting / 1e9),
        Summary.of("earnings21 " + list, split, namesOnly, all, seconds), List.of(dictionary));
  }

  private static String render(String list, String title, Dictionary dictionary, List<Tally> rows, double seconds,
      double correcting) {
    List<Tally> engines = rows.subList(0, rows.size() - 1);
    return "# Canon on Earnings-21 (" + title + ")\n\n"
        + "Dictionary: " + dictionary.entities().size() + " canonical-only names from the " + list
        + " list; entities = reference words tagged ORG, PERSON, GPE, LOC, NORP, FAC, PRODUCT, EVENT,"
        + " WORK_OF_ART or LAW. Run time " + String.format(java.util.Locale.ROOT, "%.1f s, of which"
            + " Canon's correct() %.1f s", seconds, correcting) + ".\n\n"
        + Report.table(rows) + "\n"
        + "## Edits\n\n" + Report.details(rows) + "\n"
        + "## Top changes outside entities\n\n" + Report.examples(engines, Tally::outsideExamples, 20) + "\n"
        + "## Top case-only edits outside entities\n\n"
        + Report.examples(engines, Tally::caseOnlyOutsideExamples, 10) + "\n"
        + "## Top broken entities\n\n" + Report.examples(engines, Tally::brokenExamples, 20) + "\n"
        + "## Top fixed entities\n\n" + Report.examples(engines, Tally::fixedExamples, 10) + "\n"
        + "## Top still-wrong entities\n\n" + Report.examples(engines, Tally::stillWrongExamples, 10);
  }
}
