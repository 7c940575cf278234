package dev.canon.candidate;

import dev.canon.internal.LongMultiMap;
import dev.canon.lexicon.ChineseWords;
import dev.canon.phonetic.PinyinReader;
import dev.canon.phonetic.SyllableSimilarity;
import dev.canon.phonetic.Syllables;
import dev.canon.result.Method;
import dev.canon.result.Span;
import dev.canon.scoring.Score;
import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds Chinese spans that read like a form in pinyin: homophones ({@code 恐怖骨效应} →
 * {@code 恐怖谷效应}), near-homophones ({@code 知识中流} → {@code 知识蒸馏}) and digits read aloud
 * ({@code 同意0码} → {@code 通义灵码}).
 *
 * <p>Forms of three or more syllables are indexed by each pair of adjacent syllables, folded with
 * {@link SyllableSimilarity#coarse} and numbered by {@link Syllables}; a text position is
 * compared only with the forms that share a folded pair with it, then verified syllable by
 * syllable. Two-syllable forms are never matched by sound: too many everyday words share their
 * reading. Immutable and thread-safe.
 */
public final class PinyinMatcher {

  static final int MIN_SYLLABLES = 3;

  /** No syllable of a match may sound less alike than this ({@code de}/{@code fan} is 0.33). */
  static final double MIN_SYLLABLE = 0.5;

  /** Forms of at most this many syllables need every syllable near ({@link #SHORT_FORM_SYLLABLE}). */
  static final int SHORT_FORM = 4;

  /** Near-homophones score at least this: z/zh 0.9, j/q 0.8, zhong/zheng 0.8; bei/wei is 0.67. */
  static final double SHORT_FORM_SYLLABLE = 0.8;

  /** Chars on each side of a candidate segmented to see whether it cuts a word. */
  static final int SEGMENT_MARGIN = 3;

  /** Forms longer than this many syllables are not matched by sound (index packs offsets in 6 bits). */
  static final int MAX_SYLLABLES = 63;

  private final List<Form> forms;
  private final int[][] syllables;
  private final int[][] chars;
  private final LongMultiMap byPair;
  private final Lexicon lexicon;

  public PinyinMatcher(List<Form> candidates, Lexicon lexicon) {
    this.lexicon = lexicon;
    List<Form> kept = new ArrayList<>();
    List<int[]> readings = new ArrayList<>();
    for (Form f : candidates) {
      if (!f.target().entity().fuzzy() || !readable(f.text())) {
        continue;
      }
      int[] reading = PinyinReader.readIds(f.text());
      if (reading.length >= MIN_SYLLABLES && reading.length <= MAX_SYLLABLES && !hasGap(reading)) {
        kept.add(f);
        readings.add(reading);
      }
    }
    this.forms = List.copyOf(kept);
    this.syllables = readings.toArray(int[][]::new);
    this.chars = kept.stream().map(f -> f.text().codePoints().toArray()).toArray(int[][]::new);
    LongMultiMap.Builder pairs = new LongMultiMap.Builder();
    for (int i = 0; i < syllables.length; i++) {
      int[] s = syllables[i];
      for (int k = 0; k + 1 < s.length; k++) {
        pairs.put(pairKey(s[k], s[k + 1]), i << 6 | k);
      }
    }
    this.byPair = pairs.build();
  }

  /** Appends pinyin candidates of {@code text}. */
  public void find(NormalizedText text, List<Candidate> out) {
    if (forms.isEmpty()) {
      return;
    }
    String original = text.original();
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
      if (!PinyinReader.isReadable(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < original.length() && PinyinReader.isReadable(original.codePointAt(i))) {
        i += Character.charCount(original.codePointAt(i));
      }
      if (i - start >= MIN_SYLLABLES) {
        findInRun(original, start, i, out);
      }
    }
  }

  private void findInRun(String original, int runStart, int runEnd, List<Candidate> out) {
    String run = original.substring(runStart, runEnd);
    int[] reading = PinyinReader.readIds(run);
    if (reading.length < MIN_SYLLABLES) {
      return;
    }
    int[] offsets = null;
    int[] runChars = null;
    for (int k = 0; k + 1 < reading.length; k++) {
      if (reading[k] == Syllables.NONE || reading[k + 1] == Syllables.NONE) {
        continue;
      }
      int[] entries = byPair.get(pairKey(reading[k], reading[k + 1]));
      for (int entry : entries) {
        int form = entry >>> 6;
        int pairAt = entry & 63;
        int from = k - pairAt;
        int len = syllables[form].length;
        if (from < 0 || from + len > reading.length || matchedEarlier(form, reading, from, pairAt)) {
          continue; // out of the run, or verified already from an earlier pair of the same form
        }
        if (offsets == null) {
          offsets = codePointOffsets(run);
          runChars = run.codePoints().toArray();
        }
        Candidate c = verify(form, reading, runChars, from, original, run, offsets, runStart);
        if (c != null) {
          out.add(c);
        }
      }
    }
  }

  /**
   * True when an earlier adjacent pair of the form also matches the text at this alignment: the
   * alignment was verified when that pair was met, so each is verified once, with no set.
   */
  private boolean matchedEarlier(int form, int[] reading, int from, int pairAt) {
    int[] want = syllables[form];
    for (int p = 0; p < pairAt; p++) {
      int a = reading[from + p];
      int b = reading[from + p + 1];
      if (a != Syllables.NONE && b != Syllables.NONE && pairKey(a, b) == pairKey(want[p], want[p + 1])) {
        return true;
      }
    }
    return false;
  }

  private Candidate verify(
      int id, int[] reading, int[] runChars, int from, String original, String run, int[] offsets, int runStart) {
    int[] want = syllables[id];
    // first pass: syllables only, int table look-ups, out at the first one too far apart
    double sum = 0;
    double worst = 1;
    int far = 0;
    for (int k = 0; k < want.length; k++) {
      int got = reading[from + k];
      double sim = got == Syllables.NONE ? 0 : Syllables.similarity(got, want[k]);
      if (sim < MIN_SYLLABLE) {
        return null; // cheapest rejection first: most index hits fail here
      }
      sum += sim;
      worst = Math.min(worst, sim);
      if (sim < 0.9) {
        far++;
      }
    }
    if (want.length <= SHORT_FORM && worst < SHORT_FORM_SYLLABLE) {
      return null;
    }
    Form form = forms.get(id);
    String formText = form.text();
    int[] formChars = chars[id];
    int sameChars = 0;
    for (int k = 0; k < want.length; k++) {
      if (formChars[k] == runChars[from + k]) {
        sameChars++;
      }
    }
    if (sameChars == want.length) {
      return null; // exact: the exact matcher reports it
    }
    double sound = sum / want.length;
    int allowedFar = want.length <= 4 ? (sameChars >= 2 ? 1 : 0) : 1 + (want.length - 5) / 4;
    if (far > allowedFar || sound < 0.85 || sameChars == 0 || worst < MIN_SYLLABLE) {
      return null;
    }
    if (want.length <= SHORT_FORM && (worst < SHORT_FORM_SYLLABLE || (want.length == 3 && sameChars < 2))) {
      return null; // short names: only near-homophones (zh/z, j/q, eng/ong), 北海市 is not 威海市
    }
    String surface = run.substring(offsets[from], offsets[from + want.length]);
    Span span = new Span(runStart + offsets[from], runStart + offsets[from + want.length]);
    boolean context = Context.near(original, span, form.target().entity().context());
    // same reading and half the chars (同意千问), or a digit read aloud (同意0码): no everyday text
    boolean perfect = sound == 1 && (sameChars * 2 >= want.length || hasDigit(surface));
    if (!context && (lexicon.isCommonWord(surface) || (!perfect && changesEverydayWord(surface, formText))
        || cutsWord(original, span))) {
      return null; // everyday words are rewritten only when the entity's context says so
    }
    double spelling = (double) sameChars / want.length;
    double length = Math.min(1, want.length / 5.0);
    double total = 0.85 * sound + 0.1 * length + 0.05 * spelling + (context ? Context.BONUS : 0);
    return new Candidate(span, surface, form.target(), formText, Method.PINYIN,
        new Score(Math.min(1, total), spelling, sound, length, context ? 1 : 0), form.rewriteTo());
  }

  /**
   * True when a char the correction would change sits inside an everyday word of the surface as
   * HanLP segments it: {@code 不可转载} reads as 不可/转载, so turning it into {@code 不可转债} needs
   * context, while {@code 恐怖骨效应} (恐怖/骨/效应) changes no everyday word.
   */
  private boolean changesEverydayWord(String surface, String formText) {
    if (surface.length() != formText.length()) {
      return false;
    }
    for (int[] word : ChineseWords.words(surface)) {
      if (word[1] - word[0] < 2 || !lexicon.isCommonWord(surface.substring(word[0], word[1]))) {
        continue;
      }
      for (int i = word[0]; i < word[1]; i++) {
        if (surface.charAt(i) != formText.charAt(i)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when a word of the text around the candidate, as HanLP segments it, crosses the
   * candidate's start or end: {@code 之前的大模型} cut as {@code 前的大模型} is not a name.
   */
  private static boolean cutsWord(String text, Span span) {
    int from = Math.max(0, span.start() - SEGMENT_MARGIN);
    int to = Math.min(text.length(), span.end() + SEGMENT_MARGIN);
    int start = span.start() - from;
    int end = span.end() - from;
    for (int[] word : ChineseWords.words(text.substring(from, to))) {
      if ((word[0] < start && start < word[1]) || (word[0] < end && end < word[1])) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static long pairKey(int a, int b) {
    return ((long) Syllables.coarse(a) << 32) | Syllables.coarse(b);
  }

  private static int[] codePointOffsets(String run) {
    int[] offsets = new int[run.codePointCount(0, run.length()) + 1];
    int k = 0;
    for (int i = 0; i < run.length(); i += Character.charCount(run.codePointAt(i))) {
      offsets[k++] = i;
    }
    offsets[k] = run.length();
    return offsets;
  }

  private static boolean readable(String text) {
    return !text.isEmpty() && text.codePoints().allMatch(PinyinReader::isReadable);
  }

  private static boolean hasGap(int[] reading) {
    for (int s : reading) {
      if (s == Syllables.NONE) {
        return true;
      }
    }
    return false;
  }
}
