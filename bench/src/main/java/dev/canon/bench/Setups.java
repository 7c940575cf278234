package dev.canon.bench;

import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.Dictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the benchmarks share: dictionaries by name, prose files, corpus size. */
final class Setups {

  static final long SEED = 42;
  static final int CORPUS_CHARS = 400_000;

  private Setups() {}

  /** {@code bundled}, or a synthetic size such as {@code 1k}, {@code 10k}, {@code 100k}. */
  static List<Dictionary> dictionaries(String name) {
    if (name.equals("bundled")) {
      return BundledDictionaries.load();
    }
    int size = Integer.parseInt(name.replace("k", "000"));
    return List.of(SyntheticDictionary.of(size, SEED));
  }

  static Corrector corrector(List<Dictionary> dictionaries) {
    return Corrector.builder().addAll(dictionaries).build();
  }

  /**
   * The prose the corpus is cut from: every {@code .txt} under {@code canon.bench.prose}
   * (default {@code examples/clean}), and the seed transcript, relative to the working folder.
   */
  static List<Path> proseFiles() {
    Path root = Path.of(System.getProperty("canon.bench.root", "."));
    List<Path> files = new ArrayList<>();
    Path clean = root.resolve(System.getProperty("canon.bench.prose", "examples/clean"));
    if (Files.isDirectory(clean)) {
      try (Stream<Path> s = Files.walk(clean)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path seed = root.resolve("examples/golden/seed/input.txt");
    if (Files.isRegularFile(seed)) {
      files.add(seed);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no prose found; run from the repository root or set -Dcanon.bench.root");
    }
    return files;
  }
}
