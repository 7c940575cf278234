package dev.canon.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Corpora made from the project's golden seed transcript, read from the examples module (nothing
 * is copied): its sentences, and any number of lines drawn from them reproducibly.
 */
final class SeedCorpus {

  /** The golden example's folder, relative to the spark module (the tests' working directory). */
  static final Path SEED = Path.of("..", "examples", "golden", "seed");

  private SeedCorpus() {}

  static String read(String file) {
    try {
      return Files.readString(SEED.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The transcript cut after each sentence mark ({@code 。！？!?}) and at line ends, blank pieces
   * dropped, in order: 54 sentences of 21 to 147 characters (links included).
   */
  static List<String> sentences() {
    return Arrays.stream(read("input.txt").split("(?<=[。！？!?])|\\R"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * {@code count} lines, each a sentence: the sentences repeated as often as needed, then
   * shuffled with {@code new Random(seed)}, so the same arguments always give the same lines.
   */
  static List<String> lines(int count, long seed) {
    List<String> sentences = sentences();
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(sentences.get(i % sentences.size()));
    }
    Collections.shuffle(lines, new Random(seed));
    return lines;
  }
}
