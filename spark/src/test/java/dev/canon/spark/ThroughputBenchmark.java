package dev.canon.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Lines per second of the library alone and of {@link CanonSpark#correct} in local[2], on the same
 * 50,000 lines (seed sentences shuffled with a fixed seed). Run by hand, never by the build: see
 * "Throughput" in spark/README.md. Arguments: {@code [lines] [rounds]}, default 50000 and 3.
 */
public final class ThroughputBenchmark {

  private static final long SHUFFLE_SEED = 20240417L;

  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> lines = SeedCorpus.lines(count, SHUFFLE_SEED);
    long chars = lines.stream().mapToLong(String::length).sum();
    System.out.printf("%d lines, %d chars, %d cores, load average %.1f (other processes share them)%n",
        count, chars, Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());

    Corrector corrector = Corrector.builder().addAll(BundledDictionaries.load()).build();
    long expected = library(corrector, lines); // warm-up, and the checksum Spark must match
    for (int r = 0; r < rounds; r++) {
      Mark t = Mark.now();
      library(corrector, lines);
      report("library, 1 thread", count, t);
    }
    ForkJoinPool two = new ForkJoinPool(2);
    for (int r = 0; r < rounds; r++) {
      Mark t = Mark.now();
      two.submit(() -> lines.parallelStream().mapToLong(l -> corrector.correct(l).corrected().length()).sum()).get();
      report("library, 2 threads", count, t);
    }
    two.shutdown();

    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("canon-throughput")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    StructType schema =
        new StructType().add("id", DataTypes.LongType, false).add("text", DataTypes.StringType, false);
    List<Row> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(RowFactory.create((long) i, lines.get(i)));
    }
    Dataset<Row> df = spark.createDataFrame(rows, schema).repartition(2).cache();
    df.count(); // materialize the input so the timing is the correction, not the driver's list
    for (int r = 0; r <= rounds; r++) {
      Mark t = Mark.now();
      Row totals =
          CanonSpark.correct(df, "text", DictionarySet.bundled())
              .agg(sum(length(col(CanonSpark.CORRECTED))),
                  sum(size(col(CanonSpark.ENTITIES))))
              .first();
      if (totals.getLong(0) != expected) {
        throw new AssertionError("Spark corrected " + totals.getLong(0) + " chars, the library " + expected);
      }
      report(r == 0 ? "spark local[2] (first run, warm-up)" : "spark local[2]", count, t);
    }
    spark.stop();
    System.out.printf("load average at the end %.1f%n", OS.getSystemLoadAverage());
  }

  private static long library(Corrector corrector, List<String> lines) {
    long total = 0;
    for (String line : lines) {
      total += corrector.correct(line).corrected().length();
    }
    return total;
  }

  /** Wall time and the process's CPU time (all threads, GC and JIT included) since the mark. */
  private record Mark(long wallNanos, long cpuNanos) {
    static Mark now() {
      return new Mark(System.nanoTime(), OS.getProcessCpuTime());
    }
  }

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static void report(String what, int count, Mark start) {
    double wall = (System.nanoTime() - start.wallNanos()) / 1e9;
    double cpu = (OS.getProcessCpuTime() - start.cpuNanos()) / 1e9;
    System.out.printf("%-36s wall %6.2f s %,9.0f lines/s | cpu %6.2f s %,9.0f lines/cpu-s%n",
        what, wall, count / wall, cpu, count / cpu);
  }
}
