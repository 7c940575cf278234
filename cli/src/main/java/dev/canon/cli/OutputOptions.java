package dev.canon.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Where {@code correct} writes: standard output, {@code -o FILE}, {@code --output-dir DIR} or
 * {@code --in-place}; the checks that keep a run from writing something invalid, made before any
 * work.
 */
final class OutputOptions {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the output to FILE (replaced in one step when done) instead of standard output.")
  Path file;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write each input's output to DIR under the input's file name (DIR is created if needed).")
  Path folder;

  @Option(names = "--in-place",
      description = "Replace each input file with its corrected version, in one step (a temporary file, then a rename).")
  boolean inPlace;

  /** True when the output goes to standard output. */
  boolean toStandardOutput() {
    return file == null && folder == null && !inPlace;
  }

  /**
   * Checks these options against the inputs and the output format.
   *
   * @throws Main.UsageException naming what to change
   */
  void check(List<CorrectCommand.Input> inputs, boolean fromStandardInput, CorrectCommand.OutputFormat format) {
    int ways = (file != null ? 1 : 0) + (folder != null ? 1 : 0) + (inPlace ? 1 : 0);
    if (ways > 1) {
      throw new Main.UsageException("give only one of -o, --output-dir and --in-place");
    }
    if ((folder != null || inPlace) && fromStandardInput) {
      throw new Main.UsageException((inPlace ? "--in-place" : "--output-dir") + " needs input FILEs; "
          + "standard input has no name to write to (use -o FILE)");
    }
    if (inPlace && format != CorrectCommand.OutputFormat.text) {
      throw new Main.UsageException("--in-place writes each file corrected in its own format; it takes --format text"
          + " (use --output-dir DIR for " + format + ")");
    }
    if (inPlace && inputs.stream().anyMatch(i -> i.format().equals("jsonl"))) {
      throw new Main.UsageException("--in-place cannot rewrite JSON Lines input (its answers are not JSON Lines input);"
          + " use --output-dir DIR or -o FILE");
    }
    if (folder != null) {
      Map<Path, CorrectCommand.Input> names = new HashMap<>();
      for (CorrectCommand.Input i : inputs) {
        CorrectCommand.Input before = names.put(i.path().getFileName(), i);
        if (before != null) {
          throw new Main.UsageException("--output-dir: " + before.name() + " and " + i.name()
              + " would both be written to " + folder.resolve(i.path().getFileName()));
        }
      }
    }
    boolean glued = format == CorrectCommand.OutputFormat.text && inputs.size() > 1
        && inputs.stream().anyMatch(i -> InputFormats.isStructured(i.format()));
    if (folder == null && !inPlace && glued) {
      Set<String> names = new LinkedHashSet<>();
      inputs.stream().map(CorrectCommand.Input::format).filter(InputFormats::isStructured).forEach(names::add);
      throw new Main.UsageException("several " + String.join("/", names) + " files would be glued into one, which is"
          + " not a valid file; write each to its own with --output-dir DIR or --in-place"
          + " (or choose --format jsonl)");
    }
  }

  /** Opens where the output goes; {@code outputs} makes the writer for a stream. */
  Destination open(Function<PrintStream, Output> outputs) throws IOException {
    if (folder != null) {
      Files.createDirectories(folder);
      return Destination.perFile(folder, outputs);
    }
    if (inPlace) {
      return Destination.perFile(null, outputs);
    }
    return Destination.shared(new PrintStream(System.out, false, StandardCharsets.UTF_8), file, outputs);
  }
}
