package dev.canon.realdata;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.learn.LearnReport;
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

/**
 * Learn-then-test on CATSLU, "new names" ({@code CatsluMain --learn-then-test}): {@code canon
 * learn} reads the 1-best/manual pairs of the learning dialogues against the names-only place
 * dictionary; the test dialogues are then corrected with that dictionary alone, with the learned
 * profile alone on top, and with the whole learned file on top. Few place names recur between
 * dialogues, so what carries over is mostly the engine profile.
 *
 * <ul>
 *   <li>{@code --split test}: learn from the four dev fifths, test on the frozen test fifth
 *       ({@link Splits#catsluTest}); report it, never tune on it;
 *   <li>{@code --split dev}: for tuning, within dev only: learn from the dev dialogues whose number
 *       (1-based, in the file) is not a multiple of 4, test on those whose number is.
 * </ul>
 */
final class CatsluLearn {

  private CatsluLearn() {}

  /** Runs learn-then-test and returns the report; writes the learned file to {@code learnedOut} if given. */
  static String run(Path data, String file, Splits.Split split, int minCount, Path learnedOut) throws IOException {
    if (split == Splits.Split.ALL) {
      throw new IllegalArgumentException("--learn-then-test needs --split test (learn on dev) or dev (within dev)");
    }
    List<String> names = Files.readAllLines(data.resolve("lexicon/poi_name.txt"), StandardCharsets.UTF_8);
    Dictionary dictionary = NameDictionary.asListed("catslu-poi", names, "poi");
    List<CatsluData.Utterance> dev = CatsluData.read(data.resolve(file), Splits.Split.DEV);
    List<CatsluData.Utterance> learnFrom = new ArrayList<>();
    List<CatsluData.Utterance> test = new ArrayList<>();
    if (split == Splits.Split.TEST) {
      learnFrom.addAll(dev);
      test.addAll(CatsluData.read(data.resolve(file), Splits.Split.TEST));
    } else {
      for (CatsluData.Utterance u : dev) {
        (dialogue(u) % 4 == 0 ? test : learnFrom).add(u);
      }
    }
    List<Pair> pairs = learnFrom.stream().map(u -> new Pair(u.id(), u.asr(), u.manual())).toList();
    long started = System.nanoTime();
    Learned learned = Learner.builder().dictionaries(List.of(dictionary)).minCount(minCount).build()
        .learn(pairs, List.of());
    double learning = (System.nanoTime() - started) / 1e9;
    Dictionary learnedDictionary = LearnThenTest.load(learned);
    if (learnedOut != null) {
      Files.writeString(learnedOut, LearnedYaml.write(learned), StandardCharsets.UTF_8);
    }
    Tally base = score(test, Corrector.builder().add(dictionary).build(), "names only");
    Tally profile = score(test, Corrector.builder().add(dictionary).add(LearnThenTest.profileOnly(learnedDictionary))
        .build(), "names + learned profile only");
    Tally all = score(test, Corrector.builder().add(dictionary).add(learnedDictionary).build(), "names + learned");
    List<Tally> rows = List.of(base, profile, all);
    return "# Canon on CATSLU MAP, learn then test (" + file + ", "
        + (split == Splits.Split.TEST ? "learn on dev, test on the test fifth" : "within dev: learn on 3/4, test on 1/4")
        + ")\n\n"
        + "Dictionary: " + dictionary.entities().size() + " canonical-only place names (lexicon/poi_name.txt). Learned"
        + " from " + pairs.size() + " utterances (" + learned.unedited() + " unedited), --min-count " + minCount + ": "
        + LearnThenTest.summary(learned) + String.format(Locale.ROOT, " (learning took %.1f s)", learning)
        + ". Tested on " + test.size() + " utterances.\n\n"
        + Report.table(rows) + "\n"
        + "## Edits\n\n" + Report.details(rows) + "\n"
        + "## Top fixed entities with the learned file\n\n" + Report.examples(List.of(all), Tally::fixedExamples, 20) + "\n"
        + "## Top broken entities with the learned file\n\n" + Report.examples(List.of(all), Tally::brokenExamples, 20)
        + "\n## Top changes outside entities with the learned file\n\n"
        + Report.examples(List.of(all), Tally::outsideExamples, 20) + "\n"
        + "## Top still-wrong entities with the learned file\n\n"
        + Report.examples(List.of(all), Tally::stillWrongExamples, 30) + "\n"
        + LearnReport.write(learned).replaceFirst("^# ", "## ").replace("\n## ", "\n### ");
  }

  private static int dialogue(CatsluData.Utterance u) {
    return Integer.parseInt(u.id().substring(0, u.id().indexOf('-')));
  }

  private static Tally score(List<CatsluData.Utterance> test, Corrector corrector, String label) {
    Tally tally = new Tally(label);
    for (CatsluData.Utterance u : test) {
      UtteranceScorer.score(u, corrector.correct(u.asr()), tally);
    }
    return tally;
  }
}
