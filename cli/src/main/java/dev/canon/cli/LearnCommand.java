package dev.canon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.learn.Finding;
import dev.canon.learn.LearnReport;
import dev.canon.learn.Learned;
import dev.canon.learn.LearnedYaml;
import dev.canon.learn.Learner;
import dev.canon.learn.Pair;
import dev.canon.learn.Review;
import dev.canon.result.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code canon learn}: corrected transcripts (and review decisions) in, a learned dictionary out. */
@Command(
    name = "learn",
    mixinStandardHelpOptions = true,
    description = {
      "Learns aliases, keep words, context words and an engine profile from corrected transcripts.",
      "Pairs: JSON Lines {\"id\": ..., \"hypothesis\": \"<ASR text>\", \"reference\": \"<corrected text>\"}.",
      "Decisions: JSON Lines {\"text\", \"start\", \"end\" (code points), \"entity\", \"decision\": \"accept\"|\"reject\"}.",
      "Writes a dictionary file that extends the loaded dictionaries' entities.",
      "Exit 0 on success, 1 when some input lines were malformed (reported, skipped), 2 on bad usage."
    })
final class LearnCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Mixin DictionaryOptions dictionaries = new DictionaryOptions();

  @Option(names = "--pairs", paramLabel = "FILE", arity = "1..*", required = true,
      description = "JSON Lines files of pairs, or folders (their .jsonl files, in name order); repeatable.")
  List<Path> pairs = new ArrayList<>();

  @Option(names = "--decisions", paramLabel = "FILE", arity = "1..*",
      description = "JSON Lines files of review decisions (accept = alias, reject = keep); repeatable.")
  List<Path> decisions = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the learned dictionary. Default: standard output.")
  Path output;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "2",
      description = "Times an item must be seen to be learned (a review decision counts as strong evidence). Default: ${DEFAULT-VALUE}.")
  int minCount;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write a Markdown report of what was and was not learned.")
  Path report;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "learned",
      description = "The name: of the learned dictionary. Default: ${DEFAULT-VALUE}.")
  String name;

  @Option(names = "--new-names",
      description = "Also learn names no dictionary has: words with capitals that the references write and the hypotheses got wrong at least --min-count times become new entities.")
  boolean newNames;

  private int malformed;

  @Override
  public Integer call() throws IOException {
    if (minCount < 1) {
      throw new Main.UsageException("--min-count must be at least 1; got " + minCount);
    }
    List<Dictionary> loaded = dictionaries.load();
    List<Pair> read = new ArrayList<>();
    for (Path p : files(pairs, "--pairs")) {
      readLines(p, (where, line) -> pair(where, line, read));
    }
    List<Review> reviews = new ArrayList<>();
    for (Path p : files(decisions, "--decisions")) {
      readLines(p, (where, line) -> review(where, line, reviews));
    }
    Learned learned = Learner.builder().dictionaries(loaded).minCount(minCount).name(name).newNames(newNames).build().learn(read, reviews);
    String yaml = LearnedYaml.write(learned);
    // the file must load on top of the dictionaries it was learned against, as dict check loads it
    Dictionary self = DictionaryLoader.defaults().load(name + ".yaml", yaml.getBytes(StandardCharsets.UTF_8));
    Corrector.builder().addAll(loaded).add(self).build();
    if (output == null) {
      System.out.print(yaml);
    } else {
      Files.writeString(output, yaml, StandardCharsets.UTF_8);
    }
    if (report != null) {
      Files.writeString(report, LearnReport.write(learned), StandardCharsets.UTF_8);
    }
    System.err.println("canon learn: " + learned.pairs() + " pairs (" + learned.unedited() + " unedited), "
        + learned.reviews() + " decisions; learned "
        + (newNames ? learned.learned(Finding.Kind.NAME).size() + " new names, " : "")
        + learned.learned(Finding.Kind.ALIAS).size() + " aliases, "
        + learned.learned(Finding.Kind.KEEP).size() + " keep words, "
        + learned.learned(Finding.Kind.CONTEXT).size() + " context words, "
        + java.util.Arrays.stream(dev.canon.dictionary.Profile.Part.values())
            .mapToInt(p -> learned.profile().confusions(p).size()).sum() + " profile confusions"
        + (output == null ? "" : " → " + output));
    return malformed == 0 ? 0 : Main.EXIT_INPUT;
  }

  private interface LineHandler {
    /** Handles one line; returns a problem to report, or null. */
    String handle(String where, String line);
  }

  /** The files named: each file, or the {@code .jsonl} files of each folder in name order. */
  private static List<Path> files(List<Path> paths, String option) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          List<Path> jsonl = s.filter(f -> f.toString().endsWith(".jsonl") && Files.isRegularFile(f)).sorted().toList();
          if (jsonl.isEmpty()) {
            throw new Main.UsageException(option + " " + p + ": the folder holds no .jsonl file");
          }
          out.addAll(jsonl);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new Main.UsageException(option + " " + p + ": no such file or folder");
      }
    }
    return out;
  }

  /** Reads a file line by line, each line strict UTF-8, reporting bad lines with file and line. */
  private void readLines(Path file, LineHandler handler) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int start = 0;
    int number = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      number++;
      String where = file + ":" + number;
      String problem;
      try {
        String line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        problem = line.isBlank() ? null : handler.handle(where, line.strip());
      } catch (CharacterCodingException e) {
        problem = "not valid UTF-8";
      }
      if (problem != null) {
        malformed++;
        System.err.println("canon: " + where + ": " + problem + "; line skipped");
      }
      start = end + 1;
    }
  }

  private static String pair(String where, String line, List<Pair> out) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return "not JSON: " + e.getOriginalMessage();
    }
    if (node == null || !node.isObject()) {
      return "expected a JSON object with \"hypothesis\" and \"reference\"";
    }
    String hypothesis = text(node, "hypothesis");
    String reference = text(node, "reference");
    if (hypothesis == null || reference == null) {
      return "\"hypothesis\" and \"reference\" must both be strings";
    }
    JsonNode id = node.get("id");
    String name = id == null || id.isNull() ? where : id.isTextual() ? id.asText() : id.toString();
    out.add(new Pair(name, hypothesis, reference));
    return null;
  }

  private static String review(String where, String line, List<Review> out) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return "not JSON: " + e.getOriginalMessage();
    }
    if (node == null || !node.isObject()) {
      return "expected a JSON object {\"text\", \"start\", \"end\", \"entity\", \"decision\"}";
    }
    String text = text(node, "text");
    String entity = text(node, "entity");
    String decision = text(node, "decision");
    JsonNode start = node.get("start");
    JsonNode end = node.get("end");
    if (text == null || entity == null || decision == null || start == null || !start.canConvertToInt()
        || !start.isIntegralNumber() || end == null || !end.isIntegralNumber() || !end.canConvertToInt()) {
      return "needs \"text\", \"entity\", \"decision\" (strings) and \"start\", \"end\" (whole numbers)";
    }
    if (!decision.equals("accept") && !decision.equals("reject")) {
      return "\"decision\" must be \"accept\" or \"reject\"; got \"" + decision + "\"";
    }
    int codePoints = text.codePointCount(0, text.length());
    int s = start.intValue();
    int e = end.intValue();
    if (s < 0 || e <= s || e > codePoints) {
      return "need 0 <= start < end <= " + codePoints + " (code points of \"text\"); got start=" + s + ", end=" + e;
    }
    Span span = new Span(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e));
    out.add(new Review(where, text, span, entity, decision.equals("accept")));
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
