package dev.canon.realdata;

import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.learn.Learned;
import dev.canon.learn.LearnedYaml;
import dev.canon.learn.Learner;
import dev.canon.learn.Pair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Learn-then-test on the Practical AI podcast, "next week's episode": for each of the four
 * episodes, {@code canon learn} reads the three others (Whisper output against the human
 * transcript), and the episode is corrected as one document with the dictionaries alone and with
 * the learned file on top. Scored as {@link PracticalAiMain} scores, with the names of the
 * dictionaries and the learned new names (the same names both times, so a learned name fixed
 * counts, and a learned name that breaks counts too); every other edit is listed for review.
 *
 * <pre>
 * java -cp ... dev.canon.realdata.PracticalAiLearnMain --data PATH [--names-only] [--new-names]
 *     [--min-count 2] [--out report.md]
 * </pre>
 */
public final class PracticalAiLearnMain {

  private static final String USAGE =
      "usage: PracticalAiLearnMain --data PATH [--names-only] [--new-names] [--min-count N] [--out report.md]";

  private PracticalAiLearnMain() {}

  /** Entry point; exits 2 on bad usage. */
  public static void main(String[] argv) throws IOException {
    Args args;
    int minCount;
    try {
      args = new Args(argv, Set.of("--data", "--out", "--min-count"), Set.of("--names-only", "--new-names"));
      args.require("--data");
      minCount = Integer.parseInt(args.get("--min-count", "2"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Result result = run(Path.of(args.require("--data")), BundledDictionaries.load(), args.has("--names-only"),
        args.has("--new-names"), minCount);
    System.out.print(result.report());
    String out = args.get("--out", null);
    if (out != null) {
      Files.writeString(Path.of(out), result.report(), StandardCharsets.UTF_8);
    }
  }

  /** The report, and the counts over all episodes without and with the learned files. */
  record Result(String report, Tally before, Tally after) {}

  /**
   * Runs leave-one-episode-out learning with {@code dictionaries} (reduced to names only when
   * asked), scoring with their names and the learned new names.
   */
  static Result run(Path data, List<Dictionary> dictionaries, boolean namesOnly, boolean newNames, int minCount)
      throws IOException {
    List<Dictionary> used = namesOnly ? NamesOnly.of(dictionaries) : dictionaries;
    Corrector base = Corrector.builder().addAll(used).build();
    List<String> episodes = PracticalAiData.episodes(data);
    List<Pair> pairs = new ArrayList<>();
    for (String episode : episodes) {
      pairs.add(new Pair(episode, String.join("\n", PracticalAiData.segments(data, episode)),
          PracticalAiData.reference(data, episode)));
    }
    Tally before = new Tally("dictionaries alone");
    Tally after = new Tally("+ learned from the other episodes");
    List<Tally.Example> others = new ArrayList<>();
    StringBuilder learnedLines = new StringBuilder();
    for (int i = 0; i < episodes.size(); i++) {
      List<Pair> learnFrom = new ArrayList<>(pairs);
      Pair tested = learnFrom.remove(i);
      Learned learned = Learner.builder().dictionaries(used).minCount(minCount).newNames(newNames)
          .build().learn(learnFrom, List.of());
      Dictionary file = DictionaryLoader.defaults().load("learned.yaml",
          LearnedYaml.write(learned).getBytes(StandardCharsets.UTF_8));
      learnedLines.append("- ").append(tested.id()).append(": ").append(LearnThenTest.summary(learned)).append('\n');
      Corrector withLearned = Corrector.builder().addAll(used).add(file).build();
      // the learned new names are names to score too, in both runs
      List<Dictionary> names = new ArrayList<>(dictionaries);
      names.add(file);
      PracticalAiScorer was = new PracticalAiScorer(names);
      PracticalAiScorer now = new PracticalAiScorer(names);
      was.score(tested.id(), tested.reference(), base.correct(tested.hypothesis()));
      now.score(tested.id(), tested.reference(), withLearned.correct(tested.hypothesis()));
      before.addAll(was.tally);
      after.addAll(now.tally);
      others.addAll(now.others);
    }
    List<Tally> rows = List.of(before, after);
    String report = "# Canon on Practical AI: learn from three episodes, test on the fourth\n\n"
        + "Dictionaries: " + (namesOnly ? "bundled, names only" : "bundled") + "; --min-count "
        + minCount + (newNames ? ", --new-names" : "") + ". Each episode is tested with what was"
        + " learned from the three others:\n\n" + learnedLines + "\n"
        + Report.table(rows) + "\n"
        + String.format(Locale.ROOT, "Other edits with the learned files: %d, of which %d write what the reference"
            + " says there and %d change letter case only.%n%n", after.outside(), after.outsideAgreeing(),
            after.caseOnlyOutside())
        + "## Fixed names with the learned files\n\n"
        + Report.examples(List.of(after), Tally::fixedExamples, Integer.MAX_VALUE) + "\n"
        + "## Broken names with the learned files\n\n"
        + Report.examples(List.of(after), Tally::brokenExamples, Integer.MAX_VALUE) + "\n"
        + "## Other edits with the learned files (all, for review)\n\n" + PracticalAiMain.list(others);
    return new Result(report, before, after);
  }
}
