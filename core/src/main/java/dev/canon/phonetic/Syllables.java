package dev.canon.phonetic;

import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every toneless Mandarin syllable HanLP knows, numbered, with the number of its coarse
 * ({@link SyllableSimilarity#coarse}) form, so the pinyin matcher compares ints, not strings.
 * Built once from HanLP's pinyin table in a fixed (alphabetical) order; immutable, thread-safe.
 */
public final class Syllables {

  /** The id of "no reading". */
  public static final int NONE = -1;

  private static final String[] NAMES;
  private static final int[] COARSE;
  private static final int[] BY_ORDINAL;
  private static final Map<String, Integer> IDS = new HashMap<>();

  static {
    TreeSet<String> all = new TreeSet<>();
    for (Pinyin p : Pinyin.values()) {
      if (p != Pinyin.none5) {
        all.add(toneless(p));
      }
    }
    NAMES = all.toArray(String[]::new);
    for (int i = 0; i < NAMES.length; i++) {
      IDS.put(NAMES[i], i);
    }
    TreeSet<String> coarseNames = new TreeSet<>();
    for (String s : NAMES) {
      coarseNames.add(SyllableSimilarity.coarse(s));
    }
    String[] coarseSorted = coarseNames.toArray(String[]::new);
    COARSE = new int[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      COARSE[i] = Arrays.binarySearch(coarseSorted, SyllableSimilarity.coarse(NAMES[i]));
    }
    BY_ORDINAL = new int[Pinyin.values().length];
    for (Pinyin p : Pinyin.values()) {
      BY_ORDINAL[p.ordinal()] = p == Pinyin.none5 ? NONE : IDS.get(toneless(p));
    }
  }

  /** Similarity of every pair of syllables, filled on first use (about 400² doubles, 1.3 MB). */
  private static final class Similarities {
    static final double[][] TABLE = new double[NAMES.length][NAMES.length];

    static {
      for (int a = 0; a < NAMES.length; a++) {
        for (int b = 0; b < NAMES.length; b++) {
          TABLE[a][b] = SyllableSimilarity.of(NAMES[a], NAMES[b]);
        }
      }
    }
  }

  private Syllables() {}

  /** {@link SyllableSimilarity#of} of two syllable ids, from a table: O(1), no strings. */
  public static double similarity(int a, int b) {
    return a == b ? 1 : Similarities.TABLE[a][b];
  }

  /** The id of a toneless syllable, or {@link #NONE} if HanLP has no such syllable. */
  public static int id(String toneless) {
    Integer id = IDS.get(toneless);
    return id == null ? NONE : id;
  }

  static int id(Pinyin p) {
    return BY_ORDINAL[p.ordinal()];
  }

  /** How many syllables there are; ids run from 0 to {@code count() - 1}. */
  public static int count() {
    return NAMES.length;
  }

  /** The syllable of an id. */
  public static String name(int id) {
    return NAMES[id];
  }

  /** The id of the coarse form of a syllable: equal for z/zh, l/n, in/ing, ... pairs. */
  public static int coarse(int id) {
    return COARSE[id];
  }

  static String toneless(Pinyin p) {
    return p.getPinyinWithoutTone().replace('ü', 'v');
  }
}
