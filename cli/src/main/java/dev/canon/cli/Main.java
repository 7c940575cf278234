package dev.canon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code canon} command line. Exit codes: 0 success; 1 some input could not be processed
 * (the rest was, and standard error says which); 2 bad usage or a dictionary that does not load.
 *
 * <p>Every usage error, of any subcommand, reads {@code canon SUBCOMMAND: what is wrong} then
 * {@code Try 'canon SUBCOMMAND --help' for more information.}
 */
@Command(
    name = "canon",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = "Corrects misheard entity names in speech-recognition transcripts.",
    subcommands = {CorrectCommand.class, DictCommand.class, EvalCommand.class, LearnCommand.class, ServeCommand.class})
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
    cli.setParameterExceptionHandler((e, ignored) -> usageError(e.getCommandLine(), e.getMessage()));
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof dev.canon.dictionary.DictionaryException d) {
            DictionaryErrors.print(line.getCommandSpec().qualifiedName(), d, line.getErr());
            return EXIT_USAGE;
          }
          if (e instanceof UsageException u) {
            return usageError(line, u.getMessage());
          }
          throw e;
        });
    return cli.execute(args);
  }

  /** The one usage-error style of every command: what is wrong, then where help is. */
  private static int usageError(CommandLine line, String message) {
    String name = line.getCommandSpec().qualifiedName();
    line.getErr().println(name + ": " + message);
    line.getErr().println("Try '" + name + " --help' for more information.");
    return EXIT_USAGE;
  }

  @Override
  public void run() {
    throw new UsageException("needs a command: " + String.join(", ", spec.subcommands().keySet()));
  }

  /** A mistake in how the command was called, reported with exit code 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
