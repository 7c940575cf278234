package dev.canon.realdata;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.result.Correction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures Canon on AISHELL-1 test read by an ESPnet Conformer: the name list of AISHELL-NER
 * (names only, typed from {@code entities.json}) corrects every {@code hyp.txt} utterance, and the
 * output is aligned char by char with {@code ref.txt}. Prints a Markdown report: name
 * occurrences fixed, broken and still wrong, NE-CER and CER before and after, and every change
 * to an utterance the recognizer already got right.
 *
 * <pre>
 * java -cp ... dev.canon.realdata.AishellMain --data PATH [--split dev|test|all] [--names-only]
 *     [--ner aishell_ner_transcript.test.txt] [--unit utterance|speaker] [--out report.md]
 * </pre>
 *
 * <p>Name occurrences are the spans marked in the AISHELL-NER transcript given by {@code --ner};
 * without it, the listed names found in the reference (leftmost, longest first).
 */
public final class AishellMain {

  private static final String USAGE = "usage: AishellMain --data PATH [--split dev|test|all] [--names-only]"
      + " [--ner FILE] [--unit utterance|speaker] [--out report.md]";
  private static final Pattern SPEAKER = Pattern.compile("S\\d{4}");

  private AishellMain() {}

  /** Entry point; exits 2 on bad usage. */
  public static void main(String[] argv) throws IOException {
    Args args;
    Splits.Split split;
    String unit;
    try {
      args = new Args(argv, Set.of("--data", "--split", "--ner", "--unit", "--out"), Set.of("--names-only"));
      args.require("--data");
      split = Splits.Split.parse(args.get("--split", "dev"));
      unit = args.get("--unit", "utterance");
      if (!unit.equals("utterance") && !unit.equals("speaker")) {
        throw new IllegalArgumentException("--unit must be utterance or speaker; got " + unit);
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    String ner = args.get("--ner", null);
    Run run = run(Path.of(args.require("--data")), split, args.has("--names-only"),
        ner == null ? null : Path.of(ner), unit);
    System.out.print(run.report());
    String out = args.get("--out", null);
    if (out != null) {
      Files.writeString(Path.of(out), run.report(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Runs the evaluation.
   *
   * @param data the folder with hyp.txt, ref.txt, entities.txt, entities.json
   * @param ner an AISHELL-NER transcript whose marks give the name occurrences, or null to find
   *     the listed names in the reference
   * @param unit {@code utterance}: each utterance corrected alone; {@code speaker}: a speaker's
   *     utterances, one a line, corrected as one document
   */
  static Run run(Path data, Splits.Split split, boolean namesOnly, Path ner, String unit) throws IOException {
    long started = System.nanoTime();
    Map<String, String> hyps = AishellData.utterances(data.resolve("hyp.txt"));
    Map<String, String> refs = AishellData.utterances(data.resolve("ref.txt"));
    List<String> names = AishellData.names(data);
    Map<String, String> types = AishellData.types(data);
    Map<String, String> marked = ner == null ? Map.of() : AishellData.utterances(ner);
    Dictionary dictionary = NamesOnly.maybe(
        NameDictionary.asListed("aishell-ner", names, n -> types.getOrDefault(n, "name")), namesOnly);
    Corrector corrector = Corrector.builder().add(dictionary).build();

    List<String> ids = new ArrayList<>();
    for (String id : hyps.keySet()) {
      if (refs.containsKey(id) && split.includes(Splits.aishellTest(id))) {
        ids.add(id);
      }
    }
    Map<String, Correction> corrections = correct(corrector, ids, hyps, unit);
    AishellScorer scorer = new AishellScorer();
    for (String id : ids) {
      String ref = refs.get(id);
      List<AishellData.Occurrence> occurrences;
      if (ner == null) {
        occurrences = AishellData.matched(ref, names, types);
      } else {
        String line = marked.get(id);
        if (line == null || !AishellData.unmarked(line).equals(ref)) {
          throw new IllegalArgumentException(ner + ": utterance " + id + " is missing or differs from ref.txt");
        }
        occurrences = AishellData.marked(line);
      }
      scorer.score(id, ref, occurrences, corrections.get(id));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Summary summary = Summary.of("aishell conformer", split, namesOnly, scorer.tally, scorer.neCerBefore(),
        scorer.neCerAfter(), seconds);
    String title = "# Canon on AISHELL-1 test, Conformer 1-best (split " + split + ", "
        + (namesOnly ? "names only" : "full dictionary") + ")\n\n";
    String about = "Dictionary: " + dictionary.entities().size() + " names of entities.txt (types from"
        + " entities.json), no aliases or context; " + ids.size() + " utterances, each "
        + (unit.equals("speaker") ? "in its speaker's document (one utterance a line)" : "corrected alone")
        + "; name occurrences "
        + (ner == null ? "found by matching the list in ref.txt" : "marked in " + ner.getFileName())
        + String.format(Locale.ROOT, ". Run time %.1f s.%n%n", seconds);
    return Run.of(title + about + scorer.report(), summary, List.of(dictionary));
  }

  private static Map<String, Correction> correct(Corrector corrector, List<String> ids, Map<String, String> hyps,
      String unit) {
    Map<String, Correction> out = new LinkedHashMap<>();
    if (unit.equals("utterance")) {
      ids.forEach(id -> out.put(id, corrector.correct(hyps.get(id))));
      return out;
    }
    Map<String, List<String>> bySpeaker = new LinkedHashMap<>();
    for (String id : ids) {
      Matcher m = SPEAKER.matcher(id);
      bySpeaker.computeIfAbsent(m.find() ? m.group() : id, k -> new ArrayList<>()).add(id);
    }
    for (List<String> group : bySpeaker.values()) {
      List<String> lines = group.stream().map(hyps::get).toList();
      List<Correction> split = Lines.split(corrector.correct(String.join("\n", lines)));
      for (int i = 0; i < group.size(); i++) {
        out.put(group.get(i), split.get(i));
      }
    }
    return out;
  }
}
