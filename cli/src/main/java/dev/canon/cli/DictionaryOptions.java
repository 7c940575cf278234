package dev.canon.cli;

import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryException;
import dev.canon.dictionary.DictionaryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The dictionary options every command shares: {@code --dict PATH}, {@code --no-default-dict}. */
final class DictionaryOptions {

  @Option(names = "--dict", paramLabel = "PATH",
      description = "A YAML dictionary or a folder of them; repeatable. Loaded after the bundled ones.")
  List<Path> dicts = new ArrayList<>();

  @Option(names = "--no-default-dict", description = "Do not load the bundled dictionaries.")
  boolean noDefault;

  /** Loads the dictionaries in order: bundled first (unless disabled), then each --dict. */
  List<Dictionary> load() {
    List<Dictionary> out = new ArrayList<>();
    if (!noDefault) {
      out.addAll(BundledDictionaries.load());
    }
    List<DictionaryException> problems = new ArrayList<>();
    for (Path p : dicts) {
      if (!Files.exists(p)) {
        throw new Main.UsageException("--dict " + p + ": no such file or folder");
      }
      try {
        out.addAll(DictionaryLoader.defaults().loadAll(p));
      } catch (DictionaryException e) {
        problems.add(e); // the other paths are still read, so that one run reports every broken file
      }
    }
    if (!problems.isEmpty()) {
      throw DictionaryException.of(problems);
    }
    if (out.isEmpty()) {
      throw new Main.UsageException("no dictionary: give --dict PATH or drop --no-default-dict");
    }
    return out;
  }

  Corrector corrector() {
    return Corrector.builder().addAll(load()).build();
  }
}
