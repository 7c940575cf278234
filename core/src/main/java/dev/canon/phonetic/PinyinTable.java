package dev.canon.phonetic;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.StringDictionary;
import com.hankcs.hanlp.corpus.io.IOUtil;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.dictionary.py.PinyinDictionary;
import com.hankcs.hanlp.utility.Predefine;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link HanLP#convertToPinyinList} without its cost for the common case: the same list, read
 * char by char from a table where the char's reading cannot depend on its neighbours.
 *
 * <p>Why hand-written: HanLP has no per-char fast path. Its converter runs an Aho-Corasick pass
 * over its whole pinyin dictionary for every text, then walks the text greedily, taking at each
 * position the longest dictionary word that starts there (one pinyin per char of the word, a
 * single char alone reads as its first reading, a char in no entry reads {@link Pinyin#none5}).
 * That pass cost about as much as a whole exact scan of a document, although most chars read the
 * same in every word.
 *
 * <p>What is read from the table, and why it is the same: built once, on first use, from HanLP's
 * own dictionary (every key of its {@code pinyin.txt}, with the readings of HanLP's loaded trie).
 * A char is <em>settled</em> when every word entry holding it gives it the same syllable and tone
 * as it has alone; whatever word the greedy walk puts it in, it reads that. Two adjacent chars are
 * <em>bridged</em> when some entry holds them side by side; between two unbridged chars no
 * dictionary word can span, so HanLP's walk always has a word boundary there and reads the two
 * sides independently. A run is therefore read char by char from the table, and only the
 * smallest bridged stretch around a char that is not settled (such as {@code 的} in {@code 目的})
 * goes to HanLP's converter (its answer remembered per stretch, bounded); an unsettled char with
 * no bridge either side reads as it does alone.
 *
 * <p>If HanLP's data breaks an assumption above (an entry with more readings than chars; a trie
 * with keys that {@code pinyin.txt} does not list), the table is off and every run goes to HanLP.
 * Cost: one table read per char, two bit tests per unsettled char, the converter on the stretches
 * not remembered. The table is immutable once built and the memo a bounded concurrent map:
 * thread-safe.
 */
public final class PinyinTable {

  private PinyinTable() {}

  /**
   * The same list as {@code HanLP.convertToPinyinList(run)}: one reading per char of the run
   * ({@link Pinyin#none5} where there is none), or, as HanLP's, fewer where one of its entries
   * has fewer readings than chars.
   */
  public static List<Pinyin> convert(String run) {
    return Table.ON ? Table.read(run) : HanLP.convertToPinyinList(run);
  }

  /** Whether the table is in use (false only if HanLP's data breaks its assumptions). */
  public static boolean enabled() {
    return Table.ON;
  }

  /** The table, built on first use (class initialization is thread-safe and runs once). */
  private static final class Table {
    /** A char's reading alone: its entry's first reading, or none5 if it has no entry. */
    static final Pinyin[] ALONE = new Pinyin[Character.MAX_VALUE + 1];
    /** Chars some word entry reads otherwise than alone (or that lie in an entry with fewer readings than chars). */
    static final boolean[] UNSETTLED = new boolean[Character.MAX_VALUE + 1];
    /**
     * Pairs of chars adjacent in some entry, as bits of a hashed set (2^20 bits, 128 KB): every
     * such pair's bit is set, and a few other pairs share a bit. A false "bridged" only widens a
     * stretch sent to HanLP (still read right); a pair whose bit is clear is never bridged.
     */
    static final long[] BRIDGES = new long[1 << 14];
    static final boolean ON = load();

    /**
     * HanLP's readings of the stretches already read: the same stretches ({@code 不是},
     * {@code 之所以}) come back in every text. Bounded like {@link EnglishKey}'s memo: once full,
     * stretches are read and not kept; a reading never depends on what was seen before.
     */
    static final ConcurrentHashMap<String, Pinyin[]> STRETCHES = new ConcurrentHashMap<>();

    static final int STRETCHES_KEPT = 1 << 15;

    /** Fills the tables from HanLP's dictionary; false if the table cannot be used. */
    private static boolean load() {
      Arrays.fill(ALONE, Pinyin.none5);
      String path = HanLP.Config.PinyinDictionaryPath;
      StringDictionary text = new StringDictionary("=");
      if (!text.load(path)) {
        return false;
      }
      int inTrie = 0;
      Pinyin[][] readings = new Pinyin[text.size()][];
      String[] keys = new String[text.size()];
      int n = 0;
      for (Map.Entry<String, String> e : text.entrySet()) {
        String key = e.getKey();
        Pinyin[] reading = PinyinDictionary.get(key); // what HanLP reads, not the text's value
        if (reading == null || key.isEmpty()) {
          continue; // in pinyin.txt but not in HanLP's trie (one such key in 1.8.6): never read
        }
        if (key.length() > 1 && reading.length > key.length()) {
          return false; // HanLP's walk would step past the word's end, across our boundaries
        } // (a single char reads as its first reading only)
        inTrie++;
        keys[n] = key;
        readings[n++] = reading;
        if (key.length() == 1) {
          ALONE[key.charAt(0)] = reading[0];
        }
      }
      if (inTrie != trieSize(path, inTrie)) {
        return false; // the trie holds keys we did not see
      }
      for (int k = 0; k < n; k++) {
        String key = keys[k];
        Pinyin[] reading = readings[k];
        for (int j = 0; j < key.length(); j++) {
          char c = key.charAt(j);
          if (key.length() > 1 && (reading.length != key.length() || reading[j] != ALONE[c])) {
            UNSETTLED[c] = true;
          }
          if (j > 0) {
            int bit = bit(key.charAt(j - 1), c);
            BRIDGES[bit >>> 6] |= 1L << bit;
          }
        }
      }
      return true;
    }

    /**
     * The number of keys in HanLP's trie: the count at the head of the cached {@code .bin} it
     * loads (HanLP's own I/O, so a file or a class-path resource), or {@code fallback} when that
     * cannot be read: HanLP could not load it either and built the trie from the text we read.
     */
    private static int trieSize(String path, int fallback) {
      try (InputStream in = IOUtil.newInputStream(path + Predefine.BIN_EXT)) {
        return in == null ? fallback : new DataInputStream(in).readInt();
      } catch (IOException e) {
        return fallback;
      }
    }

    /** The bit of a pair of chars: a multiplicative hash of both, 20 bits. */
    private static int bit(char a, char b) {
      return ((a << 16 | b) * 0x9E3779B1) >>> 12;
    }

    /** True if some entry may hold {@code a} then {@code b}; false only if none does. */
    private static boolean bridged(char a, char b) {
      int bit = bit(a, b);
      return (BRIDGES[bit >>> 6] & 1L << bit) != 0;
    }

    static List<Pinyin> read(String run) {
      int n = run.length();
      Pinyin[] out = new Pinyin[n];
      int size = 0;
      int floor = 0; // a known boundary: nothing before it is read again
      int i = 0;
      while (i < n) {
        char c = run.charAt(i);
        if (!UNSETTLED[c]) {
          out[size++] = ALONE[c];
          i++;
          continue;
        }
        // the bridged stretch [a, b) around i; its ends are boundaries of HanLP's walk
        int a = i;
        while (a > floor && bridged(run.charAt(a - 1), run.charAt(a))) {
          a--;
        }
        int b = i + 1;
        while (b < n && bridged(run.charAt(b - 1), run.charAt(b))) {
          b++;
        }
        if (b - a == 1) {
          out[size++] = ALONE[c]; // no word can hold it: HanLP reads it alone
        } else {
          // [a, i) was read from the table, one per char, as HanLP reads it too: read again
          size -= i - a;
          for (Pinyin p : stretch(run.substring(a, b))) {
            out[size++] = p;
          }
        }
        i = b;
        floor = b;
      }
      return Arrays.asList(out).subList(0, size);
    }

    private static Pinyin[] stretch(String s) {
      Pinyin[] reading = STRETCHES.get(s);
      if (reading == null) {
        reading = HanLP.convertToPinyinList(s).toArray(new Pinyin[0]);
        if (STRETCHES.size() < STRETCHES_KEPT) {
          STRETCHES.putIfAbsent(s, reading);
        }
      }
      return reading;
    }
  }
}
