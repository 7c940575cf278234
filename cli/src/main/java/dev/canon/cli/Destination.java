package dev.canon.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where {@code correct} writes: everything to standard output, everything to one file
 * ({@code -o}), or each input to a file of its own, in a folder ({@code --output-dir}) or in
 * place of the input ({@code --in-place}). Files are written through {@link AtomicFile}, so a
 * reader (or a crash) never sees half of one. Not thread-safe; one input at a time.
 */
abstract class Destination {

  /** The output for the next input. */
  abstract Output open(CorrectCommand.Input input) throws IOException;

  /** Ends one input; {@code keep} is false when nothing could be produced for it. */
  abstract void close(Output output, boolean keep) throws IOException;

  /** Ends the run. */
  abstract void finish() throws IOException;

  /** All inputs to one stream: standard output ({@code file} null), or one file written whole. */
  static Destination shared(PrintStream stdout, Path file, Function<PrintStream, Output> outputs) throws IOException {
    AtomicFile target = file == null ? null : AtomicFile.create(file);
    Output output = outputs.apply(target == null ? stdout
        : new PrintStream(target.stream(), false, StandardCharsets.UTF_8));
    return new Destination() {
      private boolean kept;

      @Override
      Output open(CorrectCommand.Input input) {
        return output;
      }

      @Override
      void close(Output o, boolean keep) {
        kept |= keep;
        o.flush();
      }

      @Override
      void finish() throws IOException {
        output.finish();
        if (target != null && output.failed()) {
          target.discard();
          throw new IOException("could not write " + file + "; it stays as it was");
        }
        if (target != null && kept) {
          target.commit();
        } else if (target != null) {
          target.discard(); // no input could be read: an existing file stays as it was
        }
      }
    };
  }

  /** Each input to its own file: {@code folder}/its name, or itself when {@code folder} is null. */
  static Destination perFile(Path folder, Function<PrintStream, Output> outputs) {
    return new Destination() {
      private AtomicFile current;

      @Override
      Output open(CorrectCommand.Input input) throws IOException {
        Path target = folder == null ? input.path() : folder.resolve(input.path().getFileName());
        current = AtomicFile.create(target);
        return outputs.apply(new PrintStream(current.stream(), false, StandardCharsets.UTF_8));
      }

      @Override
      void close(Output output, boolean keep) throws IOException {
        output.finish();
        if (output.failed()) {
          current.discard();
          throw new IOException("could not write the output for this input; nothing written");
        }
        if (keep) {
          current.commit();
        } else {
          current.discard();
        }
        current = null;
      }

      @Override
      void finish() {}
    };
  }
}
