package dev.canon.cli;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryException;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.dictionary.Entity;
import dev.canon.lint.DictionaryLint;
import dev.canon.lint.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code canon dict check|stats}: validate dictionaries and count what they hold. */
@Command(name = "dict", mixinStandardHelpOptions = true,
    description = "Checks and describes dictionaries.",
    subcommands = {DictCommand.Check.class, DictCommand.Stats.class})
final class DictCommand implements Runnable {

  @Override
  public void run() {
    throw new Main.UsageException("dict needs a subcommand: check or stats");
  }

  /** Loads each file, then all together; every problem is printed with file and line. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Validates dictionaries: each file alone, then all together with the bundled ones,",
          "then warns (file:line) about collisions, unprotected everyday words and shadowed aliases.",
          "Exit 0 when all load (warnings or not), 2 otherwise."})
  static final class Check implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "YAML files or folders.")
    List<Path> paths = new ArrayList<>();

    @picocli.CommandLine.Option(names = "--no-default-dict", description = "Check without the bundled dictionaries.")
    boolean noDefault;

    @Override
    public Integer call() {
      List<Dictionary> loaded = new ArrayList<>();
      int problems = 0;
      for (Path p : paths) {
        try {
          loaded.addAll(DictionaryLoader.defaults().loadAll(p));
        } catch (DictionaryException e) {
          System.err.println(e.getMessage());
          problems++;
        }
      }
      if (problems == 0) {
        List<Dictionary> all = new ArrayList<>();
        if (!noDefault) {
          all.addAll(dev.canon.dictionaries.BundledDictionaries.load());
        }
        all.addAll(loaded);
        try {
          Corrector.builder().addAll(all).build();
        } catch (DictionaryException e) {
          System.err.println(e.getMessage());
          problems++;
        }
      }
      if (problems == 0) {
        for (Finding f : DictionaryLint.check(loaded)) {
          System.err.println(f);
        }
      }
      for (Dictionary d : loaded) {
        System.out.println(d.source() + ": " + (problems == 0 ? "ok" : "loaded") + ", "
            + d.entities().size() + " entities");
      }
      return problems == 0 ? 0 : Main.EXIT_USAGE;
    }
  }

  /** Counts entities, forms and types per dictionary. */
  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Counts entities, forms and types of the dictionaries.")
  static final class Stats implements Callable<Integer> {
    @Mixin DictionaryOptions dictionaries = new DictionaryOptions();

    @Override
    public Integer call() {
      for (Dictionary d : dictionaries.load()) {
        int aliases = 0;
        int synonyms = 0;
        Map<String, Integer> types = new TreeMap<>();
        for (Entity e : d.entities()) {
          aliases += e.aliases().size();
          synonyms += e.synonyms().size();
          types.merge(e.type().isEmpty() ? "(none)" : e.type(), 1, Integer::sum);
        }
        System.out.printf("%s (%s, sha256 %s)%n", d.name(), d.source(), d.fingerprint().substring(0, 16));
        System.out.printf("  entities %d, forms %d (canonical %d, aliases %d, synonyms %d), keep %d, rules %d%n",
            d.entities().size(), d.entities().size() + aliases + synonyms, d.entities().size(), aliases,
            synonyms, d.keep().size(), d.rules().size());
        types.forEach((t, n) -> System.out.printf("  %-12s %d%n", t, n));
      }
      return 0;
    }
  }
}
