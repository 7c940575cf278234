package dev.canon.realdata;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures Canon on CATSLU (Mandarin in-car navigation requests): a canonical-only dictionary of
 * the place-name lexicon corrects every {@code asr_1best}; prints a Markdown report.
 *
 * <pre>
 * java -cp ... dev.canon.realdata.CatsluMain --data PATH [--file train.json] [--split dev|test|all]
 *     [--names-only] [--context 导航,去,到] [--out report.md]
 * java -cp ... dev.canon.realdata.CatsluMain --data PATH --learn-then-test [--split test|dev] [--min-count 2]
 *     [--learned learned.yaml] [--out report.md]
 * </pre>
 *
 * <p>{@code --learn-then-test}: see {@link CatsluLearn}.
 */
public final class CatsluMain {

  private CatsluMain() {}

  /** Entry point; exits 2 on bad usage. */
  public static void main(String[] argv) throws IOException {
    Args args;
    Splits.Split split;
    try {
      args = new Args(argv, Set.of("--data", "--file", "--split", "--out", "--min-count", "--learned", "--context"),
          Set.of("--names-only", "--learn-then-test"));
      args.require("--data");
      split = Splits.Split.parse(args.get("--split", "dev"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: CatsluMain --data PATH [--file train.json] [--split dev|test|all] [--context W1,W2]"
          + " [--names-only] [--out report.md]");
      System.err.println("       CatsluMain --data PATH --learn-then-test [--split test|dev] [--min-count N]"
          + " [--learned learned.yaml] [--out report.md]");
      System.exit(2);
      return;
    }
    if (args.has("--learn-then-test")) {
      String learnedOut = args.get("--learned", null);
      String report;
      try {
        report = CatsluLearn.run(Path.of(args.require("--data")), args.get("--file", "train.json"), split,
            Integer.parseInt(args.get("--min-count", "2")), learnedOut == null ? null : Path.of(learnedOut));
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        System.exit(2);
        return;
      }
      System.out.print(report);
      String out = args.get("--out", null);
      if (out != null) {
        Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
      }
      return;
    }
    String context = args.get("--context", "");
    String report = run(Path.of(args.require("--data")), args.get("--file", "train.json"), split,
        args.has("--names-only"), context.isEmpty() ? List.of() : List.of(context.split(","))).report();
    System.out.print(report);
    String out = args.get("--out", null);
    if (out != null) {
      Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
    }
  }

  private static Dictionary withContext(Dictionary d, List<String> context) {
    List<dev.canon.dictionary.Entity> entities = new java.util.ArrayList<>();
    for (dev.canon.dictionary.Entity e : d.entities()) {
      entities.add(new dev.canon.dictionary.Entity(e.id(), e.canonical(), e.type(), e.aliases(), e.synonyms(),
          context, e.fuzzy(), e.location()));
    }
    return new Dictionary(d.name(), List.of(), entities, List.of(), d.name(), "in-code", java.util.Optional.empty());
  }

  /** Runs the whole evaluation and returns the report. */
  static Run run(Path data, String file, Splits.Split split, boolean namesOnly) throws IOException {
    return run(data, file, split, namesOnly, List.of());
  }

  /**
   * As above, with {@code context} words declared for every place name, as a top-level
   * {@code context:} of the dictionary declares them ({@code 导航, 去, 到} for a navigation list).
   */
  static Run run(Path data, String file, Splits.Split split, boolean namesOnly, List<String> context)
      throws IOException {
    long started = System.nanoTime();
    List<String> names = Files.readAllLines(data.resolve("lexicon/poi_name.txt"), StandardCharsets.UTF_8);
    Dictionary dictionary = NamesOnly.maybe(NameDictionary.asListed("catslu-poi", names, "poi"), namesOnly);
    if (!context.isEmpty()) {
      dictionary = withContext(dictionary, context);
    }
    Corrector corrector = Corrector.builder().add(dictionary).build();
    Tally tally = new Tally("poi_name (" + file + ", " + split + ")");
    for (CatsluData.Utterance u : CatsluData.read(data.resolve(file), split)) {
      UtteranceScorer.score(u, corrector.correct(u.asr()), tally);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    List<Tally> rows = List.of(tally);
    String report = "# Canon on CATSLU MAP (" + file + ", split " + split + (namesOnly ? ", names only" : "")
        + ")\n\n"
        + "Dictionary: " + dictionary.entities().size() + " canonical-only place names (lexicon/poi_name.txt)"
        + (context.isEmpty() ? "" : ", top-level context " + context) + ";"
        + " entities = distinct values of place slots (poi*, 起点*, 终点*, 途经点*) found in the manual"
        + " transcript (ignoring case). Run time " + String.format(Locale.ROOT, "%.1f", seconds) + " s.\n\n"
        + Report.table(rows) + "\n"
        + String.format(Locale.ROOT, "Utterances whose 1-best already equals the manual transcript"
            + " (ignoring case): %d (%d chars); edits made to them: %d, of which %d change letter case only"
            + " (%.2f edits per 10k of their chars).%n%n",
            tally.cleanTexts(), tally.cleanChars(), tally.cleanEdits(), tally.cleanCaseOnly(),
            tally.cleanChars() == 0 ? 0 : tally.cleanEdits() * 10_000.0 / tally.cleanChars())
        + "## Edits\n\n" + Report.details(rows) + "\n"
        + "## Top changes outside entities\n\n" + Report.examples(rows, Tally::outsideExamples, 20) + "\n"
        + "## Top broken entities\n\n" + Report.examples(rows, Tally::brokenExamples, 20) + "\n"
        + "## Top fixed entities\n\n" + Report.examples(rows, Tally::fixedExamples, 10) + "\n"
        + "## Top still-wrong entities\n\n" + Report.examples(rows, Tally::stillWrongExamples, 10);
    return Run.of(report, Summary.of("catslu", split, namesOnly, tally, seconds), List.of(dictionary));
  }
}
