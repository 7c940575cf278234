package dev.canon.cli;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.eval.EvalMain;
import dev.canon.eval.Synthesizer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code canon eval}: scores a labelled set (precision, recall, F1, sentence accuracy, false
 * positives per 100k chars, per category), or with {@code --synthesize DICT} tests a dictionary
 * on ASR-like noise made from its own names.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores a labelled set: eval --set FILE.jsonl [--dict PATH]... [--no-default-dict]"
        + " [--clean PATH]... [--format table|json] [--findings N]",
        "or tests a dictionary on synthetic ASR noise: eval --synthesize DICT.yaml [--per-entity N] [--seed S]"})
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--synthesize", paramLabel = "DICT",
      description = "A YAML dictionary: make ASR-like variants of each name, correct them, report recall.")
  Path synthesize;

  @Option(names = "--per-entity", defaultValue = "6", description = "Variants per entity (default ${DEFAULT-VALUE}).")
  int perEntity;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the noise (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--worst", defaultValue = "20", description = "Entities and misses listed (default ${DEFAULT-VALUE}).")
  int worst;

  @Unmatched List<String> evalArgs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (synthesize == null) {
      return EvalMain.run(evalArgs.toArray(String[]::new), out, new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }
    if (!evalArgs.isEmpty()) {
      throw new Main.UsageException("--synthesize takes no other arguments than --per-entity, --seed, --worst; got "
          + evalArgs);
    }
    Dictionary dictionary = DictionaryLoader.defaults().load(synthesize);
    Corrector corrector = Corrector.builder().add(dictionary).build();
    new Synthesizer(corrector).run(dictionary, perEntity, seed).print(out, worst);
    return 0;
  }
}
