package dev.canon.realdata;

import dev.canon.dictionaries.BundledDictionaries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every runner on one split, with the full dictionaries and with names only, and prints one
 * compact table (one line per data set and dictionary). Data sets whose dictionary is names only
 * already are run once; their names-only line repeats the full figures.
 *
 * <pre>
 * java -cp ... dev.canon.realdata.RealdataMain --data REALDATA [--split dev|test|all]
 *     [--only earnings21,catslu,aishell,practicalai] [--lists oracle,reference] [--reports DIR]
 * </pre>
 *
 * <p>{@code REALDATA} holds {@code earnings21/}, {@code catslu/}, {@code aishell_conformer/} and
 * {@code practicalai/}; AISHELL name occurrences are the listed names found in the reference
 * (run {@link AishellMain} with {@code --ner} for the AISHELL-NER marks instead). AISHELL and
 * Practical AI have no test split (the project holds their test data out), so {@code --split
 * test} skips them.
 */
public final class RealdataMain {

  private static final String USAGE = "usage: RealdataMain --data REALDATA [--split dev|test|all]"
      + " [--only earnings21,catslu,aishell,practicalai,clean,references] [--lists oracle,reference] [--reports DIR]";

  private RealdataMain() {}

  /** A runner of one data set, with or without names only. */
  @FunctionalInterface
  private interface Runner {
    Run run(boolean namesOnly) throws IOException;
  }

  /** Entry point; exits 2 on bad usage. */
  public static void main(String[] argv) throws IOException {
    Args args;
    Splits.Split split;
    List<String> only;
    List<String> lists;
    try {
      args = new Args(argv, Set.of("--data", "--split", "--only", "--lists", "--reports"));
      args.require("--data");
      split = Splits.Split.parse(args.get("--split", "dev"));
      only = Arrays.asList(args.get("--only", "earnings21,catslu,aishell,practicalai,clean,references").split(","));
      lists = Arrays.asList(args.get("--lists", "oracle,reference").split(","));
      for (String s : only) {
        if (!Set.of("earnings21", "catslu", "aishell", "practicalai", "clean", "references").contains(s)) {
          throw new IllegalArgumentException(
              "--only takes earnings21, catslu, aishell, practicalai, clean, references; got " + s);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Path root = Path.of(args.require("--data"));
    String dir = args.get("--reports", null);
    Map<String, Runner> runners = runners(root, split, only, lists);
    List<Summary> rows = new ArrayList<>();
    for (Map.Entry<String, Runner> e : runners.entrySet()) {
      Run full = e.getValue().run(false);
      if (e.getKey().endsWith("-context")) {
        // names plus the context words of the list's top level: no names-only twin
        Summary s = full.summary();
        rows.add(new Summary(s.dataSet() + " + top-level context", s.split(), false, s.names(), s.wrongBefore(),
            s.fixed(), s.broken(), s.stillWrong(), s.outside(), s.chars(), s.neCerBefore(), s.neCerAfter(),
            s.seconds()));
        if (dir != null) {
          Files.createDirectories(Path.of(dir));
          write(Path.of(dir, e.getKey() + "-" + split + ".md"), full.report());
        }
        System.err.println("done: " + e.getKey());
        continue;
      }
      Run names = full.alreadyNamesOnly() ? null : e.getValue().run(true);
      rows.add(full.summary());
      rows.add(names == null ? asNamesOnly(full.summary()) : names.summary());
      if (dir != null) {
        Files.createDirectories(Path.of(dir));
        write(Path.of(dir, e.getKey() + "-" + split + ".md"), full.report());
        if (names != null) {
          write(Path.of(dir, e.getKey() + "-" + split + "-names-only.md"), names.report());
        }
      }
      System.err.println("done: " + e.getKey());
    }
    System.out.print(Summary.table(rows));
    if (only.contains("clean") && Files.isDirectory(root.resolve("clean"))) {
      // published prose of the field: no split, every edit a false positive unless the prose is wrong
      System.out.println();
      for (boolean namesOnly : new boolean[] {false, true}) {
        CleanProseMain.Result clean = CleanProseMain.run(root.resolve("clean"), namesOnly, BundledDictionaries.load());
        System.out.println("in-domain clean prose, bundled dictionaries" + (namesOnly ? ", names only" : "") + ": "
            + clean.summary());
        if (dir != null) {
          Files.createDirectories(Path.of(dir));
          write(Path.of(dir, "clean" + (namesOnly ? "-names-only" : "") + ".md"), clean.report());
        }
      }
    }
    if (only.contains("references") && split != Splits.Split.TEST) {
      // the human references, corrected with each data set's names list (dev only: test stays unread)
      System.out.println();
      StringBuilder report = new StringBuilder();
      for (Map.Entry<String, CleanProseMain.Result> r : ReferencesMain.run(root, Splits.Split.DEV).entrySet()) {
        System.out.println(r.getKey() + ": " + r.getValue().summary());
        report.append(r.getValue().report()).append('\n');
      }
      if (dir != null) {
        Files.createDirectories(Path.of(dir));
        write(Path.of(dir, "references-dev.md"), report.toString());
      }
    }
    Path references = root.resolve("practicalai").resolve("ref_human");
    if (only.contains("references") && split != Splits.Split.TEST && Files.isDirectory(references)) {
      // the human transcripts of the Practical AI dev episodes are clean prose of the field too, and
      // whole documents: a name said once is evidence for the rest, as in the Whisper transcripts
      System.out.println();
      for (boolean namesOnly : new boolean[] {false, true}) {
        CleanProseMain.Result clean = CleanProseMain.run(references, ".md", true,
            "Canon on the Practical AI human transcripts (dev), bundled dictionaries", namesOnly,
            BundledDictionaries.load());
        System.out.println("practical ai human transcripts (dev), bundled dictionaries" + (namesOnly ? ", names only" : "")
            + ": " + clean.summary());
        if (dir != null) {
          write(Path.of(dir, "practicalai-references" + (namesOnly ? "-names-only" : "") + ".md"), clean.report());
        }
      }
    }
    if (split != Splits.Split.DEV && (only.contains("aishell") || only.contains("practicalai"))) {
      System.out.println("\nAISHELL and Practical AI have no test split here (held out by the project).");
    }
  }

  private static Map<String, Runner> runners(Path root, Splits.Split split, List<String> only, List<String> lists) {
    Map<String, Runner> out = new LinkedHashMap<>();
    boolean devToo = split != Splits.Split.TEST;
    if (only.contains("earnings21")) {
      for (String list : lists) {
        out.put("earnings21-" + list, n -> Earnings21Main.run(root.resolve("earnings21"), list, split, n));
      }
    }
    if (only.contains("catslu")) {
      out.put("catslu", n -> CatsluMain.run(root.resolve("catslu"), "train.json", split, n));
      // the same list with the context words a navigation list would declare at its top level
      out.put("catslu-context", n -> CatsluMain.run(root.resolve("catslu"), "train.json", split, n,
          List.of("导航", "去", "到")));
    }
    if (only.contains("aishell") && devToo) {
      // Name occurrences found by matching the list in the reference, as issue 15's figures were.
      out.put("aishell", n -> AishellMain.run(root.resolve("aishell_conformer"), split, n, null, "utterance"));
    }
    if (only.contains("practicalai") && devToo) {
      out.put("practicalai", n -> PracticalAiMain.run(root.resolve("practicalai"), split, n, "episode",
          BundledDictionaries.load()));
    }
    return out;
  }

  private static Summary asNamesOnly(Summary s) {
    return new Summary(s.dataSet() + " (names only already)", s.split(), true, s.names(), s.wrongBefore(),
        s.fixed(), s.broken(), s.stillWrong(), s.outside(), s.chars(), s.neCerBefore(), s.neCerAfter(), 0);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
