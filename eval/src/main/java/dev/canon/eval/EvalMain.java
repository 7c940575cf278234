package dev.canon.eval;

import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.DictionaryException;
import dev.canon.dictionary.DictionaryLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line of the evaluation ({@code canon eval} in the CLI, or this class's {@code main}):
 *
 * <pre>
 * canon eval --set PATH [--dict PATH]... [--no-default-dict] [--clean PATH]...
 *          [--format table|json] [--findings N]
 * </pre>
 *
 * <p>{@code --set} is a JSON Lines labelled set (see {@link LabelledSets}); {@code --dict} a YAML
 * file or folder, repeatable; the bundled dictionaries load unless {@code --no-default-dict};
 * {@code --clean} a clean-text file or folder of {@code .txt}, repeatable; {@code --findings} how
 * many misses and false positives the table lists (default 40). Exit 0 on success, 2 on bad usage
 * or a dictionary that does not load, 1 when a file cannot be read.
 */
public final class EvalMain {

  private EvalMain() {}

  /** Runs the evaluation and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The usage line, in the style of the {@code canon} command line that runs this class as {@code canon eval}. */
  static final String USAGE = "usage: canon eval --set PATH [--dict PATH]... [--no-default-dict] [--clean PATH]..."
      + " [--format table|json] [--findings N]";

  /** Runs the evaluation; returns the exit status instead of exiting, for tests. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path set = null;
    List<Path> dicts = new ArrayList<>();
    List<Path> clean = new ArrayList<>();
    boolean defaults = true;
    boolean json = false;
    int maxFindings = 40;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--set" -> set = Path.of(value(args, ++i));
          case "--dict" -> dicts.add(Path.of(value(args, ++i)));
          case "--clean" -> clean.add(Path.of(value(args, ++i)));
          case "--no-default-dict" -> defaults = false;
          case "--findings" -> maxFindings = Integer.parseInt(value(args, ++i));
          case "--format" -> json = switch (value(args, ++i)) {
            case "json" -> true;
            case "table" -> false;
            default -> throw new IllegalArgumentException("--format must be table or json");
          };
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
      }
      if (set == null && clean.isEmpty()) {
        throw new IllegalArgumentException("give --set PATH and/or --clean PATH");
      }
    } catch (IllegalArgumentException e) {
      err.println("canon eval: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    Corrector corrector;
    try {
      Corrector.Builder builder = Corrector.builder();
      if (defaults) {
        builder.addAll(BundledDictionaries.load());
      }
      for (Path d : dicts) {
        builder.addAll(DictionaryLoader.defaults().loadAll(d));
      }
      corrector = builder.build();
    } catch (DictionaryException e) {
      err.println("canon eval: " + e.getMessage());
      return 2;
    }
    return evaluate(corrector, set, clean, json, maxFindings, out, err);
  }

  /**
   * Scores {@code corrector} on a labelled set and clean texts and prints the report.
   *
   * @param set a JSON Lines labelled set, or {@code null}
   * @param clean clean-text files or folders of {@code .txt}
   * @param json a JSON report instead of the table
   * @param maxFindings misses and false positives listed by the table
   * @return 0, or 1 when a file cannot be read or holds a bad record (said on {@code err})
   */
  public static int evaluate(Corrector corrector, Path set, List<Path> clean, boolean json, int maxFindings,
      PrintStream out, PrintStream err) {
    try {
      List<LabelledSentence> sentences = new ArrayList<>();
      if (set != null) {
        sentences.addAll(LabelledSets.read(set));
      }
      for (Path c : clean) {
        sentences.addAll(LabelledSets.readClean(c));
      }
      Report report = new Evaluator(corrector).evaluate(sentences);
      out.print(json ? ReportFormat.json(report) + "\n" : ReportFormat.table(report, maxFindings));
      return 0;
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("canon eval: " + e.getFile() + ": no such file");
      return 1;
    } catch (IOException e) {
      err.println("canon eval: cannot read: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("canon eval: " + e.getMessage());
      return 1;
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
