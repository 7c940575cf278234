package dev.canon.realdata;

import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.Dictionary;
import dev.canon.result.Correction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures Canon's main job: the bundled dictionaries (ai-news) on Whisper transcripts of the
 * Practical AI podcast. Per episode, strips the Whisper timestamps, corrects the episode as one
 * document (segments one a line) or each segment alone, aligns the words with the human
 * transcript and scores every reference name (see {@link PracticalAiScorer}).
 *
 * <pre>
 * java -cp ... dev.canon.realdata.PracticalAiMain --data PATH [--split dev|test|all] [--names-only]
 *     [--unit episode|segment] [--out report.md]
 * </pre>
 */
public final class PracticalAiMain {

  private static final String USAGE = "usage: PracticalAiMain --data PATH [--split dev|test|all] [--names-only]"
      + " [--unit episode|segment] [--out report.md]";

  private PracticalAiMain() {}

  /** Entry point; exits 2 on bad usage. */
  public static void main(String[] argv) throws IOException {
    Args args;
    Splits.Split split;
    String unit;
    try {
      args = new Args(argv, Set.of("--data", "--split", "--unit", "--out"), Set.of("--names-only"));
      args.require("--data");
      split = Splits.Split.parse(args.get("--split", "dev"));
      unit = args.get("--unit", "episode");
      if (!unit.equals("episode") && !unit.equals("segment")) {
        throw new IllegalArgumentException("--unit must be episode or segment; got " + unit);
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Run run = run(Path.of(args.require("--data")), split, args.has("--names-only"), unit,
        BundledDictionaries.load());
    System.out.print(run.report());
    String out = args.get("--out", null);
    if (out != null) {
      Files.writeString(Path.of(out), run.report(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Runs the evaluation with {@code dictionaries} (reduced to names only when asked); reference
   * names are found with the full dictionaries' canonicals and synonyms, which names-only keeps.
   */
  static Run run(Path data, Splits.Split split, boolean namesOnly, String unit, List<Dictionary> dictionaries)
      throws IOException {
    long started = System.nanoTime();
    List<Dictionary> used = namesOnly ? NamesOnly.of(dictionaries) : dictionaries;
    Corrector corrector = Corrector.builder().addAll(used).build();
    PracticalAiScorer scorer = new PracticalAiScorer(dictionaries);
    List<String> episodes = new ArrayList<>();
    for (String episode : PracticalAiData.episodes(data)) {
      if (!split.includes(Splits.practicalAiTest(episode))) {
        continue;
      }
      episodes.add(episode);
      List<String> segments = PracticalAiData.segments(data, episode);
      Correction c = unit.equals("episode")
          ? corrector.correct(String.join("\n", segments))
          : Lines.join(segments.stream().map(corrector::correct).toList());
      scorer.score(episode, PracticalAiData.reference(data, episode), c);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Tally t = scorer.tally;
    List<Tally> rows = List.of(t);
    int entities = used.stream().mapToInt(d -> d.entities().size()).sum();
    String report = "# Canon on Practical AI (Whisper), split " + split + ", "
        + (namesOnly ? "names only" : "full dictionaries") + "\n\n"
        + "Dictionaries: " + String.join(", ", used.stream().map(Dictionary::name).toList()) + " (" + entities
        + " entities" + (namesOnly ? "; aliases, rules, context and keep removed" : "") + "). Episodes: "
        + String.join(", ", episodes) + ", each corrected " + (unit.equals("episode") ? "as one document"
            : "segment by segment") + String.format(Locale.ROOT, ". Run time %.1f s.%n%n", seconds)
        + Report.table(rows) + "\n"
        + String.format(Locale.ROOT, "Edits %d, of which %d change letter case only; other edits %d"
            + " (%d case only, %d write what the reference says there). Reference names not counted because"
            + " the reference does not spell them as the dictionary does: %d.%n%n",
            t.edits(), t.caseOnly(), t.outside(), t.caseOnlyOutside(), t.outsideAgreeing(), scorer.uncounted.size())
        + "## Other edits (all, for review)\n\n" + list(scorer.others) + "\n"
        + "## Broken names (all)\n\n" + Report.examples(rows, Tally::brokenExamples, Integer.MAX_VALUE) + "\n"
        + "## Fixed names (all)\n\n" + Report.examples(rows, Tally::fixedExamples, Integer.MAX_VALUE) + "\n"
        + "## Still-wrong names (all)\n\n" + Report.examples(rows, Tally::stillWrongExamples, Integer.MAX_VALUE)
        + "\n## Uncounted reference names (the reference's spelling is not the dictionary's)\n\n"
        + Report.examples(List.of(uncountedTally(scorer)), Tally::stillWrongExamples, 40);
    return Run.of(report, Summary.of("practical ai", split, namesOnly, t, seconds), used);
  }

  private static Tally uncountedTally(PracticalAiScorer scorer) {
    Tally t = new Tally("uncounted");
    t.stillWrongExamples.addAll(scorer.uncounted);
    return t;
  }

  /** The other edits as a Markdown table, with what the hypothesis and the reference say there. */
  static String list(List<Tally.Example> examples) {
    StringBuilder out = new StringBuilder("| episode | surface -> replacement | entity | reference agrees"
        + " | hypothesis there / reference there |\n| --- | --- | --- | ---: | --- |\n");
    for (Tally.Example e : examples) {
      out.append("| ").append(e.call()).append(" | `").append(e.from()).append("` -> `").append(e.to())
          .append("` | ").append(e.entity()).append(" | ").append(e.agrees() ? "yes" : "no").append(" | ")
          .append(e.reference().replace("|", "\\|").replace("\n", " ")).append(" |\n");
    }
    if (examples.isEmpty()) {
      out.append("| | none | | | |\n");
    }
    return out.toString();
  }
}
