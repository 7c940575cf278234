package dev.canon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the whole {@code Correction} (its record form: text, mentions, edits, suggestions) of
 * every benchmark document (bundled, 1k, 10k and 100k dictionaries), every line of the clean
 * prose and the seed transcript (bundled dictionaries) and every dev-set sentence (its own
 * dictionaries), one per line, so a speed change can be checked output-preserving: run the jar
 * built before the change and the one after, and compare the files ({@code cmp}).
 *
 * <p>Usage, from the repository root: {@code java -cp bench/target/benchmarks.jar
 * dev.canon.bench.OutputDump out.txt}. Not a test: it takes about a minute (the 100k build).
 */
public final class OutputDump {

  private OutputDump() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: OutputDump <output file>");
      System.exit(2);
    }
    Path root = Path.of(System.getProperty("canon.bench.root", "."));
    long lines = 0;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String name : List.of("bundled", "1k", "10k", "100k")) {
        List<Dictionary> dictionaries = Setups.dictionaries(name);
        Corrector corrector = Setups.corrector(dictionaries);
        Corpus corpus = Corpus.build(Setups.proseFiles(), dictionaries.get(0), Setups.CORPUS_CHARS, Setups.SEED);
        int k = 0;
        for (String document : corpus.documents()) {
          lines += write(out, "bench-" + name + "#" + k++, corrector, document);
        }
      }
      Corrector bundled = Setups.corrector(Setups.dictionaries("bundled"));
      for (Path file : Setups.proseFiles()) {
        int k = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          lines += write(out, root.relativize(file) + "#" + k++, bundled, line);
        }
      }
      Path devset = root.resolve("examples/devset");
      Corrector dev = Setups.corrector(DictionaryLoader.defaults().loadAll(devset.resolve("dicts")));
      ObjectMapper json = new ObjectMapper();
      for (String line : Files.readAllLines(devset.resolve("devset.jsonl"), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode node = json.readTree(line);
          lines += write(out, "devset#" + node.get("id").asText(), dev, node.get("text").asText());
        }
      }
    }
    System.out.println(lines + " corrections written to " + args[0]);
  }

  private static int write(BufferedWriter out, String where, Corrector corrector, String text) throws IOException {
    // one line per correction: newlines inside the record are escaped
    out.write(where + "\t" + corrector.correct(text).toString().replace("\\", "\\\\").replace("\n", "\\n"));
    out.newLine();
    return 1;
  }
}
