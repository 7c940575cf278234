package dev.canon.candidate;

import dev.canon.evidence.Evidence;
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
 * <p>A match needs a pair of adjacent syllables that sound alike (equal when folded with
 * {@link SyllableSimilarity#coarse}, numbered by {@link Syllables}), and each form is indexed by
 * keys that any acceptable match meets: three-syllable forms by pairs of their chars (they need
 * two chars as written), forms of four to eight syllables by the folded syllables at three of
 * their first four positions, longer ones by adjacent folded pairs. A text position is compared
 * only with the forms its keys offer, then verified syllable by syllable; {@link #findByScan}
 * is the slow definition the index is tested against. Two-syllable forms are never matched by
 * sound: too many everyday words share their reading. Immutable and thread-safe.
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
  private final LongMultiMap byPattern;
  private final LongMultiMap byChars;

  /**
   * Per form, its length in syllables (top 6 bits) and a 58-bit signature of its chars: an
   * index hit whose form shares no char with the text it aligns with cannot be accepted
   * ({@code sameChars == 0}), and this rejects most hits from one small array, before the
   * form's syllables are read.
   */
  private final long[] filters;
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
    this.filters = new long[chars.length];
    for (int i = 0; i < chars.length; i++) {
      long signature = 0;
      for (int c : chars[i]) {
        signature |= charBit(c);
      }
      filters[i] = (long) syllables[i].length << SIGNATURE_BITS | signature;
    }
    LongMultiMap.Builder pairs = new LongMultiMap.Builder();
    LongMultiMap.Builder triples = new LongMultiMap.Builder();
    LongMultiMap.Builder charPairs = new LongMultiMap.Builder();
    for (int i = 0; i < syllables.length; i++) {
      int[] s = syllables[i];
      if (s.length == MIN_SYLLABLES) {
        int[] c = chars[i];
        charPairs.put(charsKey(ADJACENT, c[0], c[1]), i << 2);
        charPairs.put(charsKey(ADJACENT, c[1], c[2]), i << 2 | 1);
        charPairs.put(charsKey(SKIPPING, c[0], c[2]), i << 2 | 2);
      } else if (s.length <= PATTERN_TO) {
        for (int p = 0; p < PATTERNS.length; p++) {
          triples.put(patternKey(p, s, 0), i);
        }
      } else {
        for (int k = 0; k + 1 < s.length; k++) {
          pairs.put(pairKey(s[k], s[k + 1]), i << 6 | k);
        }
      }
    }
    this.byPair = pairs.build();
    this.byPattern = triples.build();
    this.byChars = charPairs.build();
  }

  /** Appends pinyin candidates of {@code text}, with no document evidence but context words. */
  public void find(NormalizedText text, List<Candidate> out) {
    find(text, Evidence.none(text.original()), out, false);
  }

  /** Appends pinyin candidates of {@code text}, judged with the document's {@code evidence}. */
  public void find(NormalizedText text, Evidence evidence, List<Candidate> out) {
    find(text, evidence, out, false);
  }

  /**
   * What the indexes must find, the slow way: every form verified at every alignment of every
   * run where it has a pair of adjacent syllables that sound alike. Tests hold {@link #find} to it.
   */
  void findByScan(NormalizedText text, List<Candidate> out) {
    find(text, Evidence.none(text.original()), out, true);
  }

  private void find(NormalizedText text, Evidence evidence, List<Candidate> out, boolean scan) {
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
      if (i - start >= MIN_SYLLABLES && scan) {
        scanRun(original, start, i, evidence, out);
      } else if (i - start >= MIN_SYLLABLES) {
        findInRun(original, start, i, evidence, out);
      }
    }
  }

  /** One run of readable chars of a text, read once, with what its verifications share. */
  private final class Run {
    final String original;
    final int start;
    final String text;
    final int[] reading;
    final int[] chars;
    final Evidence evidence;
    final List<Candidate> out;
    private int[] offsets; // code point to char offsets, made for the first verification

    Run(String original, int start, int end, Evidence evidence, List<Candidate> out) {
      this.original = original;
      this.evidence = evidence;
      this.start = start;
      this.text = original.substring(start, end);
      this.reading = PinyinReader.readIds(text);
      this.chars = codePoints(text);
      this.out = out;
    }

    int length() {
      return reading.length;
    }

    int[] offsets() {
      if (offsets == null) {
        offsets = codePointOffsets(text);
      }
      return offsets;
    }

    /** Verifies the form aligned at {@code from} and keeps the candidate, if any. */
    void verify(int form, int from) {
      Candidate c = PinyinMatcher.this.verify(this, form, from);
      if (c != null) {
        out.add(c);
      }
    }
  }

  private void scanRun(String original, int runStart, int runEnd, Evidence evidence, List<Candidate> out) {
    Run run = new Run(original, runStart, runEnd, evidence, out);
    for (int from = 0; from < run.length(); from++) {
      for (int form = 0; form < forms.size(); form++) {
        if (from + syllables[form].length <= run.length() && hasNearPair(form, run.reading, from)) {
          run.verify(form, from);
        }
      }
    }
  }

  private void findInRun(String original, int runStart, int runEnd, Evidence evidence, List<Candidate> out) {
    Run run = new Run(original, runStart, runEnd, evidence, out);
    int n = run.length();
    if (n < MIN_SYLLABLES) {
      return;
    }
    long[] bits = new long[n];
    for (int k = 0; k < n; k++) {
      bits[k] = charBit(run.chars[k]);
    }
    int[] reading = run.reading;
    for (int k = 0; k + 1 < n; k++) {
      if (k + PATTERN_FROM <= n) {
        for (int p = 0; p < PATTERNS.length; p++) {
          if (!readAt(reading, k, p)) {
            continue;
          }
          long found = byPattern.find(patternKey(p, reading, k));
          for (int i = 0, count = byPattern.count(found); i < count; i++) {
            int form = byPattern.value(found, i);
            if (fits(form, k, n, bits) && !matchedEarlierPattern(form, reading, k, p)) {
              run.verify(form, k); // else out of the run, no char in common, or verified from an earlier pattern
            }
          }
        }
      }
      findThreeSyllableForms(run, k);
      if (reading[k] == Syllables.NONE || reading[k + 1] == Syllables.NONE) {
        continue;
      }
      long found = byPair.find(pairKey(reading[k], reading[k + 1]));
      for (int i = 0, count = byPair.count(found); i < count; i++) {
        int entry = byPair.value(found, i);
        int form = entry >>> 6;
        int pairAt = entry & 63;
        int from = k - pairAt;
        if (from >= 0 && fits(form, from, n, bits) && !matchedEarlier(form, reading, from, pairAt)) {
          run.verify(form, from); // else out of the run, no char in common, or verified from an earlier pair
        }
      }
    }
  }

  /**
   * True when the form, aligned at {@code from}, ends inside a run of {@code n} syllables and
   * shares a char with the text there (its signature filter).
   */
  private boolean fits(int form, int from, int n, long[] bits) {
    long filter = filters[form];
    int len = (int) (filter >>> SIGNATURE_BITS);
    return from + len <= n && sharesChar(filter, bits, from, len);
  }

  /**
   * True when two adjacent syllables of the text, from {@code from}, sound like (fold to) the
   * form's: what every pinyin match needs, and what the indexes are built on.
   */
  private boolean hasNearPair(int form, int[] reading, int from) {
    int[] want = syllables[form];
    for (int p = 0; p + 1 < want.length; p++) {
      int a = reading[from + p];
      int b = reading[from + p + 1];
      if (a != Syllables.NONE && b != Syllables.NONE && pairKey(a, b) == pairKey(want[p], want[p + 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Three-syllable forms are accepted only with two of their chars as written, so they are
   * indexed by pairs of chars, not sounds: chars 0 and 1 and chars 1 and 2 under the adjacent
   * pair, chars 0 and 2 under the skipping pair; the entry's low two bits say which. Verified
   * only where an adjacent pair of syllables also sounds alike, as the sound index required.
   */
  private void findThreeSyllableForms(Run run, int k) {
    int[] chars = run.chars;
    long adjacent = byChars.find(charsKey(ADJACENT, chars[k], chars[k + 1]));
    for (int i = 0, count = byChars.count(adjacent); i < count; i++) {
      int entry = byChars.value(adjacent, i);
      int which = entry & 3;
      verifyThreeSyllables(run, entry >>> 2, which, which == 0 ? k : k - 1);
    }
    if (k + 2 < chars.length) {
      long skipping = byChars.find(charsKey(SKIPPING, chars[k], chars[k + 2]));
      for (int i = 0, count = byChars.count(skipping); i < count; i++) {
        int entry = byChars.value(skipping, i);
        verifyThreeSyllables(run, entry >>> 2, 2, k);
      }
    }
  }

  private void verifyThreeSyllables(Run run, int form, int which, int from) {
    if (from < 0 || from + MIN_SYLLABLES > run.length()) {
      return;
    }
    int[] want = chars[form];
    boolean first = want[0] == run.chars[from];
    boolean second = want[1] == run.chars[from + 1];
    boolean third = want[2] == run.chars[from + 2];
    // each alignment once: under the first of (0,1), (0,2), (1,2) whose chars are equal
    if ((which == 2 && first && second) || (which == 1 && first && (second || third))) {
      return;
    }
    if (hasNearPair(form, run.reading, from)) {
      run.verify(form, from);
    }
  }

  private static final long ADJACENT = 1;
  private static final long SKIPPING = 2;

  private static long charsKey(long kind, int a, int b) {
    return kind << 42 | (long) a << 21 | b;
  }

  /**
   * Forms of {@link #PATTERN_FROM} to {@link #PATTERN_TO} syllables are indexed by four keys
   * instead of their adjacent pairs: the coarse syllables at three of their first four
   * positions, {@code (0,1,2)}, {@code (0,1,3)}, {@code (0,2,3)}, {@code (1,2,3)}. Such a form
   * is accepted with at most one syllable of those four not near (sounding alike, the same
   * coarse syllable), so one of the four keys meets it; each key holds an adjacent near pair,
   * so nothing is found that the pair index would not find. Three syllables make a key some
   * hundred times more selective than two, and this is what keeps the cost of a position from
   * growing with the number of forms.
   */
  static final int[][] PATTERNS = {{0, 1, 2}, {0, 1, 3}, {0, 2, 3}, {1, 2, 3}};

  static final int PATTERN_FROM = 4;

  /** Longer forms may have two syllables not near; they keep the pair index. */
  static final int PATTERN_TO = 8;

  private static long patternKey(int pattern, int[] syllables, int from) {
    int[] at = PATTERNS[pattern];
    return (long) pattern << 48 | (long) Syllables.coarse(syllables[from + at[0]]) << 32
        | (long) Syllables.coarse(syllables[from + at[1]]) << 16 | Syllables.coarse(syllables[from + at[2]]);
  }

  /** True when the text has a reading at each position of the pattern from {@code from}. */
  private static boolean readAt(int[] reading, int from, int pattern) {
    for (int at : PATTERNS[pattern]) {
      if (reading[from + at] == Syllables.NONE) {
        return false;
      }
    }
    return true;
  }

  /** True when an earlier pattern also matches the form at {@code from}: verified once, there. */
  private boolean matchedEarlierPattern(int form, int[] reading, int from, int pattern) {
    int[] want = syllables[form];
    for (int p = 0; p < pattern; p++) {
      boolean all = true;
      for (int at : PATTERNS[p]) {
        int got = reading[from + at];
        if (got == Syllables.NONE || Syllables.coarse(got) != Syllables.coarse(want[at])) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static final int SIGNATURE_BITS = 58;

  /** The signature bit of a char: one of {@link #SIGNATURE_BITS}, by a multiplicative hash. */
  private static long charBit(int c) {
    return 1L << (int) (((c * 0x9E3779B97F4A7C15L) >>> 40) % SIGNATURE_BITS);
  }

  /**
   * False when no char of the form can equal the text char it aligns with: no signature bit of
   * the {@code len} chars from {@code from} is a bit of the form's chars. A necessary condition
   * of {@code sameChars >= 1}, which {@link #verify} requires.
   */
  private static boolean sharesChar(long filter, long[] runBits, int from, int len) {
    long window = 0;
    for (int k = from; k < from + len; k++) {
      window |= runBits[k];
    }
    return (window & filter & ((1L << SIGNATURE_BITS) - 1)) != 0;
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

  private Candidate verify(Run run, int id, int from) {
    int[] reading = run.reading;
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
      if (formChars[k] == run.chars[from + k]) {
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
    int[] offsets = run.offsets();
    String surface = run.text.substring(offsets[from], offsets[from + want.length]);
    Span span = new Span(run.start + offsets[from], run.start + offsets[from + want.length]);
    String original = run.original;
    Evidence.Support support = run.evidence.support(form.target(), span);
    boolean context = support.any();
    // same reading and half the chars (同意千问), or a digit read aloud (同意0码): no everyday text
    boolean perfect = sound == 1 && (sameChars * 2 >= want.length || hasDigit(surface));
    if (!context && (lexicon.isCommonWord(surface) || (!perfect && changesEverydayWord(surface, formText))
        || cutsWord(original, span))) {
      return null; // everyday words are rewritten only when the entity's context says so
    }
    double spelling = (double) sameChars / want.length;
    double length = Math.min(1, want.length / 5.0);
    double total = 0.85 * sound + 0.1 * length + 0.05 * spelling + (context ? Evidence.BONUS : 0);
    return new Candidate(span, surface, form.target(), formText, Method.PINYIN,
        new Score(Math.min(1, total), spelling, sound, length, support.part()), form.rewriteTo());
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

  private static int[] codePoints(String run) {
    int[] out = new int[run.codePointCount(0, run.length())];
    for (int i = 0, k = 0; i < run.length(); k++) {
      out[k] = run.codePointAt(i);
      i += Character.charCount(out[k]);
    }
    return out;
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
