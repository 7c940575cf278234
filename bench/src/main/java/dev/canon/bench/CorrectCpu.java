package dev.canon.bench;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code correct} over the benchmark corpus by the thread's CPU time, not wall time: on a machine
 * shared with other work (other builds take the cores), CPU time is disturbed less than JMH's
 * wall-clock throughput. For A/B runs of two builds, put the older jar first on the class path
 * (its classes win) and this one's jar after it. Not a JMH benchmark; warm-up by passes.
 *
 * <p>Usage, from the repository root: {@code java -Xmx4g -cp [old.jar:]bench/target/benchmarks.jar
 * dev.canon.bench.CorrectCpu bundled 1k 100k}.
 */
public final class CorrectCpu {

  private CorrectCpu() {}

  public static void main(String[] args) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (String name : args) {
      List<Dictionary> dictionaries = Setups.dictionaries(name);
      Corrector corrector = Setups.corrector(dictionaries);
      Corpus corpus = Corpus.build(Setups.proseFiles(), dictionaries.get(0), Setups.CORPUS_CHARS, Setups.SEED);
      List<String> documents = corpus.documents();
      int passes = 25;
      long[] ns = new long[passes];
      int sink = 0;
      for (int p = -8; p < passes; p++) { // 8 passes warm the JIT up
        long start = cpu.getCurrentThreadCpuTime();
        for (String d : documents) {
          sink += corrector.correct(d).mentions().size();
        }
        if (p >= 0) {
          ns[p] = cpu.getCurrentThreadCpuTime() - start;
        }
      }
      Arrays.sort(ns);
      double mb = corpus.utf8Bytes() / 1e6;
      System.out.printf(Locale.ROOT, "%s: %d documents, %.2f MB; CPU per pass best %.1f ms (%.2f MB/s), median %.1f ms (%.2f MB/s) [%d]%n",
          name, documents.size(), mb, ns[0] / 1e6, mb / (ns[0] / 1e9), ns[passes / 2] / 1e6, mb / (ns[passes / 2] / 1e9), sink);
    }
  }
}
