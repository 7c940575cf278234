package dev.canon.realdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canon.candidate.Lexicon;
import dev.canon.lexicon.Lexicons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an Earnings-21 folder laid out as {@code reference/nlp_references/<id>.nlp},
 * {@code reference/wer_tags/<id>.wer_tag.json}, {@code hyp/<engine>/<id>.nlp} and
 * {@code bias_lists/{oracle,distractor}_list.txt}.
 */
final class Earnings21Data {

  private static final Lexicon LEXICON = Lexicons.standard();

  private final Path root;

  Earnings21Data(Path root) {
    this.root = root;
  }

  /** Every reference in the folder, sorted by id. */
  List<Reference> references() throws IOException {
    List<Reference> refs = new ArrayList<>();
    for (Path file : list(root.resolve("reference/nlp_references"), ".nlp")) {
      String id = stem(file, ".nlp");
      refs.add(Reference.of(id, NlpFile.read(file), tagTypes(root.resolve("reference/wer_tags/" + id + ".wer_tag.json"))));
    }
    return refs;
  }

  /** The engines, i.e. the folders under {@code hyp/}, sorted. */
  List<String> engines() throws IOException {
    try (Stream<Path> s = Files.list(root.resolve("hyp"))) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The engine's hypothesis files, sorted by call id. */
  List<Path> hypotheses(String engine) throws IOException {
    return list(root.resolve("hyp").resolve(engine), ".nlp");
  }

  /**
   * The names of a list: {@code oracle} or {@code distractor} read the bias list of that name;
   * {@code reference} takes the named-entity strings of the references themselves.
   */
  List<String> names(String list, List<Reference> refs) throws IOException {
    if (list.equals("reference")) {
      Set<String> names = new LinkedHashSet<>();
      refs.forEach(r -> r.entities().forEach(e -> names.add(referenceName(e.surface()))));
      names.remove("");
      return new ArrayList<>(names);
    }
    if (!list.equals("oracle") && !list.equals("distractor")) {
      throw new IllegalArgumentException("--list must be oracle, distractor or reference; got " + list);
    }
    return Files.readAllLines(root.resolve("bias_lists/" + list + "_list.txt"), StandardCharsets.UTF_8)
        .stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * An entity string as a name: without a leading article or a trailing possessive; {@code ""}
   * for strings that are no name (tagging slips such as EVENT "We've" or ORG "and"): those with
   * no capital letter, and single everyday words of Canon's standard lexicon ({@code Capital},
   * {@code May}).
   */
  static String referenceName(String surface) {
    String s = surface.strip().replaceFirst("^(?i)the\\s+", "").replaceFirst("(?i)['\u2019]s$", "");
    List<Words.Word> words = Words.split(s);
    boolean capital = s.codePoints().anyMatch(Character::isUpperCase);
    boolean everyday = words.size() == 1 && LEXICON.isCommonWord(words.get(0).norm());
    return words.isEmpty() || !capital || everyday ? "" : s;
  }

  static Map<String, String> tagTypes(Path json) throws IOException {
    Map<String, String> types = new HashMap<>();
    if (!Files.exists(json)) {
      return types;
    }
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    root.fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue().path("entity_type").asText("")));
    return types;
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  static String stem(Path file, String suffix) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - suffix.length());
  }
}
