package dev.canon.cli;

import dev.canon.Corrector;
import dev.canon.formats.Format;
import dev.canon.result.Correction;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code canon correct}: corrects text, JSON Lines and transcript files, or standard input. */
@Command(
    name = "correct",
    mixinStandardHelpOptions = true,
    description = {
      "Corrects transcripts. Reads the FILEs (any readable path: a pipe, /dev/stdin, <(zcat x.gz)), or standard input when none.",
      "Exit 0 on success, 1 when some input could not be processed, 2 on bad usage or a dictionary that does not load."
    })
final class CorrectCommand implements Callable<Integer> {

  enum OutputFormat { text, json, jsonl, diff }

  enum Color { never, always, auto }

  /** One input: its name in messages, its path (null for standard input) and its format name. */
  record Input(String name, Path path, String format) {}

  /** What became of one input. */
  private enum Status { DONE, SOME_RECORDS_FAILED, FAILED }

  @Mixin DictionaryOptions dictionaries = new DictionaryOptions();

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = {"text (each file is one text), jsonl (each line {\"id\": ..., \"text\": \"...\"}),",
          "srt, vtt or whisper-json (written back in the same format, timings kept).",
          "Default: from each file's extension (.srt, .vtt, .json = whisper-json, .jsonl; else text); text for standard input."})
  String inputFormat;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, jsonl or diff. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--fields", paramLabel = "LIST", split = ",",
      description = {"What each json/jsonl result carries, in this order: id, original, corrected, entities, edits,",
          "suggestions, diff, explain, timed, dictionaries. Default: all of them. Other fields of an input record always pass through."})
  List<String> fields;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the output to FILE (replaced in one step when done) instead of standard output.")
  Path outputFile;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write each input's output to DIR under the input's file name (DIR is created if needed).")
  Path outputDir;

  @Option(names = "--in-place",
      description = "Replace each input file with its corrected version, in one step (a temporary file, then a rename).")
  boolean inPlace;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads for JSON Lines. Default: the number of cores.")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary line on standard error.")
  boolean quiet;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Color the diff: never, always or auto (when standard output is a terminal).")
  Color color;

  @Option(names = "--explain",
      description = "Show every candidate considered, its score parts and why it was applied, suggested or rejected"
          + " (a report with --format text or diff; an \"explain\" array with json/jsonl).")
  boolean explain;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files; standard input when none.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new Main.UsageException("--threads must be at least 1; got " + workers);
    }
    if (inputFormat != null && !InputFormats.NAMES.contains(inputFormat)) {
      throw new Main.UsageException("--input-format must be one of " + String.join(", ", InputFormats.NAMES)
          + "; got " + inputFormat);
    }
    Set<String> chosen = chosenFields();
    List<Input> inputs = inputs();
    checkOutputOptions(inputs);
    Corrector corrector = dictionaries.corrector();
    Destination destination = destination(chosen);
    Progress progress = new Progress(System.err, !quiet && Terminal.isTerminal(2), !quiet);
    progress.expect(inputs.stream().mapToLong(CorrectCommand::size).sum());
    boolean failed = false;
    try {
      for (Input input : inputs) {
        progress.nextInput();
        failed |= correct(input, corrector, destination, progress, workers);
      }
    } finally {
      try {
        destination.finish();
      } finally {
        progress.done();
      }
    }
    return failed ? Main.EXIT_INPUT : 0;
  }

  /** Corrects one input; returns true when it, or some record of it, could not be processed. */
  private boolean correct(Input input, Corrector corrector, Destination destination, Progress progress, int workers) {
    if (input.path() != null) {
      String problem = Files.isDirectory(input.path()) ? "is a folder; give its files (e.g. " + input.name() + "/*)"
          : !Files.exists(input.path()) ? "no such file"
          : inPlace && !Files.isRegularFile(input.path()) ? "not a regular file; --in-place rewrites regular files only"
          : null;
      if (problem != null) {
        return failed(input, problem, progress);
      }
    }
    Output output;
    try {
      output = destination.open(input);
    } catch (IOException e) {
      return failed(input, "cannot write its output: " + e.getMessage(), progress);
    }
    output.perLine(input.format().equals("jsonl"));
    Status status;
    // buffered: FileInputStream.readAllBytes seeks, which a pipe (/dev/stdin, <(zcat x.gz)) cannot
    try (InputStream in = input.path() == null ? System.in
        : new BufferedInputStream(new FileInputStream(input.path().toFile()), 1 << 16)) {
      status = process(input, in, corrector, output, progress, workers);
    } catch (IOException e) {
      progress.clear();
      System.err.println("canon: " + input.name() + ": cannot read: " + e.getMessage());
      status = Status.FAILED;
    }
    try {
      destination.close(output, status != Status.FAILED);
    } catch (IOException e) {
      return failed(input, e.getMessage(), progress);
    }
    return status != Status.DONE;
  }

  private static boolean failed(Input input, String problem, Progress progress) {
    progress.clear();
    System.err.println("canon: " + input.name() + ": " + problem);
    progress.step(size(input), Progress.Outcome.ERROR);
    return true;
  }

  private Status process(Input input, InputStream in, Corrector corrector, Output output, Progress progress,
      int workers) throws IOException {
    String name = input.name();
    switch (input.format()) {
      case "jsonl" -> {
        boolean some = new JsonlRun(corrector, output, progress, workers, explain).run(name, in);
        return some ? Status.SOME_RECORDS_FAILED : Status.DONE;
      }
      case "text" -> {
        byte[] bytes = in.readAllBytes();
        String text;
        try {
          text = Utf8.decode(bytes);
        } catch (Utf8.Invalid e) {
          System.err.println("canon: " + name + ":" + e.line + ": not valid UTF-8 at byte " + e.offset
              + "; nothing written for it");
          progress.step(bytes.length, Progress.Outcome.ERROR);
          return Status.FAILED;
        }
        Correction c = corrector.correct(text);
        output.write(name, name, c, explain ? corrector.explain(text) : null);
        progress.step(bytes.length, c.edits().isEmpty() ? Progress.Outcome.UNCHANGED : Progress.Outcome.CHANGED);
        return Status.DONE;
      }
      default -> {
        byte[] bytes = in.readAllBytes();
        Progress.Outcome outcome = TranscriptRun.run(name, Format.of(input.format()), bytes, corrector, output, format);
        progress.step(bytes.length, outcome);
        return outcome == Progress.Outcome.ERROR ? Status.FAILED : Status.DONE;
      }
    }
  }

  private List<Input> inputs() {
    if (files.isEmpty()) {
      return List.of(new Input("-", null, inputFormat == null ? "text" : inputFormat));
    }
    List<Input> inputs = new ArrayList<>();
    for (Path file : files) {
      inputs.add(new Input(file.toString(), file, inputFormat == null ? InputFormats.of(file) : inputFormat));
    }
    return inputs;
  }

  private Set<String> chosenFields() {
    if (fields == null) {
      return Set.copyOf(ResultJson.FIELDS);
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (String f : fields) {
      String name = f.strip();
      if (!ResultJson.FIELDS.contains(name)) {
        throw new Main.UsageException("--fields: unknown field \"" + name + "\"; choose from "
            + String.join(", ", ResultJson.FIELDS));
      }
      chosen.add(name);
    }
    return chosen;
  }

  /** Checks the output options against the inputs: bad usage is found before any work. */
  private void checkOutputOptions(List<Input> inputs) {
    int ways = (outputFile != null ? 1 : 0) + (outputDir != null ? 1 : 0) + (inPlace ? 1 : 0);
    if (ways > 1) {
      throw new Main.UsageException("give only one of -o, --output-dir and --in-place");
    }
    boolean stdin = files.isEmpty();
    if ((outputDir != null || inPlace) && stdin) {
      throw new Main.UsageException((inPlace ? "--in-place" : "--output-dir") + " needs input FILEs; "
          + "standard input has no name to write to (use -o FILE)");
    }
    if (inPlace && format != OutputFormat.text) {
      throw new Main.UsageException("--in-place writes each file corrected in its own format; it takes --format text"
          + " (use --output-dir DIR for " + format + ")");
    }
    if (inPlace && inputs.stream().anyMatch(i -> i.format().equals("jsonl"))) {
      throw new Main.UsageException("--in-place cannot rewrite JSON Lines input (its answers are not JSON Lines input);"
          + " use --output-dir DIR or -o FILE");
    }
    if (outputDir != null) {
      Map<Path, Input> names = new HashMap<>();
      for (Input i : inputs) {
        Input before = names.put(i.path().getFileName(), i);
        if (before != null) {
          throw new Main.UsageException("--output-dir: " + before.name() + " and " + i.name()
              + " would both be written to " + outputDir.resolve(i.path().getFileName()));
        }
      }
    }
    boolean severalFiles = format == OutputFormat.text && inputs.size() > 1
        && inputs.stream().anyMatch(i -> InputFormats.isStructured(i.format()));
    if (outputDir == null && !inPlace && severalFiles) {
      throw new Main.UsageException("several " + structuredNames(inputs) + " files would be glued into one, which is"
          + " not a valid file; write each to its own with --output-dir DIR or --in-place"
          + " (or choose --format jsonl)");
    }
  }

  /** Opens where the output goes. */
  private Destination destination(Set<String> chosen) throws IOException {
    PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    boolean toTerminal = outputFile == null && outputDir == null && !inPlace && Terminal.isTerminal(1);
    boolean colored = color == Color.always || (color == Color.auto && toTerminal);
    java.util.function.Function<PrintStream, Output> outputs = out -> new Output(out, format, colored, false, chosen);
    if (outputDir != null) {
      Files.createDirectories(outputDir);
      return Destination.perFile(outputDir, outputs);
    }
    return inPlace ? Destination.perFile(null, outputs) : Destination.shared(stdout, outputFile, outputs);
  }

  private static String structuredNames(List<Input> inputs) {
    Set<String> names = new LinkedHashSet<>();
    inputs.stream().map(Input::format).filter(InputFormats::isStructured).forEach(names::add);
    return String.join("/", names);
  }

  /** The size of a regular file, or 0 (standard input, a pipe, a missing file). */
  private static long size(Input input) {
    try {
      return input.path() != null && Files.isRegularFile(input.path()) ? Files.size(input.path()) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
