package dev.canon.cli;

import dev.canon.formats.Utf8;
import dev.canon.Corrector;
import dev.canon.formats.Format;
import dev.canon.formats.json.ResultJson;
import dev.canon.result.Correction;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
          "srt, vtt or whisper-json (written back in the same format, timings kept),",
          "partials (live ASR hypotheses {\"stream\", \"text\", \"final\"}; answers are JSON Lines on standard output).",
          "Default: from each file's extension (.srt, .vtt, .json = whisper-json, .jsonl; else text); text for standard input."})
  String inputFormat;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, jsonl or diff. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--fields", paramLabel = "LIST", split = ",",
      description = {"What each json/jsonl result carries, in this order: id, original, corrected, entities, edits,",
          "suggestions, diff, explain, timed, dictionaries. Default: all of them. Other fields of an input record always pass through."})
  List<String> fields;

  @Mixin OutputOptions output = new OutputOptions();

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

  @Option(names = "--why", paramLabel = "NAME",
      description = {"Instead of the corrected text, say why NAME (an entity id, canonical name, synonym or alias)",
          "was or was not found: the spans of each text nearest to it, their scores, and the decision or the check",
          "that stopped each (no candidate, everyday word, no evidence, below threshold...). Text input only."})
  String why;

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
    if (why != null && inputs.stream().anyMatch(i -> !i.format().equals("text"))) {
      throw new Main.UsageException("--why reads text input only (files or standard input as text)");
    }
    output.check(inputs, files.isEmpty(), format);
    Corrector corrector = dictionaries.corrector();
    boolean colored = color == Color.always || (color == Color.auto && output.toStandardOutput() && Terminal.isTerminal(1));
    Destination destination = output.open(out -> new Output(out, format, colored, false, chosen));
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
          : output.inPlace && !Files.isRegularFile(input.path()) ? "not a regular file; --in-place rewrites regular files only"
          : null;
      if (problem != null) {
        return failed(input, problem, progress);
      }
    }
    Output out;
    try {
      out = destination.open(input);
    } catch (IOException e) {
      return failed(input, "cannot write its output: " + e.getMessage(), progress);
    }
    out.perLine(input.format().equals("jsonl"));
    Status status;
    // buffered: FileInputStream.readAllBytes seeks, which a pipe (/dev/stdin, <(zcat x.gz)) cannot
    try (InputStream in = input.path() == null ? System.in
        : new BufferedInputStream(new FileInputStream(input.path().toFile()), 1 << 16)) {
      status = process(input, in, corrector, out, progress, workers);
    } catch (IOException e) {
      progress.clear();
      System.err.println("canon: " + input.name() + ": cannot read: " + e.getMessage());
      status = Status.FAILED;
    }
    try {
      destination.close(out, status != Status.FAILED);
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
      case "partials" -> {
        boolean some = new PartialsRun(corrector, new java.io.PrintStream(System.out, false,
            java.nio.charset.StandardCharsets.UTF_8)).run(name, in);
        return some ? Status.SOME_RECORDS_FAILED : Status.DONE;
      }
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
        if (why != null) {
          WhyReport.print(System.out, name, text, corrector.why(text, why));
          progress.step(bytes.length, Progress.Outcome.UNCHANGED);
          return Status.DONE;
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

  /** The size of a regular file, or 0 (standard input, a pipe, a missing file). */
  private static long size(Input input) {
    try {
      return input.path() != null && Files.isRegularFile(input.path()) ? Files.size(input.path()) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
