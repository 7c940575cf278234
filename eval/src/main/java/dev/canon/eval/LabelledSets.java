package dev.canon.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads labelled sets and clean text from files.
 *
 * <p>A labelled set is JSON Lines, one object per line with the string fields {@code id},
 * {@code category}, {@code text} and {@code expected}; blank lines and lines starting with
 * {@code //} are skipped. Clean text is UTF-8 plain text, one paragraph per line.
 */
public final class LabelledSets {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledSets() {}

  /**
   * Reads a labelled set.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed line, a missing field
   *     or a duplicate id
   */
  public static List<LabelledSentence> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<LabelledSentence> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("//")) {
        continue;
      }
      String where = file.getFileName() + ":" + (i + 1);
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException(where + ": not a JSON object: " + e.getMessage(), e);
      }
      LabelledSentence s = new LabelledSentence(field(node, "id", where), field(node, "category", where),
          field(node, "text", where), field(node, "expected", where));
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException(where + ": duplicate id \"" + s.id() + "\"");
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  private static String field(JsonNode node, String name, String where) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(where + ": field \"" + name + "\" must be a string");
    }
    return value.asText();
  }

  /**
   * Clean text as negative sentences: a {@code .txt} file, or every {@code .txt} file of a folder
   * (sorted by name); the category is {@code clean-<file name without .txt>}.
   */
  public static List<LabelledSentence> readClean(Path fileOrFolder) throws IOException {
    List<Path> files;
    if (Files.isDirectory(fileOrFolder)) {
      try (Stream<Path> s = Files.list(fileOrFolder)) {
        files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
    } else {
      files = List.of(fileOrFolder);
    }
    List<LabelledSentence> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
      out.addAll(Evaluator.cleanSentences(name, Files.readString(f, StandardCharsets.UTF_8)));
    }
    return List.copyOf(out);
  }
}
