package dev.canon.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.canon.dictionary.Dictionary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a deterministic JSON Lines file of transcripts for {@code bench/e2e-jsonl.sh}: the
 * benchmark {@link Corpus} (clean prose and the seed transcript, a bundled entity mentioned or
 * slipped in every third sentence), re-cut with seed 1, 2, 3... until the file holds the asked
 * number of megabytes. One {@code {"id": "d<k>", "text": "<document>"}} line per document of
 * about 2,000 chars.
 *
 * <p>Usage, from the repository root: {@code java -cp bench/target/benchmarks.jar
 * dev.canon.bench.JsonlCorpus out.jsonl 100}.
 */
public final class JsonlCorpus {

  private JsonlCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: JsonlCorpus <output.jsonl> <megabytes>");
      System.exit(2);
    }
    long target = Long.parseLong(args[1]) * 1_000_000L;
    Dictionary dictionary = Setups.dictionaries("bundled").get(0);
    List<Path> prose = Setups.proseFiles();
    ObjectMapper json = new ObjectMapper();
    long bytes = 0;
    long id = 0;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (long seed = 1; bytes < target; seed++) {
        for (String document : Corpus.build(prose, dictionary, Setups.CORPUS_CHARS, seed).documents()) {
          ObjectNode line = json.createObjectNode().put("id", "d" + id++).put("text", document);
          String s = json.writeValueAsString(line);
          out.write(s);
          out.newLine();
          bytes += s.getBytes(StandardCharsets.UTF_8).length + 1;
          if (bytes >= target) {
            break;
          }
        }
      }
    }
    System.out.println(id + " lines, " + bytes + " bytes written to " + args[0]);
  }
}
