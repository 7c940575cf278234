package dev.canon.realdata;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
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
import java.util.Map;
import java.util.Set;

/**
 * Learn-then-test on Earnings-21, "same documents, later part": {@code canon learn} learns from the
 * first half of every call (every engine's hypothesis against the reference), then the second
 * halves are corrected with the names-only dictionary alone, with the learned profile alone on top
 * and with the whole learned file on top, and scored as {@link Earnings21Main} scores them.
 * Learning never sees a second half.
 *
 * <p>{@code --across-calls}, "new names": learn from three whole calls (the first three dev calls,
 * {@link #LEARN_CALLS}), test on the three others (the last dev call and the two test calls of
 * {@link Splits}); nothing was tuned on them.
 *
 * <pre>
 * java -cp ... dev.canon.realdata.Earnings21LearnMain --data PATH [--across-calls] [--new-names] [--list oracle]
 *     [--min-count 2] [--out report.md] [--learned learned.yaml]
 * </pre>
 *
 * <p>The halves: the reference is cut at its middle token; the hypothesis at the token aligned to
 * the first aligned reference token from there on, so both halves hold the same speech.
 */
public final class Earnings21LearnMain {

  private Earnings21LearnMain() {}

  /** The calls learned from with {@code --across-calls}: the first three dev calls. */
  static final Set<String> LEARN_CALLS = Set.of("4320211", "4341191", "4359971");

  /** One call of one engine, cut in two (whole calls: first learned from or null, second tested). */
  record Halves(String engine, String call, Pair first, Reference secondRef, String secondHyp) {}

  /** Entry point; exits 2 on bad usage. */
  public static void main(String[] argv) throws IOException {
    Args args;
    int minCount;
    try {
      args = new Args(argv, Set.of("--data", "--list", "--out", "--min-count", "--learned"), Set.of("--across-calls", "--new-names"));
      args.require("--data");
      minCount = Integer.parseInt(args.get("--min-count", "2"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: Earnings21LearnMain --data PATH [--across-calls] [--new-names] [--list oracle|distractor|reference] [--min-count N]"
          + " [--out report.md] [--learned learned.yaml]");
      System.exit(2);
      return;
    }
    Path data = Path.of(args.require("--data"));
    String list = args.get("--list", "oracle");
    Earnings21Data folder = new Earnings21Data(data);
    List<Reference> refs = folder.references();
    Dictionary names = NameDictionary.build("earnings21-" + list, folder.names(list, refs), refs);
    boolean across = args.has("--across-calls");
    List<Halves> halves = new ArrayList<>();
    List<Pair> learnFrom = new ArrayList<>();
    for (String engine : folder.engines()) {
      for (Path file : folder.hypotheses(engine)) {
        String call = Earnings21Data.stem(file, ".nlp");
        Path refFile = data.resolve("reference/nlp_references/" + call + ".nlp");
        if (!Files.exists(refFile)) {
          continue;
        }
        List<NlpFile.Token> ref = NlpFile.read(refFile);
        List<NlpFile.Token> hyp = NlpFile.read(file);
        Map<String, String> tags = Earnings21Data.tagTypes(data.resolve("reference/wer_tags/" + call + ".wer_tag.json"));
        if (!across) {
          Halves h = split(engine, call, ref, hyp, tags);
          halves.add(h);
          learnFrom.add(h.first());
        } else if (LEARN_CALLS.contains(call)) {
          learnFrom.add(new Pair(engine + "/" + call, NlpFile.text(hyp), NlpFile.text(ref)));
        } else {
          halves.add(new Halves(engine, call, null, Reference.of(call, ref, tags), NlpFile.text(hyp)));
        }
      }
    }
    long started = System.nanoTime();
    Learned learned = Learner.builder().dictionaries(List.of(names)).minCount(minCount)
        .newNames(args.has("--new-names")).build()
        .learn(learnFrom, List.of());
    double learning = (System.nanoTime() - started) / 1e9;
    String yaml = LearnedYaml.write(learned);
    Dictionary learnedDictionary = DictionaryLoader.defaults().load("learned.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    Corrector base = Corrector.builder().add(names).build();
    Corrector profileOnly = Corrector.builder().add(names).add(LearnThenTest.profileOnly(learnedDictionary)).build();
    Corrector withLearned = Corrector.builder().add(names).add(learnedDictionary).build();
    List<Tally> baseRows = score(halves, base);
    List<Tally> profileRows = score(halves, profileOnly);
    List<Tally> learnedRows = score(halves, withLearned);
    String tested = across ? "Test calls" : "Second halves";
    String report = (across
        ? "# Canon on Earnings-21 across calls: learn from calls " + new java.util.TreeSet<>(LEARN_CALLS)
            + ", test on the three others\n\n"
        : "# Canon on Earnings-21: learn from the first half of each call, test on the second\n\n")
        + "Dictionary: " + names.entities().size() + " canonical-only names from the " + list + " list. Learned from "
        + learnFrom.size() + (across ? " whole calls" : " first halves") + " (all engines), --min-count " + minCount + ": "
        + LearnThenTest.summary(learned)
        + String.format(java.util.Locale.ROOT, " (learning took %.1f s)", learning) + ".\n\n"
        + "## " + tested + ", names only\n\n" + Report.table(baseRows) + "\n"
        + "## " + tested + ", names + learned profile only\n\n" + Report.table(profileRows) + "\n"
        + "## " + tested + ", names + learned\n\n" + Report.table(learnedRows) + "\n"
        + "## Top fixed entities with the learned file\n\n"
        + Report.examples(learnedRows.subList(0, learnedRows.size() - 1), Tally::fixedExamples, Integer.getInteger("canon.examples", 15)) + "\n"
        + "## Top broken entities with the learned file\n\n"
        + Report.examples(learnedRows.subList(0, learnedRows.size() - 1), Tally::brokenExamples, 15) + "\n"
        + "## Top still-wrong entities with the learned file\n\n"
        + Report.examples(learnedRows.subList(0, learnedRows.size() - 1), Tally::stillWrongExamples, Integer.getInteger("canon.examples", 15)) + "\n"
        + "## Top changes outside entities with the learned file\n\n"
        + Report.examples(learnedRows.subList(0, learnedRows.size() - 1), Tally::outsideExamples, 15) + "\n"
        + LearnReport.write(learned).replaceFirst("^# ", "## ").replace("\n## ", "\n### ");
    System.out.print(report);
    String out = args.get("--out", null);
    if (out != null) {
      Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
    }
    String learnedOut = args.get("--learned", null);
    if (learnedOut != null) {
      Files.writeString(Path.of(learnedOut), yaml, StandardCharsets.UTF_8);
    }
  }

  /** Cuts a call in two: the reference at its middle token, the hypothesis where it aligns. */
  static Halves split(String engine, String call, List<NlpFile.Token> ref, List<NlpFile.Token> hyp,
      Map<String, String> tagTypes) {
    Alignment a = Alignment.align(norms(ref), norms(hyp));
    int refMid = ref.size() / 2;
    int hypMid = -1;
    for (int r = refMid; r < ref.size() && hypMid < 0; r++) {
      hypMid = a.hypOf(r);
      refMid = hypMid >= 0 ? r : refMid;
    }
    if (hypMid < 0) {
      hypMid = hyp.size();
      refMid = ref.size();
    }
    Pair first = new Pair(engine + "/" + call, NlpFile.text(hyp.subList(0, hypMid)), NlpFile.text(ref.subList(0, refMid)));
    return new Halves(engine, call, first, Reference.of(call, ref.subList(refMid, ref.size()), tagTypes),
        NlpFile.text(hyp.subList(hypMid, hyp.size())));
  }

  private static List<String> norms(List<NlpFile.Token> tokens) {
    return tokens.stream().map(t -> Words.normalize(t.token())).toList();
  }

  private static List<Tally> score(List<Halves> halves, Corrector corrector) {
    List<Tally> rows = new ArrayList<>();
    Tally all = new Tally("all engines");
    Tally current = null;
    for (Halves h : halves) {
      if (current == null || !current.label().equals(h.engine())) {
        current = new Tally(h.engine());
        rows.add(current);
      }
      CallScorer.score(h.engine(), h.secondRef(), corrector.correct(h.secondHyp()), current);
    }
    rows.forEach(all::addAll);
    rows.add(all);
    return rows;
  }
}
