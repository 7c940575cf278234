package dev.canon.cli;

import dev.canon.Corrector;
import dev.canon.formats.Format;
import dev.canon.result.Correction;
import dev.canon.resolution.Considered;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code canon correct}: corrects text files or JSON Lines, from files or standard input. */
@Command(
    name = "correct",
    mixinStandardHelpOptions = true,
    description = {
      "Corrects transcripts. Reads the FILEs, or standard input when none.",
      "Exit 0 on success, 1 when some input could not be processed, 2 on bad usage or a dictionary that does not load."
    })
final class CorrectCommand implements Callable<Integer> {

  /** Input formats; the transcript formats come from canon-formats. */
  static final java.util.Set<String> INPUT_FORMATS = java.util.Set.of("text", "jsonl", "srt", "vtt", "whisper-json", "partials");

  enum OutputFormat { text, json, jsonl, diff }

  enum Color { never, always, auto }

  @Mixin DictionaryOptions dictionaries = new DictionaryOptions();

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "text",
      description = {"text (each file is one text), jsonl (each line {\"id\": ..., \"text\": \"...\"}),",
          "srt, vtt or whisper-json (written back in the same format, timings kept),",
          "partials (live ASR hypotheses {\"stream\", \"text\", \"final\"}; answers are JSON Lines). Default: ${DEFAULT-VALUE}."})
  String inputFormat;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, jsonl or diff. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads for JSON Lines. Default: the number of cores.")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
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
    if (!INPUT_FORMATS.contains(inputFormat)) {
      throw new Main.UsageException("--input-format must be one of text, jsonl, srt, vtt, whisper-json, partials; got " + inputFormat);
    }
    Corrector corrector = dictionaries.corrector();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    boolean colored = color == Color.always || (color == Color.auto && Terminal.isTerminal(1));
    Output output = new Output(out, format, colored, inputFormat.equals("jsonl"));
    Progress progress = new Progress(System.err, !quiet && Terminal.isTerminal(2));
    boolean failed = false;
    try {
      if (files.isEmpty()) {
        failed = process("-", System.in, 0, corrector, output, progress, workers);
      } else {
        for (Path file : files) {
          if (!Files.isRegularFile(file)) {
            System.err.println("canon: " + file + ": no such file");
            failed = true;
            continue;
          }
          try (InputStream in = Files.newInputStream(file)) {
            failed |= process(file.toString(), in, Files.size(file), corrector, output, progress, workers);
          }
        }
      }
    } finally {
      progress.done();
      output.finish();
      out.flush();
    }
    return failed ? Main.EXIT_INPUT : 0;
  }

  private boolean process(String name, InputStream in, long size, Corrector corrector, Output output,
      Progress progress, int workers) throws IOException {
    progress.expect(size);
    if (inputFormat.equals("partials")) {
      return new PartialsRun(corrector, new PrintStream(System.out, false, StandardCharsets.UTF_8)).run(name, in);
    }
    if (inputFormat.equals("jsonl")) {
      return new JsonlRun(corrector, output, progress, workers, explain).run(name, in);
    }
    if (!inputFormat.equals("text")) {
      return TranscriptRun.run(name, Format.of(inputFormat), in.readAllBytes(), corrector, output, format);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      System.err.println("canon: " + name + ": not valid UTF-8; nothing written for it");
      return true;
    }
    Correction c = corrector.correct(text);
    output.write(name, name, c, explain ? corrector.explain(text) : null);
    progress.step(size);
    return false;
  }

  /** Reads JSON Lines and corrects them on worker threads, writing answers in input order. */
  private static final class JsonlRun {
    private final Corrector corrector;
    private final Output output;
    private final Progress progress;
    private final int workers;

    private final boolean explain;

    JsonlRun(Corrector corrector, Output output, Progress progress, int workers, boolean explain) {
      this.explain = explain;
      this.corrector = corrector;
      this.output = output;
      this.progress = progress;
      this.workers = workers;
    }

    /** One answered line; {@code rendered} is the JSON already written out by the worker, if any. */
    private record Answer(long lineNumber, Object id, Correction correction, List<Considered> explained,
        String rendered, String error, long bytesRead) {}

    private record Job(long lineNumber, String line, long bytesRead) {}

    boolean run(String name, InputStream in) throws IOException {
      CountingInputStream counted = new CountingInputStream(in);
      BufferedReader reader = new BufferedReader(new InputStreamReader(counted,
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)));
      boolean[] failed = {false};
      try (OrderedParallel<Job, Answer> parallel = new OrderedParallel<>(workers, this::answer, a -> {
        if (a.error() != null) {
          failed[0] = true;
          progress.clear();
          System.err.println("canon: " + name + ":" + a.lineNumber() + ": " + a.error());
          output.writeError(a.id(), a.error());
        } else if (a.rendered() != null) {
          output.writeJson(a.rendered());
        } else {
          output.write(a.id(), name + ":" + a.lineNumber(), a.correction(), a.explained());
        }
        progress.step(a.bytesRead());
      })) {
        long number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          parallel.submit(new Job(++number, line, counted.count()));
        }
        parallel.finish();
      }
      return failed[0];
    }

    private Answer answer(Job job) {
      JsonlInput.Line parsed = JsonlInput.parse(job.line());
      if (parsed.error() != null) {
        return new Answer(job.lineNumber(), parsed.id(), null, null, null, parsed.error(), job.bytesRead());
      }
      try {
        Correction c = corrector.correct(parsed.text());
        List<Considered> explained = explain ? corrector.explain(parsed.text()) : null;
        // render JSON here, on the worker: it costs as much as correcting
        String rendered = output.isJson() ? ResultJson.write(parsed.id(), c, explained, null) : null;
        return new Answer(job.lineNumber(), parsed.id(), c, explained, rendered, null, job.bytesRead());
      } catch (RuntimeException e) {
        return new Answer(job.lineNumber(), parsed.id(), null, null, null, "could not correct: " + e, job.bytesRead());
      }
    }
  }
}
