package dev.canon.candidate.pinyin;

import dev.canon.dictionary.Confusion;
import dev.canon.dictionary.Profile;
import dev.canon.phonetic.PinyinParts;
import dev.canon.phonetic.Syllables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The syllable confusions of a learned engine profile as the pinyin matcher scores them: how alike
 * a form's syllable ({@code said}) and the text's ({@code written}) sound when this engine has been
 * seen writing one for the other. Built once per corrector from the combined profile of its
 * dictionaries; immutable and thread-safe; every query is a hash look-up.
 *
 * <p>A pair of syllables is learned when the profile holds, with a count of at least
 * {@link #MIN_COUNT}: the whole syllable pair; or, when only the initials differ, the initial pair;
 * or, when only the finals differ, the final pair; or, when both differ, both (their weights
 * multiplied). Its similarity is {@link #calibrate}{@code (weight)}, from 0.7 to 0.9; the matcher
 * takes the larger of that and the built-in {@code SyllableSimilarity}. Tones are not used: the
 * matcher compares toneless syllables.
 */
final class LearnedSyllables {

  /** A confusion counts only when seen at least this many times (what {@code canon learn} keeps by default). */
  static final int MIN_COUNT = 2;

  /** The similarity of a confusion of the smallest weight. */
  static final double FLOOR = 0.7;

  /** What the strongest confusions add to {@link #FLOOR}: they score {@code FLOOR + SPAN} = 0.9. */
  static final double SPAN = 0.2;

  /** A confusion of at least this weight (one time in twenty) scores the full 0.9, as z/zh does. */
  static final double FULL_WEIGHT = 0.05;

  /** Learned pairs at least this alike are near: indexed and matched as the coarse pairs are. */
  static final double NEAR = 0.9;

  private static final LearnedSyllables NONE = new LearnedSyllables(Map.of(), new int[0][]);
  private static final int[] NO_SYLLABLES = {};

  /** Similarity by {@code said << 32 | written}. */
  private final Map<Long, Double> similarity;
  /** Per written syllable id, the said syllables whose learned pair with it is {@link #NEAR}, sorted. */
  private final int[][] nearSaid;

  private LearnedSyllables(Map<Long, Double> similarity, int[][] nearSaid) {
    this.similarity = similarity;
    this.nearSaid = nearSaid;
  }

  /** Nothing learned: every query answers 0 or empty. */
  static LearnedSyllables none() {
    return NONE;
  }

  /**
   * The learned pairs of a profile (see the class comment); {@link #none()} when it has none.
   * Made from the profile's entries, not by trying every pair of syllables: O(entries × syllables).
   */
  static LearnedSyllables of(Profile profile) {
    List<Confusion> whole = counted(profile.confusions(Profile.Part.SYLLABLES));
    List<Confusion> initials = counted(profile.confusions(Profile.Part.INITIALS));
    List<Confusion> finals = counted(profile.confusions(Profile.Part.FINALS));
    if (whole.isEmpty() && initials.isEmpty() && finals.isEmpty()) {
      return NONE;
    }
    Map<Long, Double> weights = new HashMap<>();
    for (Confusion c : whole) {
      int said = Syllables.id(c.from());
      int written = Syllables.id(c.to());
      if (said != Syllables.NONE && written != Syllables.NONE) {
        weights.put(key(said, written), c.weight());
      }
    }
    // a whole-syllable entry wins over parts; each pair differs in its initial, its final or both,
    // so exactly one of the three loops below can give it a weight
    for (Confusion i : initials) {
      for (int said = 0; said < Syllables.count(); said++) {
        String fin = PinyinParts.fin(Syllables.name(said));
        if (PinyinParts.initial(Syllables.name(said)).equals(i.from())) {
          addIfParts(weights, said, i.to(), fin, i.weight());
        }
      }
    }
    for (Confusion f : finals) {
      for (int said = 0; said < Syllables.count(); said++) {
        String initial = PinyinParts.initial(Syllables.name(said));
        if (PinyinParts.fin(Syllables.name(said)).equals(f.from())) {
          addIfParts(weights, said, initial, f.to(), f.weight());
        }
      }
    }
    for (Confusion i : initials) {
      for (Confusion f : finals) {
        int said = Syllables.id(i.from() + f.from());
        if (said != Syllables.NONE && PinyinParts.initial(Syllables.name(said)).equals(i.from())) {
          addIfParts(weights, said, i.to(), f.to(), i.weight() * f.weight());
        }
      }
    }
    Map<Long, Double> similarity = new HashMap<>();
    List<List<Integer>> near = new ArrayList<>();
    for (int s = 0; s < Syllables.count(); s++) {
      near.add(new ArrayList<>());
    }
    weights.forEach((key, weight) -> {
      double sim = calibrate(weight);
      similarity.put(key, sim);
      if (sim >= NEAR) {
        near.get((int) (long) key).add((int) (key >>> 32));
      }
    });
    int[][] nearSaid = new int[Syllables.count()][];
    for (int s = 0; s < nearSaid.length; s++) {
      nearSaid[s] = near.get(s).isEmpty() ? NO_SYLLABLES : near.get(s).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    return new LearnedSyllables(Map.copyOf(similarity), nearSaid);
  }

  /**
   * Gives {@code said → initial + fin} the weight when that syllable exists, differs from
   * {@code said}, splits into exactly that initial and final, and has no weight yet.
   */
  private static void addIfParts(Map<Long, Double> weights, int said, String initial, String fin, double weight) {
    int written = Syllables.id(initial + fin);
    if (written == Syllables.NONE || written == said || !PinyinParts.initial(Syllables.name(written)).equals(initial)) {
      return;
    }
    weights.putIfAbsent(key(said, written), weight);
  }

  /** The confusions seen at least {@link #MIN_COUNT} times. */
  private static List<Confusion> counted(List<Confusion> confusions) {
    return confusions.stream().filter(c -> c.count() >= MIN_COUNT).toList();
  }

  /**
   * The similarity of a learned confusion of weight {@code w} (P(written | said)):
   * {@code 0.7 + 0.2 · min(1, w / 0.05)}. Even a rare confusion the engine was seen making twice
   * scores 0.7, above the matcher's floor of 0.5 for a syllable; one made one time in twenty or
   * more scores 0.9, as the classic z/zh pairs do.
   */
  static double calibrate(double w) {
    // in tenths, so the strongest come out exactly 0.9 (0.7 + 0.2 is 0.8999999999999999) and are near
    return (FLOOR * 10 + SPAN * 10 * Math.min(1, w / FULL_WEIGHT)) / 10;
  }

  /** The learned similarity of {@code said} heard as {@code written} (syllable ids); 0 when not learned. */
  double similarity(int said, int written) {
    if (similarity.isEmpty()) {
      return 0;
    }
    Double s = similarity.get(key(said, written));
    return s == null ? 0 : s;
  }

  /** True when {@code said} heard as {@code written} is a learned pair at least {@link #NEAR} alike. */
  boolean near(int said, int written) {
    return similarity(said, written) >= NEAR;
  }

  /** The said syllables whose learned pair with {@code written} is near, ascending; empty when none. */
  int[] nearSaid(int written) {
    return nearSaid.length == 0 ? NO_SYLLABLES : nearSaid[written];
  }

  /** True when nothing was learned. */
  boolean isEmpty() {
    return similarity.isEmpty();
  }

  private static long key(int said, int written) {
    return (long) said << 32 | written;
  }
}
