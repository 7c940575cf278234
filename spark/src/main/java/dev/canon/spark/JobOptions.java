package dev.canon.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link CorrectJob}, parsed. Immutable.
 *
 * @param input where to read: a file, a folder or a glob, as Spark's readers take it
 * @param output the folder to write; it must not exist yet
 * @param inputFormat {@code jsonl} (default) or {@code parquet}
 * @param outputFormat {@code parquet} (default) or {@code jsonl}
 * @param dictionaries extra YAML files or folders, in priority order
 * @param bundled whether the bundled dictionaries load (they do unless {@code --no-default-dict})
 * @param textColumn the column to correct, default {@code text}
 * @param idColumn when given, the output holds only this column, the text, corrected and
 *     entities (the shape of the CLI's JSON); when null, it keeps every input column
 */
public record JobOptions(
    String input,
    String output,
    String inputFormat,
    String outputFormat,
    List<Path> dictionaries,
    boolean bundled,
    String textColumn,
    String idColumn) {

  /** What {@code --help} and a usage error print. */
  public static final String USAGE =
      """
      usage: spark-submit --class dev.canon.spark.CorrectJob canon-spark-job.jar
               --input PATH --output PATH
               [--input-format jsonl|parquet] [--output-format parquet|jsonl]
               [--dict PATH]... [--no-default-dict] [--text-col NAME] [--id-col NAME]""";

  private static final List<String> FORMATS = List.of("jsonl", "parquet");

  public JobOptions {
    dictionaries = List.copyOf(dictionaries);
  }

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException naming the bad or missing option
   */
  public static JobOptions parse(String... args) {
    String input = null;
    String output = null;
    String inputFormat = "jsonl";
    String outputFormat = "parquet";
    List<Path> dictionaries = new ArrayList<>();
    boolean bundled = true;
    String textColumn = "text";
    String idColumn = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--no-default-dict" -> bundled = false;
        case "--input" -> input = value(args, ++i, option);
        case "--output" -> output = value(args, ++i, option);
        case "--input-format" -> inputFormat = format(value(args, ++i, option), option);
        case "--output-format" -> outputFormat = format(value(args, ++i, option), option);
        case "--dict" -> dictionaries.add(Path.of(value(args, ++i, option)));
        case "--text-col" -> textColumn = value(args, ++i, option);
        case "--id-col" -> idColumn = value(args, ++i, option);
        default -> throw new IllegalArgumentException("unknown option: " + option);
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required");
    }
    return new JobOptions(
        input, output, inputFormat, outputFormat, dictionaries, bundled, textColumn, idColumn);
  }

  private static String value(String[] args, int at, String option) {
    if (at >= args.length || args[at].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[at];
  }

  private static String format(String value, String option) {
    String format = value.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(format)) {
      throw new IllegalArgumentException(option + " must be jsonl or parquet; got " + value);
    }
    return format;
  }
}
