package dev.canon.cli;

import dev.canon.formats.Utf8;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.canon.Corrector;
import dev.canon.formats.json.ResultJson;
import dev.canon.resolution.Considered;
import dev.canon.result.Correction;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code correct --input-format jsonl}: reads records as they arrive, corrects them on worker
 * threads and writes each answer, in input order, as soon as it and all before it are done
 * (flushed whenever the writer has caught up). A blank line is skipped; a line that is not
 * UTF-8, not one JSON object, or has no string {@code text} gets an error record in its place.
 */
final class JsonlRun {

  private final Corrector corrector;
  private final Output output;
  private final Progress progress;
  private final int workers;
  private final boolean explain;

  JsonlRun(Corrector corrector, Output output, Progress progress, int workers, boolean explain) {
    this.corrector = corrector;
    this.output = output;
    this.progress = progress;
    this.workers = workers;
    this.explain = explain;
  }

  /** One answer; {@code rendered} is the JSON already rendered by the worker, if any. */
  private record Answer(long lineNumber, Object id, ObjectNode extras, Correction correction,
      List<Considered> explained, String rendered, String error, boolean skipped, long bytesRead) {

    static Answer error(JsonlReader.Line line, Object id, ObjectNode extras, String error) {
      return new Answer(line.number(), id, extras, null, null, null, error, false, line.bytesRead());
    }
  }

  /** Returns true when some record could not be processed. */
  boolean run(String name, InputStream in) throws IOException {
    JsonlReader reader = new JsonlReader(in);
    boolean[] failed = {false};
    try (OrderedParallel<JsonlReader.Line, Answer> parallel =
        new OrderedParallel<>(workers, this::answer, a -> write(name, a, failed), output::flush)) {
      for (JsonlReader.Line line = reader.next(); line != null; line = reader.next()) {
        parallel.submit(line);
      }
      parallel.finish();
    }
    return failed[0];
  }

  private void write(String name, Answer a, boolean[] failed) {
    if (a.skipped()) {
      progress.step(a.bytesRead(), Progress.Outcome.SKIPPED);
      return;
    }
    if (a.error() != null) {
      failed[0] = true;
      progress.clear();
      System.err.println("canon: " + name + ":" + a.lineNumber() + ": " + a.error());
      output.writeError(a.id(), a.extras(), a.error());
      progress.step(a.bytesRead(), Progress.Outcome.ERROR);
      return;
    }
    if (a.rendered() != null) {
      output.writeJson(a.rendered());
    } else {
      output.write(a.id(), name + ":" + a.lineNumber(), a.correction(), a.explained());
    }
    progress.step(a.bytesRead(), a.correction().edits().isEmpty() ? Progress.Outcome.UNCHANGED : Progress.Outcome.CHANGED);
  }

  private Answer answer(JsonlReader.Line line) {
    if (line.blank()) {
      return new Answer(line.number(), null, null, null, null, null, null, true, line.bytesRead());
    }
    String text;
    try {
      text = line.decode();
    } catch (Utf8.Invalid e) {
      return Answer.error(line, null, null, "not valid UTF-8 at byte " + e.offset + " of the line");
    }
    JsonlInput.Line parsed = JsonlInput.parse(text);
    if (parsed.error() != null) {
      return Answer.error(line, parsed.id(), parsed.extras(), parsed.error());
    }
    try {
      Correction c = corrector.correct(parsed.text());
      List<Considered> explained = explain ? corrector.explain(parsed.text()) : null;
      // rendered here, on the worker: it costs as much as correcting
      String rendered = output.isJson()
          ? ResultJson.write(parsed.id(), parsed.extras(), output.fields(), c, explained, null) : null;
      return new Answer(line.number(), parsed.id(), parsed.extras(), c, explained, rendered, null, false,
          line.bytesRead());
    } catch (RuntimeException e) {
      return Answer.error(line, parsed.id(), parsed.extras(), "could not correct: " + e);
    }
  }
}
