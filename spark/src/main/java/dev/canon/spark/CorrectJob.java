package dev.canon.spark;

import dev.canon.dictionary.DictionaryException;
import java.io.PrintStream;
import java.util.Arrays;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The batch job for {@code spark-submit}: reads transcripts (JSON Lines or Parquet), corrects a
 * text column with {@link CanonSpark#correct}, writes the result (Parquet or JSON Lines).
 * Options are in {@link JobOptions#USAGE}.
 *
 * <p>Exit codes follow the CLI's: 0 done; 2 bad usage, a missing input or a dictionary that does
 * not load; 1 any other failure (existing output, a failed stage).
 */
public final class CorrectJob {

  private CorrectJob() {}

  /** Entry point for {@code spark-submit --class dev.canon.spark.CorrectJob}. */
  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.println(JobOptions.USAGE);
      return;
    }
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("canon: " + e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("canon-correct").getOrCreate();
    int code;
    try {
      code = run(spark, options, System.err);
    } finally {
      spark.stop();
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the job in an existing session (which it leaves open) and returns the exit code;
   * problems are described on {@code err}.
   */
  public static int run(SparkSession spark, JobOptions options, PrintStream err) {
    DictionarySet dictionaries;
    Dataset<Row> corrected;
    try {
      dictionaries = DictionarySet.read(options.bundled(), options.dictionaries());
      corrected = CanonSpark.correct(read(spark, options), options.textColumn(), dictionaries);
    } catch (DictionaryException | IllegalArgumentException e) {
      err.println("canon: " + e.getMessage());
      return 2;
    }
    if (options.idColumn() != null) {
      if (!Arrays.asList(corrected.columns()).contains(options.idColumn())) {
        err.println("canon: no column \"" + options.idColumn() + "\" for --id-col");
        return 2;
      }
      corrected =
          corrected.select(
              options.idColumn(), options.textColumn(), CanonSpark.CORRECTED, CanonSpark.ENTITIES);
    }
    try {
      write(corrected, options);
      return 0;
    } catch (Exception e) {
      // AnalysisException (output exists) included: Scala does not declare it.
      err.println("canon: the job failed: " + e.getMessage());
      return 1;
    }
  }

  private static Dataset<Row> read(SparkSession spark, JobOptions options) {
    try {
      return options.inputFormat().equals("parquet")
          ? spark.read().parquet(options.input())
          : spark.read().json(options.input());
    } catch (Exception e) {
      // Scala throws AnalysisException (checked in Java) without declaring it.
      // A missing path is an AnalysisException; say it as a usage problem, not a stack trace.
      if (e instanceof AnalysisException) {
        throw new IllegalArgumentException("cannot read --input: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  private static void write(Dataset<Row> corrected, JobOptions options) {
    if (options.outputFormat().equals("parquet")) {
      corrected.write().parquet(options.output());
    } else {
      corrected.write().json(options.output());
    }
  }
}
