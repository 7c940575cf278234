package dev.canon.bench;

import dev.canon.dictionary.Dictionary;
import dev.canon.stream.StreamSession;
import dev.canon.stream.StreamingCorrector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Partials per second of {@link StreamSession#partial}, bundled dictionary, on the benchmark's
 * mixed Chinese and English documents cut into ASR-like words (a Latin word with its space, or
 * two Chinese characters):
 *
 * <ul>
 *   <li>{@code twentyWordTail}: a hypothesis of 20 words with nothing stable before it (the
 *       whole hypothesis is the unstable tail), in a fresh session: the cost of a partial whose
 *       tail is 20 words;
 *   <li>{@code longSegment}: a segment of a whole document (about 2,000 chars) growing word by
 *       word, one op per partial: the steady state, where each partial corrects a window of the
 *       unstable tail plus {@code reach} chars of left context and copies the stable prefix.
 * </ul>
 * One thread, so ops/s is partials per second per core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Xms2g", "-XX:+AlwaysPreTouch"})
public class StreamBench {

  /** Words of a Latin run with the spaces before it, or two Han chars; punctuation goes with the word before it. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i < text.length() && Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.HAN) {
        for (int c = 0; c < 2 && i < text.length()
            && Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.HAN; c++) {
          i += Character.charCount(text.codePointAt(i));
        }
      } else {
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))
            && Character.UnicodeScript.of(text.codePointAt(i)) != Character.UnicodeScript.HAN) {
          i++;
        }
      }
      while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        i += Character.charCount(text.codePointAt(i));
      }
      out.add(text.substring(start, i));
    }
    return out;
  }

  /** The streaming corrector, the 20-word hypotheses and the growing hypotheses of whole documents. */
  @State(Scope.Benchmark)
  public static class Data {
    StreamingCorrector streaming;
    String[] twentyWords;
    String[][] segments;

    @Setup(Level.Trial)
    public void setUp() {
      List<Dictionary> dictionaries = Setups.dictionaries("bundled");
      streaming = StreamingCorrector.of(Setups.corrector(dictionaries));
      Corpus corpus = Corpus.build(Setups.proseFiles(), dictionaries.get(0), 200_000, Setups.SEED);
      List<String> twenty = new ArrayList<>();
      List<String[]> grown = new ArrayList<>();
      long chars = 0;
      for (String document : corpus.documents()) {
        List<String> words = words(document);
        for (int k = 0; k + 20 <= words.size(); k += 20) {
          twenty.add(String.join("", words.subList(k, k + 20)).strip());
        }
        String[] partials = new String[words.size()];
        StringBuilder h = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
          partials[k] = h.append(words.get(k)).toString();
          chars += words.get(k).length();
        }
        grown.add(partials);
      }
      twentyWords = twenty.toArray(String[]::new);
      segments = grown.toArray(String[][]::new);
      System.out.printf(Locale.ROOT, "%n# %d twenty-word hypotheses (mean %.0f chars); %d segments, mean %.0f chars;"
              + " reach %d chars%n", twentyWords.length,
          twenty.stream().mapToInt(String::length).average().orElse(0), segments.length,
          (double) chars / segments.length, streaming.reach());
    }
  }

  /** Each thread walks the hypotheses on its own. */
  @State(Scope.Thread)
  public static class Cursor {
    int hypothesis;
    int segment;
    int partial;
    StreamSession session;
  }

  @Benchmark
  public int twentyWordTail(Data data, Cursor cursor) {
    String h = data.twentyWords[cursor.hypothesis];
    cursor.hypothesis = (cursor.hypothesis + 1) % data.twentyWords.length;
    return data.streaming.open().partial(h).mentions().size();
  }

  @Benchmark
  public int longSegment(Data data, Cursor cursor) {
    String[] partials = data.segments[cursor.segment];
    if (cursor.session == null || cursor.partial == partials.length) {
      // a new segment: the session of the last one is dropped, not finalized (that is a batch correction)
      cursor.segment = (cursor.segment + 1) % data.segments.length;
      partials = data.segments[cursor.segment];
      cursor.partial = 0;
      cursor.session = data.streaming.open();
    }
    return cursor.session.partial(partials[cursor.partial++]).stable();
  }
}
