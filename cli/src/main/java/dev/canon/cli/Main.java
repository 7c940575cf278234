package dev.canon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code canon} command line. Exit codes: 0 success; 1 some input could not be processed
 * (the rest was, and standard error says which); 2 bad usage or a dictionary that does not load.
 */
@Command(
    name = "canon",
    mixinStandardHelpOptions = true,
    version = "canon 0.1.0",
    description = "Corrects misheard entity names in speech-recognition transcripts.",
    subcommands = {CorrectCommand.class, DictCommand.class, EvalCommand.class, LearnCommand.class})
public final class Main implements Runnable {

  /** Exit code when some input could not be processed. */
  static final int EXIT_INPUT = 1;

  /** Exit code for bad usage or a dictionary that does not load. */
  static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting (for tests). */
  static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof dev.canon.dictionary.DictionaryException d) {
            line.getErr().println("canon: dictionary error: " + d.getMessage());
            return EXIT_USAGE;
          }
          if (e instanceof UsageException u) {
            line.getErr().println("canon: " + u.getMessage());
            return EXIT_USAGE;
          }
          throw e;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** A mistake in how the command was called, reported with exit code 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
