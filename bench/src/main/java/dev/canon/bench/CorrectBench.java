package dev.canon.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import dev.canon.phonetic.EnglishKey;
import dev.canon.phonetic.PinyinReader;
import dev.canon.text.Scripts;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Throughput of Canon's full {@code correct} against a bare Aho-Corasick scan of the same
 * documents for the same forms (hankcs' double-array trie, lower-cased forms over lower-cased
 * text): the practical lower bound of any exact dictionary matcher. One operation corrects (or
 * scans) one document of about 2,000 chars; MB/s = ops/s × mean document bytes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
// The heap is committed and touched up front: otherwise each growth of the young generation
// first-touches new pages for seconds, and the runs that overlap it measure page faults.
@Fork(value = 1, jvmArgs = {"-Xmx4g", "-Xms4g", "-XX:+AlwaysPreTouch"})
public class CorrectBench {

  /** The dictionary, its corrector, its exact-scan trie and a corpus that mentions it. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"bundled", "1k", "10k", "100k"})
    public String dictionary;

    Corrector corrector;
    AhoCorasickDoubleArrayTrie<Integer> trie;
    String[] documents;
    double meanBytes;

    @Setup(Level.Trial)
    public void setUp() {
      List<Dictionary> dictionaries = Setups.dictionaries(dictionary);
      corrector = Setups.corrector(dictionaries);
      trie = exactTrie(dictionaries);
      Corpus corpus = Corpus.build(Setups.proseFiles(), dictionaries.get(0), Setups.CORPUS_CHARS, Setups.SEED);
      documents = corpus.documents().toArray(String[]::new);
      meanBytes = (double) corpus.utf8Bytes() / documents.length;
      System.out.printf(Locale.ROOT, "%n# dictionary %s: %d documents, mean %.0f bytes%n",
          dictionary, documents.length, meanBytes);
    }
  }

  /**
   * Each thread walks the documents from its own position: thread {@code t} of {@code n} starts
   * at document {@code t × count / n}, so two threads do not correct the same documents in
   * lockstep (deterministic, unlike a random start).
   */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    @Setup(Level.Trial)
    public void setUp(Data data, ThreadParams thread) {
      next = start(thread.getThreadIndex(), thread.getThreadCount(), data.documents.length);
    }

    /** The first document of thread {@code index} of {@code count} over {@code documents}. */
    static int start(int index, int count, int documents) {
      return (int) ((long) index * documents / count);
    }

    String next(Data data) {
      String d = data.documents[next];
      next = next + 1 == data.documents.length ? 0 : next + 1;
      return d;
    }
  }

  @Benchmark
  public int correct(Data data, Cursor cursor) {
    return data.corrector.correct(cursor.next(data)).mentions().size();
  }

  @Benchmark
  public int exactScan(Data data, Cursor cursor) {
    int[] hits = new int[1];
    AhoCorasickDoubleArrayTrie.IHit<Integer> count = (begin, end, value) -> hits[0]++;
    data.trie.parseText(cursor.next(data).toLowerCase(Locale.ROOT), count);
    return hits[0];
  }

  /**
   * Part of the floor under {@code correct}: HanLP's reading of every Chinese run of the
   * document, which the pinyin pass needs before its first index look-up. Compare with
   * {@code exactScan}: the ratio {@code correct} can reach is bounded by what such parts cost.
   */
  @Benchmark
  public int pinyinReading(Data data, Cursor cursor) {
    return sumOverRuns(cursor.next(data), PinyinReader::isReadable, run -> PinyinReader.readIds(run).length);
  }

  /**
   * Part of the floor under {@code correct}: one Double Metaphone key (commons-codec) per Latin
   * word of the document, not remembered. The Latin pass makes about one such key for every
   * two words, of two- and three-word windows, whose keys repeat too rarely to remember.
   */
  @Benchmark
  public int soundKeys(Data data, Cursor cursor) {
    return sumOverRuns(cursor.next(data), Scripts::isLatinWordChar,
        word -> EnglishKey.of(word.toLowerCase(Locale.ROOT)).length());
  }

  /** The sum of {@code measure} over the maximal runs of chars of {@code text} that are {@code inRun}. */
  private static int sumOverRuns(String text, IntPredicate inRun, ToIntFunction<String> measure) {
    int sum = 0;
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && inRun.test(text.charAt(end))) {
        end++;
      }
      if (end > i) {
        sum += measure.applyAsInt(text.substring(i, end));
        i = end;
      } else {
        i++;
      }
    }
    return sum;
  }

  static AhoCorasickDoubleArrayTrie<Integer> exactTrie(List<Dictionary> dictionaries) {
    TreeMap<String, Integer> forms = new TreeMap<>();
    int id = 0;
    for (Dictionary d : dictionaries) {
      for (Entity e : d.entities()) {
        forms.put(e.canonical().toLowerCase(Locale.ROOT), id);
        e.aliases().forEach(a -> forms.put(a.toLowerCase(Locale.ROOT), 0));
        e.synonyms().forEach(s -> forms.put(s.toLowerCase(Locale.ROOT), 0));
        id++;
      }
    }
    AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
    trie.build(forms);
    return trie;
  }
}
