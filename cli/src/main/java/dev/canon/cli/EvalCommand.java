package dev.canon.cli;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.eval.EvalMain;
import dev.canon.eval.Synthesizer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code canon eval}: scores a labelled set (precision, recall, F1, sentence accuracy, false
 * positives per 100k chars, per category), or with {@code --synthesize DICT} tests a dictionary
 * on ASR-like noise made from its own names.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores a labelled set, or tests a dictionary on synthetic ASR noise.",
        "Labelled set: eval --set FILE.jsonl [--clean PATH]... [--dict PATH]... [--no-default-dict]"
            + " [--format table|json] [--findings N]: precision, recall, F1, sentence accuracy and false"
            + " positives per 100k characters, per category.",
        "Synthetic noise: eval --synthesize DICT.yaml [--per-entity N] [--seed S] [--worst N]: ASR-like"
            + " variants of each name, corrected, recall per kind of noise and per entity.",
        "Exit 0 on success, 1 when a file cannot be read, 2 on bad usage or a dictionary that does not load."})
final class EvalCommand implements Callable<Integer> {

  enum ReportFormat { table, json }

  @Option(names = "--set", paramLabel = "FILE",
      description = "A JSON Lines labelled set: {\"id\", \"category\", \"text\", \"expected\"} per line.")
  Path set;

  @Option(names = "--clean", paramLabel = "PATH",
      description = "Clean text (a .txt file or a folder of them) that must come out unchanged; repeatable.")
  List<Path> clean = new ArrayList<>();

  @Mixin DictionaryOptions dictionaries = new DictionaryOptions();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (default ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--findings", paramLabel = "N", defaultValue = "40",
      description = "Misses and false positives the table lists (default ${DEFAULT-VALUE}).")
  int findings;

  @Option(names = "--synthesize", paramLabel = "DICT",
      description = "A YAML dictionary: make ASR-like variants of each name, correct them, report recall.")
  Path synthesize;

  @Option(names = "--per-entity", paramLabel = "N", defaultValue = "6",
      description = "With --synthesize: variants per entity (default ${DEFAULT-VALUE}).")
  int perEntity;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "With --synthesize: seed of the noise (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "20",
      description = "With --synthesize: entities and misses listed (default ${DEFAULT-VALUE}).")
  int worst;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    if (synthesize != null) {
      if (set != null || !clean.isEmpty() || !dictionaries.dicts.isEmpty() || dictionaries.noDefault) {
        throw new Main.UsageException("--synthesize tests one dictionary alone; it takes no --set, --clean,"
            + " --dict or --no-default-dict");
      }
      mustExist("--synthesize", synthesize);
      Dictionary dictionary = DictionaryLoader.defaults().load(synthesize);
      Corrector corrector = Corrector.builder().add(dictionary).build();
      new Synthesizer(corrector).run(dictionary, perEntity, seed).print(out, worst);
      return 0;
    }
    if (set == null && clean.isEmpty()) {
      throw new Main.UsageException("give --set FILE and/or --clean PATH, or --synthesize DICT");
    }
    if (findings < 0) {
      throw new Main.UsageException("--findings must be 0 or more; got " + findings);
    }
    if (set != null) {
      mustExist("--set", set);
    }
    clean.forEach(c -> mustExist("--clean", c));
    return EvalMain.evaluate(dictionaries.corrector(), set, clean, format == ReportFormat.json, findings, out, err);
  }

  private static void mustExist(String option, Path path) {
    if (!Files.exists(path)) {
      throw new Main.UsageException(option + " " + path + ": no such file");
    }
  }
}
