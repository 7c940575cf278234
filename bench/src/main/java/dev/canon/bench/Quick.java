package dev.canon.bench;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The quick benchmark ({@code bench/quick.sh}): short JMH runs of {@link CorrectBench} at the
 * bundled, 1k and 100k dictionaries, the exact scan at 1k and 100k, two threads against one,
 * plus an in-process build of the 100k dictionary for build time and retained heap. Prints one
 * table and, last, one summary line.
 */
public final class Quick {

  private Quick() {}

  public static void main(String[] args) throws RunnerException {
    Map<String, Double> mbps = new LinkedHashMap<>();
    for (String dict : List.of("bundled", "1k", "100k")) {
      mbps.put("correct@" + dict, run("correct", dict, 1));
    }
    mbps.put("correct@bundled/2threads", run("correct", "bundled", 2));
    for (String dict : List.of("1k", "100k")) {
      mbps.put("exactScan@" + dict, run("exactScan", dict, 1));
    }
    double[] build = buildAndHeap(100_000);

    double ratio = mbps.get("correct@100k") / mbps.get("exactScan@100k");
    double speedup = mbps.get("correct@bundled/2threads") / mbps.get("correct@bundled");
    double scale = mbps.get("correct@100k") / mbps.get("correct@1k");
    System.out.println();
    System.out.println("| case | MB/s | ratio to exact scan |");
    System.out.println("| --- | ---: | ---: |");
    for (Map.Entry<String, Double> e : mbps.entrySet()) {
      String exact = e.getKey().endsWith("@1k") ? "exactScan@1k" : e.getKey().endsWith("@100k") ? "exactScan@100k" : null;
      String r = exact == null || e.getKey().startsWith("exact") ? "" : String.format(Locale.ROOT, "%.3f", e.getValue() / mbps.get(exact));
      System.out.printf(Locale.ROOT, "| %s | %.2f | %s |%n", e.getKey(), e.getValue(), r);
    }
    System.out.printf(Locale.ROOT, "| build 100k entities | %.2f s | |%n", build[0]);
    System.out.printf(Locale.ROOT, "| retained heap per entity (100k) | %.0f bytes | |%n", build[1]);
    System.out.printf(Locale.ROOT, "| 2 threads / 1 thread (bundled) | %.2fx | |%n", speedup);
    System.out.printf(Locale.ROOT, "| 100k / 1k throughput | %.2f | |%n", scale);
    System.out.printf(Locale.ROOT,
        "ratio@100k=%.3f build100k_s=%.2f heap_per_entity_bytes=%.0f threads2_speedup=%.2f scale100k_vs_1k=%.2f%n",
        ratio, build[0], build[1], speedup, scale);
  }

  /** MB/s (UTF-8) of one short JMH run. */
  private static double run(String method, String dictionary, int threads) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(CorrectBench.class.getName() + "." + method + "$")
        .param("dictionary", dictionary)
        .threads(threads)
        .forks(1)
        // correct needs about 10 s to settle (JIT); shorter warm-ups measured that. With two
        // threads busy on two cores the compiler gets less time: 15 s. The exact scan settles
        // within a second.
        .warmupIterations(method.equals("correct") ? (threads > 1 ? 3 : 2) : 1)
        .warmupTime(TimeValue.seconds(method.equals("correct") ? 5 : 3))
        .measurementIterations(method.equals("correct") ? 3 : 2)
        .measurementTime(TimeValue.seconds(3))
        .jvmArgsAppend("-Dcanon.bench.root=" + System.getProperty("canon.bench.root", "."));
    Collection<RunResult> results = new Runner(options.build()).run();
    RunResult result = results.iterator().next();
    double opsPerSecond = result.getPrimaryResult().getScore();
    List<Dictionary> dictionaries = Setups.dictionaries(dictionary);
    Corpus corpus = Corpus.build(Setups.proseFiles(), dictionaries.get(0), Setups.CORPUS_CHARS, Setups.SEED);
    double meanBytes = (double) corpus.utf8Bytes() / corpus.documents().size();
    return opsPerSecond * meanBytes / 1e6;
  }

  /**
   * Seconds to build a corrector of {@code size} synthetic entities, and heap retained per entity:
   * the corrector's indexes and the {@link Dictionary} objects it keeps (the heap is read before
   * the dictionary is made).
   */
  private static double[] buildAndHeap(int size) {
    Setups.corrector(Setups.dictionaries("1k")); // load HanLP and the lexicons first
    long before = usedAfterGc();
    List<Dictionary> dictionaries = Setups.dictionaries(size / 1000 + "k");
    long start = System.nanoTime();
    Corrector corrector = Setups.corrector(dictionaries);
    double seconds = (System.nanoTime() - start) / 1e9;
    long after = usedAfterGc();
    double perEntity = (double) (after - before) / size;
    if (corrector.dictionaries().isEmpty()) {
      throw new AssertionError("keeps the corrector reachable until measured");
    }
    return new double[] {seconds, perEntity};
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
