package dev.canon.bench;

import com.hankcs.hanlp.HanLP;
import dev.canon.phonetic.PinyinReader;
import dev.canon.phonetic.PinyinTable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The pinyin reading of the benchmark corpus (every Chinese run of its documents), HanLP's
 * segmenting converter against {@link PinyinTable}, in one JVM, by the thread's CPU time: on a
 * machine shared with other work, CPU time is disturbed less than wall time (JMH measures wall
 * time). Rounds alternate the two; the best round of each is printed. Not a JMH benchmark.
 *
 * <p>Usage, from the repository root: {@code java -cp bench/target/benchmarks.jar
 * dev.canon.bench.PinyinCpu}.
 */
public final class PinyinCpu {

  private PinyinCpu() {}

  public static void main(String[] args) {
    List<String> runs = new ArrayList<>();
    long chars = 0;
    Corpus corpus = Corpus.build(Setups.proseFiles(), Setups.dictionaries("bundled").get(0), Setups.CORPUS_CHARS, Setups.SEED);
    for (String d : corpus.documents()) {
      int i = 0;
      while (i < d.length()) {
        int end = i;
        while (end < d.length() && PinyinReader.isReadable(d.charAt(end))) {
          end++;
        }
        if (end > i) {
          runs.add(d.substring(i, end));
          chars += end - i;
          i = end;
        } else {
          i++;
        }
      }
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    List<Function<String, ?>> readers = List.of(HanLP::convertToPinyinList, PinyinTable::convert);
    for (int round = 0; round < 40; round++) {
      for (int r = 0; r < 2; r++) {
        long start = cpu.getCurrentThreadCpuTime();
        int sink = 0;
        for (int pass = 0; pass < 5; pass++) {
          for (String run : runs) {
            sink += readers.get(r).apply(run).hashCode();
          }
        }
        long ns = (cpu.getCurrentThreadCpuTime() - start) / 5;
        if (round >= 10) { // the first rounds warm the JIT up
          best[r] = Math.min(best[r], ns);
        }
        if (sink == 42) {
          System.out.print("");
        }
      }
    }
    System.out.printf(Locale.ROOT, "corpus: %d documents, %d Chinese runs, %d chars%n", corpus.documents().size(), runs.size(), chars);
    System.out.printf(Locale.ROOT, "HanLP.convertToPinyinList: %.2f ms CPU per corpus pass (best of 30)%n", best[0] / 1e6);
    System.out.printf(Locale.ROOT, "PinyinTable.convert:       %.2f ms CPU per corpus pass (best of 30), %.1fx faster%n",
        best[1] / 1e6, (double) best[0] / best[1]);
  }
}
