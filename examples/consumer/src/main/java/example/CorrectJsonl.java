package example;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.result.Correction;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Corrects a JSON Lines file of {"id": ..., "text": ...} records with Canon's bundled
 * dictionaries, writing {"id": ..., "text": <corrected>, "edits": n} records.
 *
 * <pre>java -cp ... example.CorrectJsonl in.jsonl out.jsonl</pre>
 */
public final class CorrectJsonl {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorrectJsonl() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CorrectJsonl IN.jsonl OUT.jsonl");
      System.exit(2);
    }
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      correct(in, out, Corrector.builder().addAll(BundledDictionaries.load()).build());
    }
  }

  /** Corrects every line of {@code in} into {@code out}; returns the number of lines. */
  public static int correct(Reader in, Writer out, Corrector corrector) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    int n = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      ObjectNode record = (ObjectNode) JSON.readTree(line);
      Correction c = corrector.correct(record.get("text").asText());
      record.put("text", c.corrected());
      record.put("edits", c.edits().size());
      out.write(JSON.writeValueAsString(record));
      out.write('\n');
      n++;
    }
    out.flush();
    return n;
  }
}
