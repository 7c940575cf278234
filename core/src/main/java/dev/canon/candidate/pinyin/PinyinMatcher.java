package dev.canon.candidate.pinyin;

import dev.canon.candidate.Candidate;
import dev.canon.candidate.ContextWords;
import dev.canon.candidate.Form;
import dev.canon.candidate.Lexicon;
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
import dev.canon.text.Scripts;
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
 * is the slow definition the index is tested against. Two-syllable forms are matched by sound
 * only with the document's evidence ({@link #TWO_SYLLABLES}): too many everyday words share their
 * reading. The text is read normalized (simplified, numerals as digits, no spaces between Han
 * chars) and a char written as the form writes it matches whatever its reading. Immutable and
 * thread-safe.
 */
public final class PinyinMatcher {

  static final int MIN_SYLLABLES = 3;

  /**
   * Two-syllable forms ({@code 沛县}, {@code 美团}) are matched by sound only where the document
   * names the entity: a context word of it (or of its dictionary) near, or the entity said right
   * elsewhere; with one char as written and the other a near-homophone ({@code 沛线}). Everyday
   * words need a context word; a span that cuts a word is never taken.
   */
  static final int TWO_SYLLABLES = 2;

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
   * Two-syllable forms whose entity has context words, by their first and by their second char:
   * one of the two must be as written, so a text pair is looked up by its chars, before anything
   * is read. A form without context words can only be taken with its entity said earlier; those
   * are checked among the forms of the entities a text mentions, never through this index
   * (a large list of names has thousands of forms per common char, none of them possible).
   */
  private final LongMultiMap byFirstChar;
  private final LongMultiMap bySecondChar;

  /**
   * Entities with a two-syllable form, and their context words: a two-syllable guess needs one
   * of them near or the entity said earlier, so a text with neither skips that index whole.
   */
  private final java.util.Set<String> twoSyllableEntities;
  private final ContextWords twoSyllableContext;
  /** Two-syllable forms whose entity has context words; the others need the entity said. */
  private final java.util.BitSet twoWithContext = new java.util.BitSet();
  /** Two-syllable form ids by entity id, to find those of the entities a text mentions. */
  private final java.util.Map<String, int[]> twoFormsByEntity;
  /**
   * Every reading each char has in some form ({@code 行}: hang in 银行, xing in 行业): a char of
   * the text written as the form writes it matches whatever it is read there ({@code 招商因行},
   * read xing, is 招商银行), so the indexes are also looked up with these readings.
   */
  private final LongMultiMap readingsOfChar;

  /**
   * Per form, its length in syllables (top 6 bits) and a 58-bit signature of its chars: an
   * index hit whose form shares no char with the text it aligns with cannot be accepted
   * ({@code sameChars == 0}), and this rejects most hits from one small array, before the
   * form's syllables are read.
   */
  private final long[] filters;
  private final Lexicon lexicon;
  /** The engine profile's syllable confusions; {@link LearnedSyllables#none()} without a profile. */
  private final LearnedSyllables learned;

  public PinyinMatcher(List<Form> candidates, Lexicon lexicon) {
    this(candidates, lexicon, null);
  }

  /**
   * A matcher that also scores with a learned engine profile ({@code profile:} of the dictionaries,
   * combined): a syllable the engine was seen writing for a form's syllable sounds as alike as the
   * profile says ({@link LearnedSyllables}), and is near (indexed, found) from 0.9 on. A null or
   * empty profile matches exactly as {@link #PinyinMatcher(List, Lexicon)} does.
   */
  public PinyinMatcher(List<Form> candidates, Lexicon lexicon, dev.canon.dictionary.Profile profile) {
    this.lexicon = lexicon;
    this.learned = profile == null ? LearnedSyllables.none() : LearnedSyllables.of(profile);
    List<Form> kept = new ArrayList<>();
    List<int[]> readings = new ArrayList<>();
    for (Form f : candidates) {
      if (!f.target().entity().fuzzy() || !readable(f.normalized())) {
        continue;
      }
      int[] reading = reading(f);
      boolean two = reading.length == TWO_SYLLABLES && f.normalized().codePoints().anyMatch(Scripts::isHan);
      if ((two || reading.length >= MIN_SYLLABLES) && reading.length <= MAX_SYLLABLES && !hasGap(reading)) {
        kept.add(f);
        readings.add(reading);
      }
    }
    this.forms = List.copyOf(kept);
    this.syllables = readings.toArray(int[][]::new);
    this.chars = kept.stream().map(f -> f.normalized().codePoints().toArray()).toArray(int[][]::new);
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
    LongMultiMap.Builder twoFirst = new LongMultiMap.Builder();
    LongMultiMap.Builder twoSecond = new LongMultiMap.Builder();
    for (int i = 0; i < syllables.length; i++) {
      int[] s = syllables[i];
      if (s.length == TWO_SYLLABLES) {
        if (!forms.get(i).target().entity().context().isEmpty()) {
          twoFirst.put(chars[i][0], i);
          twoSecond.put(chars[i][1], i);
        } // the others need their entity said: looked up among the few a text mentions
      } else if (s.length == MIN_SYLLABLES) {
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
    LongMultiMap.Builder charReadings = new LongMultiMap.Builder();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < chars.length; i++) {
      for (int k = 0; k < chars[i].length; k++) {
        if (seen.add((long) chars[i][k] << 32 | syllables[i][k])) {
          charReadings.put(chars[i][k], syllables[i][k]);
        }
      }
    }
    this.readingsOfChar = charReadings.build();
    this.byPair = pairs.build();
    this.byPattern = triples.build();
    this.byChars = charPairs.build();
    this.byFirstChar = twoFirst.build();
    this.bySecondChar = twoSecond.build();
    java.util.Set<String> twoIds = new java.util.HashSet<>();
    java.util.Set<String> twoContext = new java.util.HashSet<>();
    java.util.Map<String, int[]> byEntity = new java.util.HashMap<>();
    for (int i = 0; i < syllables.length; i++) {
      if (syllables[i].length == TWO_SYLLABLES) {
        var entity = forms.get(i).target().entity();
        twoIds.add(entity.id());
        twoContext.addAll(entity.context());
        if (!entity.context().isEmpty()) {
          twoWithContext.set(i);
        }
        int id = i;
        byEntity.merge(entity.id(), new int[] {i}, (a, b) -> {
          int[] both = java.util.Arrays.copyOf(a, a.length + 1);
          both[a.length] = id;
          return both;
        });
      }
    }
    this.twoFormsByEntity = java.util.Map.copyOf(byEntity);
    this.twoSyllableEntities = java.util.Set.copyOf(twoIds);
    this.twoSyllableContext = new ContextWords(twoContext);
  }

  /**
   * The reading of a form as normalized text reads it (simplified, numerals as digits): the
   * entity's pinned {@code pinyin} for its canonical, else HanLP's.
   */
  private static int[] reading(Form f) {
    List<String> pinned = f.target().entity().pinyin();
    String text = f.normalized();
    if (f.kind() == Form.Kind.CANONICAL && pinned.size() == text.codePointCount(0, text.length())) {
      return pinned.stream().mapToInt(Syllables::id).toArray();
    }
    return PinyinReader.readIds(text);
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

  /**
   * Reads the normalized text (simplified, numerals as digits, no spaces between Han chars), so
   * {@code 阿里雲}, {@code 支 付 宝} and {@code 五十八同城} are read as the forms are; candidates' spans
   * are mapped back to the original.
   */
  private void find(NormalizedText text, Evidence evidence, List<Candidate> out, boolean scan) {
    if (forms.isEmpty()) {
      return;
    }
    String folded = text.toString();
    // a superset of where verify can take a two-syllable form: a context word of one anywhere,
    // or one of them mentioned exactly (said before the guess)
    boolean two = !twoSyllableEntities.isEmpty() && (twoSyllableContext.find(text.original()) != ContextWords.Hits.NONE
        || evidence.mentionsAny(twoSyllableEntities));
    int[] mentioned = two ? evidence.mentionedOf(twoFormsByEntity) : NO_FORMS;
    int i = 0;
    while (i < folded.length()) {
      int cp = folded.codePointAt(i);
      if (!PinyinReader.isReadable(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < folded.length() && PinyinReader.isReadable(folded.codePointAt(i))) {
        i += Character.charCount(folded.codePointAt(i));
      }
      if (i - start >= TWO_SYLLABLES && scan) {
        scanRun(text, folded, start, i, evidence, out);
      } else if (i - start > TWO_SYLLABLES || two && i - start == TWO_SYLLABLES && mayBeTwoSyllableForm(folded, start, mentioned)) {
        findInRun(text, folded, start, i, evidence, two, mentioned, out);
      }
    }
  }

  /** One run of readable chars of a normalized text, read once, with what its verifications share. */
  private final class Run {
    final NormalizedText normalized;
    final String folded;
    final int start;
    final String text;
    final int[] reading;
    final int[] chars;
    final Evidence evidence;
    final List<Candidate> out;
    private int[] offsets; // code point to char offsets, made for the first verification
    private int[] twoMentioned; // sorted two-syllable form ids of entities the text mentions exactly
    private int[][] variants; // per position, the readings to look up, made for the first look-up

    Run(NormalizedText normalized, String folded, int start, int end, Evidence evidence, List<Candidate> out) {
      this.normalized = normalized;
      this.folded = folded;
      this.evidence = evidence;
      this.start = start;
      this.text = folded.substring(start, end);
      this.reading = PinyinReader.readIds(text);
      this.chars = codePoints(text);
      this.out = out;
    }

    int length() {
      return reading.length;
    }

    int[] twoMentioned() {
      if (twoMentioned == null) {
        twoMentioned = evidence.mentionedOf(twoFormsByEntity);
      }
      return twoMentioned;
    }

    int[] offsets() {
      if (offsets == null) {
        offsets = codePointOffsets(text);
      }
      return offsets;
    }

    /**
     * The readings to look the indexes up with at {@code k}: the text's, and every other reading
     * (by coarse syllable) its char has in a form. Usually just the text's.
     */
    int[] readingsAt(int k) {
      if (variants == null) {
        variants = new int[reading.length][];
        for (int i = 0; i < reading.length; i++) {
          variants[i] = variantsOf(chars[i], reading[i]);
        }
      }
      return variants[k];
    }

    /**
     * True when the text at {@code k} is near a form's syllable {@code want}, written {@code c}:
     * the same char, the same coarse syllable, or a learned confusion of the profile at least
     * {@link LearnedSyllables#NEAR} alike.
     */
    boolean near(int k, int want, int c) {
      int got = reading[k];
      return chars[k] == c || (got != Syllables.NONE
          && (Syllables.coarse(got) == Syllables.coarse(want) || learned.near(want, got)));
    }

    /** Verifies the form aligned at {@code from} and keeps the candidate, if any. */
    void verify(int form, int from) {
      Candidate c = PinyinMatcher.this.verify(this, form, from);
      if (c != null) {
        out.add(c);
      }
    }
  }

  /**
   * The readings to look the indexes up with for char {@code c} read {@code got}: {@code got}, the
   * other readings {@code c} has in forms, and the syllables the profile says this engine writes as
   * {@code got} ({@link LearnedSyllables#nearSaid}), one per coarse syllable.
   */
  private int[] variantsOf(int c, int got) {
    long found = readingsOfChar.find(c);
    int count = readingsOfChar.count(found);
    int[] said = got == Syllables.NONE ? NO_READING : learned.nearSaid(got);
    if (said.length == 0 && (count == 0 || (count == 1 && got != Syllables.NONE
        && Syllables.coarse(readingsOfChar.value(found, 0)) == Syllables.coarse(got)))) {
      return got == Syllables.NONE ? NO_READING : ONE_READING[got]; // most chars: no array made
    }
    int[] out = new int[count + said.length + 1];
    int n = 0;
    if (got != Syllables.NONE) {
      out[n++] = got;
    }
    for (int i = 0; i < count + said.length; i++) {
      int r = i < count ? readingsOfChar.value(found, i) : said[i - count];
      boolean fresh = true;
      for (int j = 0; j < n; j++) {
        fresh &= Syllables.coarse(out[j]) != Syllables.coarse(r);
      }
      if (fresh) {
        out[n++] = r;
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  private static final int[] NO_READING = {};
  private static final int[][] ONE_READING = new int[Syllables.count()][];

  static {
    for (int id = 0; id < ONE_READING.length; id++) {
      ONE_READING[id] = new int[] {id};
    }
  }

  private void scanRun(NormalizedText normalized, String folded, int runStart, int runEnd, Evidence evidence,
      List<Candidate> out) {
    Run run = new Run(normalized, folded, runStart, runEnd, evidence, out);
    for (int from = 0; from < run.length(); from++) {
      for (int form = 0; form < forms.size(); form++) {
        if (from + syllables[form].length <= run.length() && hasNearPair(form, run, from)) {
          run.verify(form, from);
        }
      }
    }
  }

  private void findInRun(NormalizedText normalized, String folded, int runStart, int runEnd, Evidence evidence,
      boolean two, int[] mentioned, List<Candidate> out) {
    Run run = new Run(normalized, folded, runStart, runEnd, evidence, out);
    run.twoMentioned = mentioned;
    int n = run.length();
    if (n < TWO_SYLLABLES) {
      return;
    }
    long[] bits = new long[n];
    for (int k = 0; k < n; k++) {
      bits[k] = charBit(run.chars[k]);
    }
    for (int k = 0; k + 1 < n; k++) {
      if (k + PATTERN_FROM <= n) {
        for (int p = 0; p < PATTERNS.length; p++) {
          int[] at = PATTERNS[p];
          for (int a : run.readingsAt(k + at[0])) {
            for (int b : run.readingsAt(k + at[1])) {
              for (int c : run.readingsAt(k + at[2])) {
                long found = byPattern.find(patternKey(p, a, b, c));
                for (int i = 0, count = byPattern.count(found); i < count; i++) {
                  int form = byPattern.value(found, i);
                  if (fits(form, k, n, bits) && nearAt(form, run, k, at) && !matchedEarlierPattern(form, run, k, p)) {
                    run.verify(form, k); // else out of the run, no char in common, or verified from an earlier pattern
                  }
                }
              }
            }
          }
        }
      }
      findThreeSyllableForms(run, k);
      if (two) {
        findTwoSyllableForms(run, k);
      }
      for (int a : run.readingsAt(k)) {
        for (int b : run.readingsAt(k + 1)) {
          long found = byPair.find(pairKey(a, b));
          for (int i = 0, count = byPair.count(found); i < count; i++) {
            int entry = byPair.value(found, i);
            int form = entry >>> 6;
            int pairAt = entry & 63;
            int from = k - pairAt;
            if (from >= 0 && fits(form, from, n, bits) && run.near(k, syllables[form][pairAt], chars[form][pairAt])
                && run.near(k + 1, syllables[form][pairAt + 1], chars[form][pairAt + 1])
                && !matchedEarlier(form, run, from, pairAt)) {
              run.verify(form, from); // else out of the run, no char in common, or verified from an earlier pair
            }
          }
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
  private boolean hasNearPair(int form, Run run, int from) {
    int[] want = syllables[form];
    int[] c = chars[form];
    for (int p = 0; p + 1 < want.length; p++) {
      if (run.near(from + p, want[p], c[p]) && run.near(from + p + 1, want[p + 1], c[p + 1])) {
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

  /** True when a form of two syllables has the first or second of the two chars at {@code at}. */
  private boolean mayBeTwoSyllableForm(String text, int at, int[] mentioned) {
    if (byFirstChar.find(text.charAt(at)) != LongMultiMap.ABSENT
        || bySecondChar.find(text.charAt(at + 1)) != LongMultiMap.ABSENT) {
      return true;
    }
    for (int form : mentioned) {
      if (chars[form][0] == text.charAt(at) || chars[form][1] == text.charAt(at + 1)) {
        return true;
      }
    }
    return false;
  }

  private static final int[] NO_FORMS = new int[0];

  /**
   * Two-syllable forms at {@code k}: those whose first char is the text's there, and those whose
   * second char is the text's next one; each alignment verified once (both equal is exact).
   */
  private void findTwoSyllableForms(Run run, int k) {
    long first = byFirstChar.find(run.chars[k]);
    for (int i = 0, count = byFirstChar.count(first); i < count; i++) {
      verifyTwoAt(run, byFirstChar.value(first, i), k);
    }
    long second = bySecondChar.find(run.chars[k + 1]);
    for (int i = 0, count = bySecondChar.count(second); i < count; i++) {
      int form = bySecondChar.value(second, i);
      if (chars[form][0] != run.chars[k]) {
        verifyTwoAt(run, form, k);
      }
    }
    for (int form : run.twoMentioned()) {
      if (!twoWithContext.get(form) && (chars[form][0] == run.chars[k] || chars[form][1] == run.chars[k + 1])) {
        verifyTwoAt(run, form, k); // not in the index: its entity has no context words
      }
    }
  }

  private void verifyTwoAt(Run run, int form, int from) {
    if (!twoWithContext.get(form) && java.util.Arrays.binarySearch(run.twoMentioned(), form) < 0) {
      return; // a two-syllable guess needs a context word near or the entity said before: neither can be
    }
    if (hasNearPair(form, run, from)) {
      run.verify(form, from);
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
    if (hasNearPair(form, run, from)) {
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
    return patternKey(pattern, syllables[from + at[0]], syllables[from + at[1]], syllables[from + at[2]]);
  }

  private static long patternKey(int pattern, int a, int b, int c) {
    return (long) pattern << 48 | (long) Syllables.coarse(a) << 32 | (long) Syllables.coarse(b) << 16 | Syllables.coarse(c);
  }

  /**
   * True when the text is near the form at each position of a pattern from {@code from}. A key
   * looked up with another form's reading of a char ({@code 行} as hang) can meet a form whose char
   * there differs ({@code 航}): not near, so not this key's to verify.
   */
  private boolean nearAt(int form, Run run, int from, int[] pattern) {
    for (int at : pattern) {
      if (!run.near(from + at, syllables[form][at], chars[form][at])) {
        return false;
      }
    }
    return true;
  }

  /** True when an earlier pattern also matches the form at {@code from}: verified once, there. */
  private boolean matchedEarlierPattern(int form, Run run, int from, int pattern) {
    int[] want = syllables[form];
    int[] c = chars[form];
    for (int p = 0; p < pattern; p++) {
      boolean all = true;
      for (int at : PATTERNS[p]) {
        if (!run.near(from + at, want[at], c[at])) {
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
  private boolean matchedEarlier(int form, Run run, int from, int pairAt) {
    int[] want = syllables[form];
    int[] c = chars[form];
    for (int p = 0; p < pairAt; p++) {
      if (run.near(from + p, want[p], c[p]) && run.near(from + p + 1, want[p + 1], c[p + 1])) {
        return true;
      }
    }
    return false;
  }

  private Candidate verify(Run run, int id, int from) {
    return verify(run, id, from, null);
  }

  /** As above; when {@code why} is not null, the check that stopped the form is written there. */
  private Candidate verify(Run run, int id, int from, String[] why) {
    int[] reading = run.reading;
    int[] want = syllables[id];
    // first pass: syllables only, int table look-ups, out at the first one too far apart
    double sum = 0;
    double worst = 1;
    int far = 0;
    int fromProfile = 0;
    for (int k = 0; k < want.length; k++) {
      int got = reading[from + k];
      // a char written as the form writes it matches whatever its reading here (行 in 招商因行)
      double sim = run.chars[from + k] == chars[id][k] ? 1 : got == Syllables.NONE ? 0 : Syllables.similarity(got, want[k]);
      if (sim < 1 && got != Syllables.NONE) {
        double learnedSim = learned.similarity(want[k], got);
        if (learnedSim > sim) {
          sim = learnedSim; // the engine was seen writing got for want: as alike as the profile says
          fromProfile++;
        }
      }
      if (sim < MIN_SYLLABLE) {
        // cheapest rejection first: most index hits fail here
        return stop(why, "syllable " + (k + 1) + " sounds too far from the name's");
      }
      sum += sim;
      worst = Math.min(worst, sim);
      if (sim < 0.9) {
        far++;
      }
    }
    if (want.length <= SHORT_FORM && worst < SHORT_FORM_SYLLABLE) {
      return stop(why, "a short name takes only near-homophones (zh/z, j/q, eng/ong), and a syllable is further");
    }
    Form form = forms.get(id);
    int[] formChars = chars[id];
    int sameChars = 0;
    for (int k = 0; k < want.length; k++) {
      if (formChars[k] == run.chars[from + k]) {
        sameChars++;
      }
    }
    if (sameChars == want.length) {
      return stop(why, "written as the name: the exact matcher reports it"); // exact
    }
    if (want.length == TWO_SYLLABLES) {
      return verifyTwoSyllables(run, form(id), from, worst, sameChars, sum / want.length,
          (double) fromProfile / want.length, why);
    }
    double sound = sum / want.length;
    int allowedFar = want.length <= 4 ? (sameChars >= 2 ? 1 : 0) : 1 + (want.length - 5) / 4;
    if (far > allowedFar || sound < 0.85 || sameChars == 0 || worst < MIN_SYLLABLE) {
      return stop(why, sameChars == 0 ? "no char written as the name writes it"
          : "too many syllables sound other than the name's for its length");
    }
    if (want.length <= SHORT_FORM && (worst < SHORT_FORM_SYLLABLE || (want.length == 3 && sameChars < 2))) {
      // short names: only near-homophones (zh/z, j/q, eng/ong), 北海市 is not 威海市
      return stop(why, want.length == 3 && sameChars < 2
          ? "a three-char name needs two chars written as the name writes them"
          : "a short name takes only near-homophones (zh/z, j/q, eng/ong), and a syllable is further");
    }
    int[] offsets = run.offsets();
    // judged on the normalized text (simplified, no spaces), spans and surface in the original
    String folded = run.text.substring(offsets[from], offsets[from + want.length]);
    int foldedStart = run.start + offsets[from];
    int foldedEnd = run.start + offsets[from + want.length];
    Span span = new Span(run.normalized.originalStart(foldedStart), run.normalized.originalEnd(foldedEnd));
    String surface = span.of(run.normalized.original());
    Evidence.Support support = run.evidence.support(form.target(), span);
    boolean context = support.any();
    // Everyday words are rewritten only when the document names the entity: one of its context
    // words near, or the entity said right elsewhere. Co-mentions of other names (domain) are not
    // enough: a finance text is full of names and of 余额包括, 会展中心国际.
    boolean strong = support == Evidence.Support.CONTEXT || support == Evidence.Support.SAID;
    // same reading and half the chars (同意千问), or a digit read aloud (同意0码): no everyday text
    boolean perfect = sound == 1 && (sameChars * 2 >= want.length || hasDigit(folded));
    if (!strong && lexicon.isCommonWord(folded)) {
      return stop(why, "an everyday word, and neither the entity's context words near nor the entity said before");
    }
    if (!strong && want.length <= 3 && changesFunctionWord(folded, form.normalized())
        && foldedEnd < run.folded.length() && Character.UnicodeScript.of(run.folded.codePointAt(foldedEnd))
            == Character.UnicodeScript.HAN) {
      return stop(why, "it would change a function word standing on its own (美国对中国 is not 美国队), with no"
          + " context word near nor the entity said before");
    }
    if (!strong && !perfect && changesEverydayWord(folded, form.normalized())) {
      return stop(why, "it would change an everyday word of the sentence, with no context word near nor the"
          + " entity said before");
    }
    if (!strong && ChineseWords.cutsWord(run.folded, foldedStart, foldedEnd, SEGMENT_MARGIN)) {
      return stop(why, "it cuts a word of the sentence, with no context word near nor the entity said before");
    }
    double spelling = (double) sameChars / want.length;
    double length = Math.min(1, want.length / 5.0);
    double total = 0.85 * sound + 0.1 * length + 0.05 * spelling + (context ? Evidence.BONUS : 0);
    return new Candidate(span, surface, form.target(), form.text(), Method.PINYIN,
        new Score(Math.min(1, total), spelling, sound, length, support.part(), (double) fromProfile / want.length),
        form.rewriteTo());
  }

  private Form form(int id) {
    return forms.get(id);
  }

  /** Records why a form was not taken, when asked; always null. */
  private static Candidate stop(String[] why, String reason) {
    if (why != null) {
      why[0] = reason;
    }
    return null;
  }

  /**
   * Why the chars of {@code span} give no candidate for the entity {@code entityId}: for each of
   * its pinyin forms as long as the span, the check that stopped it there, or that the verifier
   * would take it but the index does not offer it. For {@code --why}: slow, never on the
   * correcting path. Empty when the entity has no pinyin form of the span's length.
   */
  public List<String> whyNot(NormalizedText text, Evidence evidence, Span span, String entityId) {
    List<String> out = new ArrayList<>();
    String folded = text.toString();
    int start = -1;
    int end = -1;
    for (int i = 0; i < folded.length(); i++) {
      if (start < 0 && text.originalStart(i) >= span.start()) {
        start = i;
      }
      if (text.originalEnd(i + 1) <= span.end()) {
        end = i + 1;
      }
    }
    if (start < 0 || end <= start) {
      return out;
    }
    for (int i = start; i < end; i++) {
      if (!PinyinReader.isReadable(folded.charAt(i))) {
        return out; // not one run of readable chars
      }
    }
    Run run = new Run(text, folded, start, end, evidence, new ArrayList<>());
    run.twoMentioned = evidence.mentionedOf(twoFormsByEntity);
    for (int id = 0; id < forms.size(); id++) {
      if (!forms.get(id).target().entity().id().equals(entityId) || syllables[id].length != run.length()) {
        continue;
      }
      String[] why = new String[1];
      Candidate c = verify(run, id, 0, why);
      String name = "\"" + forms.get(id).text() + "\": ";
      out.add(name + (c != null ? "the verifier takes it, but the index does not offer this form for these chars"
          : why[0] == null ? "not taken" : why[0]));
    }
    return out;
  }

  /**
   * A two-syllable form at {@code from}: one char as written, the other a near-homophone, and the
   * document naming the entity ({@link #TWO_SYLLABLES}); null otherwise.
   */
  private Candidate verifyTwoSyllables(Run run, Form form, int from, double worst, int sameChars, double sound,
      double profile, String[] why) {
    if (sameChars != 1 || worst < SHORT_FORM_SYLLABLE) {
      return stop(why, sameChars != 1 ? "a two-char name needs one char written as the name writes it"
          : "a two-char name takes only a near-homophone for its other char");
    }
    int[] offsets = run.offsets();
    int foldedStart = run.start + offsets[from];
    int foldedEnd = run.start + offsets[from + TWO_SYLLABLES];
    Span span = new Span(run.normalized.originalStart(foldedStart), run.normalized.originalEnd(foldedEnd));
    Evidence.Support support = run.evidence.support(form.target(), span);
    if (support != Evidence.Support.CONTEXT && support != Evidence.Support.SAID) {
      return stop(why, "a two-char name is matched by sound only with the entity's context words near or the"
          + " entity said before");
    }
    String folded = run.text.substring(offsets[from], offsets[from + TWO_SYLLABLES]);
    if (support != Evidence.Support.CONTEXT && lexicon.isCommonWord(folded)) {
      return stop(why, "an everyday word: a two-char name needs the entity's context words near");
    }
    if (ChineseWords.cutsWord(run.folded, foldedStart, foldedEnd, SEGMENT_MARGIN)) {
      // 东三 of 东三环 is not 东山, whatever the context
      return stop(why, "it cuts a word of the sentence (东三 of 东三环 is not 东山)");
    }
    double length = TWO_SYLLABLES / 5.0;
    double total = 0.85 * sound + 0.1 * length + 0.05 * 0.5 + Evidence.BONUS;
    return new Candidate(span, span.of(run.normalized.original()), form.target(), form.text(), Method.PINYIN,
        new Score(Math.min(1, total), 0.5, sound, length, support.part(), profile), form.rewriteTo());
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
   * True when every char the form would change is a word of its own in the sentence, and one of
   * the closed classes that join words (prepositions, particles, conjunctions, the copula). The
   * caller asks it of short names followed by more Chinese: a homophone there is the sentence's
   * grammar going on, not a misheard name ({@code 美国对中国} → 美国队). Longer names take it
   * ({@code 丹阳是兴工中心小学} → 丹阳市...), and so does a name at the end of a request
   * ({@code 导航到宜州是} → 宜州市), where nothing follows for the word to join.
   */
  private static boolean changesFunctionWord(String surface, String formText) {
    if (surface.length() != formText.length()) {
      return false;
    }
    boolean changed = false;
    for (int[] word : ChineseWords.words(surface)) {
      for (int i = word[0]; i < word[1]; i++) {
        if (surface.charAt(i) != formText.charAt(i)) {
          if (word[1] - word[0] != 1 || FUNCTION_CHARS.indexOf(surface.charAt(i)) < 0) {
            return false;
          }
          changed = true;
        }
      }
    }
    return changed;
  }

  /**
   * One-char function words: prepositions, structural and aspect particles, conjunctions, the
   * copula (not adverbs such as 又, which given names use: 杨又萍 for 杨幼萍). Closed classes, so
   * listed here: HanLP's plain segmenter gives words, not their classes.
   */
  private static final String FUNCTION_CHARS = "的地得了着过对在和与及跟同向从给把被为于以而或是";

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
