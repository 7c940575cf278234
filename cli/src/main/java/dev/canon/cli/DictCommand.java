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
    throw new Main.UsageException("needs a subcommand: check or stats");
  }

  /** "1 entity", "39 entities". */
  static String entities(int n) {
    return n + (n == 1 ? " entity" : " entities");
  }

  /**
   * Loads each file, then all together: every problem of every file, and every clash between
   * them and with the bundled dictionaries, is printed in one run with file:line:column.
   */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Validates dictionaries and warns about risky forms.",
          "Loads each file, then all of them together with the bundled ones (unless --no-default-dict), and"
              + " prints every error at once with file:line:column; then warns about collisions, unprotected"
              + " everyday words, shadowed and very short aliases.",
          "Exit 0 when all load (warnings or not), 2 otherwise."})
  static final class Check implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "YAML files or folders.")
    List<Path> paths = new ArrayList<>();

    @picocli.CommandLine.Option(names = "--no-default-dict", description = "Check without the bundled dictionaries.")
    boolean noDefault;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      List<Dictionary> loaded = new ArrayList<>();
      List<DictionaryException> problems = new ArrayList<>();
      for (Path p : paths) {
        try {
          for (Path file : DictionaryLoader.yamlFiles(p)) {
            try {
              loaded.add(DictionaryLoader.defaults().load(file));
            } catch (DictionaryException e) {
              problems.addAll(e.problems());
            }
          }
        } catch (DictionaryException e) {
          problems.addAll(e.problems()); // a folder without dictionaries
        }
      }
      if (!loaded.isEmpty()) {
        List<Dictionary> all = new ArrayList<>();
        if (!noDefault) {
          all.addAll(dev.canon.dictionaries.BundledDictionaries.load());
        }
        all.addAll(loaded);
        try {
          Corrector.builder().addAll(all).build();
        } catch (DictionaryException e) {
          problems.addAll(e.problems());
        }
      }
      java.io.PrintWriter err = spec.commandLine().getErr();
      if (problems.isEmpty()) {
        for (Finding f : DictionaryLint.check(loaded)) {
          err.println(f);
        }
      } else {
        problems.forEach(p -> err.println(p.getMessage()));
        DictionaryErrors.hint(problems, err);
      }
      java.util.Set<String> failed = new java.util.HashSet<>();
      problems.forEach(p -> failed.add(p.location().source()));
      for (Dictionary d : loaded) {
        if (!failed.contains(d.source())) {
          System.out.println(d.source() + ": ok, " + entities(d.entities().size()));
        }
      }
      if (problems.isEmpty()) {
        return 0;
      }
      err.println("dict check: " + problems.size() + (problems.size() == 1 ? " error" : " errors") + " in "
          + failed.size() + (failed.size() == 1 ? " file" : " files"));
      return Main.EXIT_USAGE;
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
