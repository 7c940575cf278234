package dev.canon.candidate.latin;

import dev.canon.candidate.Boundaries;
import dev.canon.candidate.Candidate;
import dev.canon.candidate.ContextWords;
import dev.canon.candidate.Form;
import dev.canon.candidate.Keys;
import dev.canon.candidate.Lexicon;
import dev.canon.evidence.Evidence;
import dev.canon.internal.DeletionHashes;
import dev.canon.internal.IntBag;
import dev.canon.phonetic.EnglishKey;
import dev.canon.result.Span;
import dev.canon.text.NormalizedText;
import dev.canon.text.Scripts;
import java.util.List;

/**
 * Finds Latin spans that are misspelled or misheard forms ({@code CodeFus} → {@code CodeFuse},
 * {@code Cloud 3 Opus} → {@code Claude 3 Opus}, {@code Audio to LNK} → {@code Audio2Lmk}).
 *
 * <p>Windows of one to seven adjacent words are looked up in {@link LatinForms}' indexes, never
 * compared with every form: the window key and its one- and (for long keys) two-char deletions
 * against each form's one-char deletions, the Double Metaphone keys of the whole key and of its
 * words, and for multi-word windows the rare words of multi-word forms. Spoken digits are tried
 * as digits. Each retrieved pair is verified by {@link LatinVerifier}.
 *
 * <p>Most windows cost no look-up, and every skip is one the verifier would make anyway, so the
 * results are those of looking everything up: windows of everyday words with no context near,
 * deletion look-ups whose key ends match no form's ({@link DeletionEnds}), and hits whose first
 * char, digits, length or char bins put them out of the verifier's reach (compact per-form
 * arrays, read before any form string). Immutable and thread-safe.
 */
public final class LatinFuzzyMatcher {

  /** Longest window tried, in words; also bounded by the longest form plus one. */
  static final int MAX_WINDOW = 7;

  /** Keys of this length range, from one-word windows, are also looked up with two chars
   * deleted ({@code ImageGen2} → {@code Imagen 2}): long enough that two edits are plausible,
   * short enough that the O(n²) lookups stay cheap. */
  static final int TWO_DELETIONS_FROM = 8;

  static final int TWO_DELETIONS_TO = 14;

  /** Sound keys are looked up for windows of at most this many words. */
  static final int SOUND_WINDOW = 3;

  private final LatinForms forms;
  private final LatinVerifier verifier;
  private final Lexicon lexicon;

  /** Every word of a form of two words or more: what {@link LatinVerifier} takes as a shared word. */
  private final java.util.Set<String> formWords;

  /** The context words of the entities with fuzzy Latin forms. */
  private final ContextWords contextWords;
  private final int maxWindow;

  /**
   * No longer key can be within the edit limits of any form: edits are at most a third of the
   * longer key, so a window key longer than 1.5 times the longest form key is hopeless.
   */
  private final int maxKey;

  /**
   * The most letters and digits a window of this matcher can hold: its spoken key (digits read
   * aloud, which only lengthens it) is at most this long. Bounds the span of a Latin candidate,
   * not counting the spaces and joiners between its words.
   */
  public int longestWindowKey() {
    return maxKey;
  }

  public LatinFuzzyMatcher(List<Form> all, Lexicon lexicon) {
    this.forms = new LatinForms(all);
    this.verifier = new LatinVerifier(forms, lexicon);
    this.lexicon = lexicon;
    java.util.Set<String> shared = new java.util.HashSet<>();
    java.util.Set<String> context = new java.util.HashSet<>();
    for (int i = 0; i < forms.forms.size(); i++) {
      if (forms.words[i].length >= 2) {
        shared.addAll(List.of(forms.words[i]));
      }
      context.addAll(forms.forms.get(i).target().entity().context());
    }
    this.formWords = java.util.Set.copyOf(shared);
    this.contextWords = new ContextWords(context);
    int longest = 0;
    for (String[] words : forms.words) {
      longest = Math.max(longest, words.length);
    }
    this.maxWindow = Math.min(MAX_WINDOW, longest + 3); // spoken digits add words: eight x seven b
    int longestKey = 0;
    for (String key : forms.keys) {
      longestKey = Math.max(longestKey, key.length());
    }
    this.maxKey = longestKey + longestKey / 2 + 1;
  }

  /** Appends fuzzy and phonetic candidates of {@code text}, with no document evidence but context words. */
  public void find(NormalizedText text, List<Candidate> out) {
    find(text, Evidence.none(text.original()), out);
  }

  /** Appends fuzzy and phonetic candidates of {@code text}, judged with the document's {@code evidence}. */
  public void find(NormalizedText text, Evidence evidence, List<Candidate> out) {
    if (forms.isEmpty()) {
      return;
    }
    String original = text.original();
    TextWords t = new TextWords(original, evidence);
    DeletionGate gate = new DeletionGate(t.count());
    IntBag bag = new IntBag();
    String[] windowSounds = new String[2]; // the window's key and spoken key sounds, when made
    DeletionHashes hashes = new DeletionHashes();
    StringBuilder key = new StringBuilder();
    StringBuilder spoken = new StringBuilder();
    for (int first = 0; first < t.count(); first++) {
      key.setLength(0);
      for (int last = first; last < t.count() && last < first + maxWindow; last++) {
        if (last > first && !t.tokens.joined(original, last - 1)) {
          break;
        }
        int start = t.tokens.starts[first];
        int end = t.tokens.ends[last];
        if (end - start > 4 * maxKey) {
          break; // a very long token or run: nothing this long is near any form (linear time)
        }
        key.append(t.words[last]);
        int count = last - first + 1;
        t.spoken(first, count, spoken);
        if (spoken.length() > maxKey) {
          break; // longer windows only grow
        }
        if (spoken.length() < LatinForms.MIN_SPOKEN_KEY || !Boundaries.respected(original, start, end)) {
          continue; // too short, or part of an identifier or a longer name
        }
        if (t.onlyEverydayWithoutContext(first, last)) {
          // nothing the verifier takes, but for a one-word name heard as everyday words
          int[] heard = t.heardAsOneName(first, last, bag, windowSounds);
          if (heard != null) {
            verifier.verifyAll(Window.of(original, new Span(start, end), t.words, first, last), heard,
                windowSounds[0], null, evidence, out);
          }
          continue;
        }
        // the common case, nothing retrieved, builds no string and no window
        boolean keyMay = gate.mayMatch(key, first, last, t.words[last].length());
        windowSounds[0] = null;
        windowSounds[1] = null;
        int[] ids = retrieve(key, keyMay, spoken, t, first, count, bag, hashes, windowSounds);
        if (ids != null) {
          Window w = Window.of(original, new Span(start, end), t.words, first, last);
          verifier.verifyAll(w, ids, windowSounds[0], windowSounds[1], evidence, out);
        }
      }
    }
  }

  /**
   * Why the words of {@code span} give no candidate for the entity {@code entityId}: the first
   * check that stops each of its Latin forms, or that the verifier would take it but the window
   * is never looked up or retrieved. For {@code --why}: slow (linear in the forms), never on the
   * correcting path. Empty when the entity has no fuzzy Latin form or the span holds no words.
   */
  public List<String> whyNot(String text, Evidence evidence, Span span, String entityId) {
    LatinTokens tokens = LatinTokens.of(text);
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.count; i++) {
      if (tokens.starts[i] >= span.start() && tokens.ends[i] <= span.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    List<String> out = new java.util.ArrayList<>();
    if (first < 0) {
      return out;
    }
    String[] words = new String[tokens.count];
    for (int i = 0; i < tokens.count; i++) {
      words[i] = fold(text, tokens.starts[i], tokens.ends[i]);
    }
    Span wordsSpan = new Span(tokens.starts[first], tokens.ends[last]);
    Window w = Window.of(text, wordsSpan, words, first, last);
    List<Integer> ids = new java.util.ArrayList<>();
    for (int id = 0; id < forms.forms.size(); id++) {
      if (forms.forms.get(id).target().entity().id().equals(entityId)) {
        ids.add(id);
      }
    }
    List<Candidate> taken = new java.util.ArrayList<>();
    verifier.verifyAll(w, ids.stream().mapToInt(Integer::intValue).toArray(), null, null, evidence, taken,
        (id, reason) -> out.add("\"" + forms.forms.get(id).text() + "\": " + reason));
    TextWords t = taken.isEmpty() ? null : new TextWords(text, evidence);
    for (Candidate c : taken) {
      out.add("\"" + c.form() + "\": the verifier takes it, but "
          + (t.onlyEverydayWithoutContext(first, last)
              ? "a window of everyday words with no context word or mention near is never looked up"
              : "the index does not offer this form for the window (too far in spelling and sound)"));
    }
    return out;
  }

  /** The words of one text with what every window asks of them, worked out once per word. */
  private final class TextWords {
    final String original;
    final Evidence evidence;
    final LatinTokens tokens;
    /** Folded to lower case. */
    final String[] words;
    /** {@link SpokenDigits#digitFor} of each word. */
    final String[] digits;
    final boolean[] ambiguous;
    /** {@link EnglishKey} of each word's digit form. */
    final String[] sounds;
    /** {@link SoundGate#letterCodes} and {@link SoundGate#sureInside} of each word (as written). */
    final int[] soundCodes;
    final int[] sureInside;
    /** Whether each word holds a digit char. */
    final boolean[] digitChars;
    final int[][] anchors;
    final boolean[] everyday;
    /** A word some multi-word form has, as written or spoken. */
    final boolean[] shared;
    private ContextWords.Hits context; // found when first needed

    TextWords(String original, Evidence evidence) {
      this.original = original;
      this.evidence = evidence;
      this.tokens = LatinTokens.of(original);
      int n = tokens.count;
      words = new String[n];
      digits = new String[n];
      ambiguous = new boolean[n];
      sounds = new String[n];
      soundCodes = new int[n];
      sureInside = new int[n];
      digitChars = new boolean[n];
      anchors = new int[n][];
      everyday = new boolean[n];
      shared = new boolean[n];
      for (int i = 0; i < n; i++) {
        String w = fold(original, tokens.starts[i], tokens.ends[i]);
        Word facts = word(w);
        words[i] = facts.word;
        digits[i] = facts.digit;
        ambiguous[i] = facts.ambiguous;
        sounds[i] = facts.sound;
        soundCodes[i] = facts.soundCodes;
        sureInside[i] = facts.sureInside;
        digitChars[i] = facts.digitChars;
        anchors[i] = facts.anchors;
        everyday[i] = facts.everyday;
        shared[i] = facts.shared;
      }
    }

    int count() {
      return tokens.count;
    }

    /** The spoken key of the window of {@code count} words from {@code first}, into {@code out}. */
    void spoken(int first, int count, StringBuilder out) {
      out.setLength(0);
      String previous = null;
      for (int i = 0; i < count; i++) {
        String piece = SpokenDigits.spoken(words[first + i], digits[first + i], ambiguous[first + i], i, count);
        SpokenDigits.append(out, i == 0 ? null : words[first + i - 1], previous, words[first + i], piece,
            ambiguous[first + i]);
        previous = piece;
      }
    }

    /**
     * True when the verifier would take no form for the window whatever is retrieved: its words
     * are everyday words (or, alone, a well-known name), none is a word of a multi-word form,
     * no context word of any entity stands near, and the words are in lower case (which only an
     * entity's context words can lift) or no exact mention of the document is near enough to
     * give evidence. Lower-case runs may still be a one-word name heard as words: the caller
     * asks {@link #heardAsOneName}.
     */
    boolean onlyEverydayWithoutContext(int first, int last) {
      int start = tokens.starts[first];
      int end = tokens.ends[last];
      boolean everydayWords = first == last
          ? everyday[first] || lexicon.isName(original.substring(start, end))
          : allEveryday(everyday, first, last) && !anyShared(shared, first, last);
      if (!everydayWords) {
        return false;
      }
      if (context == null) {
        context = contextWords.find(original);
      }
      if (context.near(start, end, Evidence.CONTEXT_WINDOW)) {
        return false;
      }
      boolean common = first == last ? everyday[first] : true; // multi-word: all everyday, checked above
      if (common && Window.lowerCase(original, start, end)) {
        return true; // everyday words in lower case take only context words (LatinVerifier), or heardAsOneName
      }
      if (first < last && (Window.capitalizedWords(original, start, end)
          || Window.capitalizedStart(original, start, end))) {
        return false; // may be a name split into words ("Pie Torch"): the verifier decides by sound
      }
      // other names near (domain), or the name said earlier: an exact mention before the window's end
      return !evidence.anyMentionNear(start, end, Evidence.DOMAIN_WINDOW) && !evidence.anyMentionBefore(end);
    }

    /**
     * The one-word forms that everyday words in lower case, from {@code first} to {@code last},
     * may be heard for: the run is long enough, does not open or close like a phrase, has an
     * exact mention near or before it, and run together sounds like the form (or does once a
     * final g is dropped: {@code met forming}). Null when none; the verifier then asks for
     * evidence ({@link LatinVerifier}'s {@code soundsLikeOneName}). A sound key is made only for
     * runs that pass the cheap checks, and left in {@code windowSounds[0]} for the verifier.
     */
    int[] heardAsOneName(int first, int last, IntBag bag, String[] windowSounds) {
      int start = tokens.starts[first];
      int end = tokens.ends[last];
      int letters = 0;
      for (int i = first; i <= last; i++) {
        if (!everyday[i]) {
          return null;
        }
        letters += words[i].length();
      }
      if (first == last || last - first >= SOUND_WINDOW || letters < LatinVerifier.HEARD_AS_WORDS_MIN
          || !LatinVerifier.mayBeHeardAsOneName(words[first], words[last])
          || !Window.lowerCase(original, start, end)
          || !(evidence.anyMentionNear(start, end, Evidence.DOMAIN_WINDOW) || evidence.anyMentionBefore(end))) {
        return null;
      }
      StringBuilder joined = new StringBuilder(letters);
      for (int i = first; i <= last; i++) {
        joined.append(words[i]);
      }
      String key = joined.toString();
      String droppedG = LatinVerifier.withoutDroppedG(key);
      if (droppedG == null && !maySoundLike(key, key.charAt(0), this, first, last - first + 1)) {
        return null; // no one-word form can have its sound (SoundGate): no key to make
      }
      bag.clear();
      windowSounds[0] = EnglishKey.of(key);
      windowSounds[1] = null;
      long sound = DeletionHashes.hash(windowSounds[0]);
      if (forms.isOneWordSound(sound)) {
        forms.bySound(sound, bag);
      }
      if (droppedG != null) {
        long dropped = DeletionHashes.hash(EnglishKey.of(droppedG));
        if (forms.isOneWordSound(dropped)) {
          forms.bySound(dropped, bag);
        }
      }
      int n = bag.distinctInPlace();
      int kept = 0;
      int[] ids = new int[n];
      for (int i = 0; i < n; i++) {
        if (forms.wordCounts[bag.get(i)] == 1) {
          ids[kept++] = bag.get(i);
        }
      }
      return kept == 0 ? null : java.util.Arrays.copyOf(ids, kept);
    }
  }

  /** What every window asks of a folded word, whatever text it is in. */
  private record Word(String word, String digit, boolean ambiguous, String sound, int soundCodes, int sureInside,
      boolean digitChars, int[] anchors, boolean everyday, boolean shared) {}

  /**
   * The facts of the words already seen: words repeat from text to text ({@code the}, a name)
   * and their facts cost five hash look-ups and a sound key. Bounded like {@link EnglishKey}'s
   * memo: once full, facts are worked out and not kept; no result depends on what was seen.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Word> seen =
      new java.util.concurrent.ConcurrentHashMap<>();

  static final int WORDS_KEPT = 1 << 14;

  private Word word(String w) {
    Word facts = seen.get(w);
    if (facts == null) {
      String digit = SpokenDigits.digitFor(w);
      facts = new Word(w, digit, SpokenDigits.isAmbiguous(w), EnglishKey.ofWord(digit),
          SoundGate.letterCodes(w), SoundGate.sureInside(w), hasDigit(w),
          forms.byAnchor(w),
          lexicon.isCommonWord(w),
          formWords.contains(w) || formWords.contains(digit) || (w.equals("ex") && formWords.contains("x")));
      if (seen.size() < WORDS_KEPT) {
        seen.putIfAbsent(w, facts);
      }
    }
    return facts;
  }

  /**
   * {@link LatinForms#mayMatchByDeletion} for the windows of one text, its halves remembered:
   * the start half reads a key's first chars, the same for every multi-word window from one
   * word; the end half reads the last chars, all inside the last word when it is long.
   */
  private final class DeletionGate {
    private int startsKnown = -1; // the first word whose start half is startsMay
    private boolean startsMay;
    private final byte[] endsKnown; // per last word: 0 unknown, 1 may match, 2 cannot

    DeletionGate(int words) {
      endsKnown = new byte[words];
    }

    boolean mayMatch(CharSequence key, int first, int last, int lastLength) {
      if (first == last || key.length() < DeletionEnds.ENDS + 2) {
        return forms.mayMatchByDeletion(key, first == last && twoDeletions(key.length()));
      }
      DeletionEnds ends = forms.deletionEnds(); // multi-word windows: one deletion
      if (startsKnown != first) {
        startsKnown = first;
        startsMay = ends.mayStart(key, false);
      }
      if (!startsMay) {
        return false;
      }
      if (lastLength < DeletionEnds.ENDS + 2) {
        return ends.mayEnd(key, false);
      }
      if (endsKnown[last] == 0) {
        endsKnown[last] = (byte) (ends.mayEnd(key, false) ? 1 : 2);
      }
      return endsKnown[last] == 1;
    }
  }

  private static boolean anyDigit(boolean[] digitChars, int first, int count) {
    for (int i = first; i < first + count; i++) {
      if (digitChars[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean allEveryday(boolean[] everyday, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!everyday[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyShared(boolean[] shared, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (shared[i]) {
        return true;
      }
    }
    return false;
  }

  /** The ids of the forms worth verifying for the window, or null when there are none. */
  private int[] retrieve(CharSequence key, boolean keyMay, CharSequence spoken, TextWords t, int first, int count,
      IntBag bag, DeletionHashes hashes, String[] windowSounds) {
    // every form kept below carries the window's digits (or its spoken key's): when no form at
    // all does, nothing can be kept, and nothing is looked up ("in 2010", "January 2014")
    boolean spokenDiffers = !contentEquals(key, spoken);
    int da = anyDigit(t.digitChars, first, count) ? LatinForms.digitsHash(key) : 0; // no digit, no hash
    int db = spokenDiffers ? LatinForms.digitsHash(spoken) : da;
    if (!forms.anyHasDigits(da) && (db == da || !forms.anyHasDigits(db))) {
      return null;
    }
    bag.clear();
    boolean oneWord = count == 1;
    boolean keySoundNone = false;
    if (keyMay) {
      retrieveKey(key, oneWord, bag, hashes);
    }
    if (spokenDiffers && forms.mayMatchByDeletion(spoken, oneWord && twoDeletions(spoken.length()))) {
      retrieveKey(spoken, oneWord, bag, hashes);
    }
    if (count <= SOUND_WINDOW) {
      long h = 0;
      for (int i = first; i < first + count; i++) {
        for (int c = 0; c < t.sounds[i].length(); c++) {
          h = h * SOUND_HASH_BASE + t.sounds[i].charAt(c);
        }
      }
      forms.byWordSounds(h, bag);
      // and the whole key's sound, which differs where a word's sound depends on the next word;
      // made only when some form the filter below may keep can have it (SoundGate): else no form
      // it keeps has it, so the look-up would keep nothing and no limit below is widened by it
      if (maySoundLike(key, spoken.charAt(0), t, first, count)) {
        windowSounds[0] = !oneWord ? EnglishKey.of(key.toString())
            : t.digits[first].equals(t.words[first]) ? t.sounds[first] // the word's own key, made once
            : EnglishKey.ofWord(t.words[first]);
        addBySound(windowSounds[0], bag);
      } else {
        keySoundNone = true;
      }
      if (spokenDiffers) {
        windowSounds[1] = EnglishKey.of(spoken.toString());
        addBySound(windowSounds[1], bag);
      }
    }
    if (count >= 2) {
      for (int i = first; i < first + count; i++) {
        bag.addAll(t.anchors[i]);
      }
    }
    // a form must start like the window (its first letter, or x for a spoken "ex"), carry its
    // digits, and have a key within edit reach or, for a word-by-word match, as many words (two
    // or more), as the verifier requires: most hits end here, before any string is built
    int n = bag.distinctInPlace();
    if (n == 0) {
      return null;
    }
    char a = key.charAt(0);
    char b = spoken.charAt(0);
    long keyMask = LatinForms.charMask(key);
    long spokenMask = LatinForms.charMask(spoken);
    // the window's sounds, when made above: a form that sounds otherwise gets the narrower limit
    boolean keySound = windowSounds[0] != null || keySoundNone;
    long keySoundHash = windowSounds[0] != null ? DeletionHashes.hash(windowSounds[0]) : 0;
    boolean spokenSound = windowSounds[1] != null;
    long spokenSoundHash = spokenSound ? DeletionHashes.hash(windowSounds[1]) : 0;
    int kept = 0;
    int[] ids = null;
    long[] frames = {0, 0}; // the key's and the spoken key's vowels-only frame, made when first needed
    boolean softFirst = SOFT_FIRST.indexOf(a) >= 0;
    for (int i = 0; i < n; i++) {
      int id = bag.get(i);
      char c = forms.firstChars[id];
      int d = forms.digitHashes[id];
      if ((c == a || c == b || (softFirst && mayShareFirstSound(c, a) && LatinVerifier.sameFirstSound(key.toString(), forms.keys[id]))
              || (count >= 2 && count == forms.wordCounts[id] && mayBeFirstNameAlike(c, a)))
          && (d == da || d == db)
          && ((count >= 2 && count == forms.wordCounts[id])
              || withinReach(key, count, keyMask, keySound, keySoundNone, keySoundHash, id, frames, 0)
              || (spokenDiffers && withinReach(spoken, count, spokenMask, spokenSound, false, spokenSoundHash, id,
                  frames, 1)))) {
        if (ids == null) {
          ids = new int[n - i];
        }
        ids[kept++] = id;
      }
    }
    return ids == null ? null : java.util.Arrays.copyOf(ids, kept);
  }

  /**
   * {@link LatinForms#maySoundLike} for the window of {@code count} words from {@code first}
   * (joined in {@code key}), from the codes of each word made once: true when a word holds a
   * char outside {@code a}-{@code z}, whose key the gate does not judge.
   */
  private boolean maySoundLike(CharSequence key, char spokenFirst, TextWords t, int first, int count) {
    int possible = SoundGate.startCode(key.charAt(0));
    for (int i = first; i < first + count; i++) {
      if (t.soundCodes[i] < 0) {
        return true;
      }
      possible |= t.soundCodes[i];
    }
    int sure = SoundGate.sureOfWindow(key, t.words, t.sureInside, first, count);
    return forms.maySoundLike(possible, sure, key.charAt(0), spokenFirst);
  }

  private void addBySound(String soundKey, IntBag bag) {
    if (soundKey.length() >= 2) {
      forms.bySound(DeletionHashes.hash(soundKey), bag);
    }
  }

  /** Must equal the base of {@link DeletionHashes#hash}, which hashed the forms' side. */
  private static final long SOUND_HASH_BASE = 0x100000001B3L;

  /**
   * Looks up the key with zero, one and (for one-word keys of some length) two chars deleted;
   * callers first ask {@link LatinForms#mayMatchByDeletion} whether any of it can hit.
   */
  private void retrieveKey(CharSequence key, boolean twoDeletions, IntBag bag, DeletionHashes hashes) {
    int n = key.length();
    boolean two = twoDeletions && twoDeletions(n);
    hashes.reset(key);
    forms.byDeletion(hashes.whole(), bag);
    for (int i = 0; i < n; i++) {
      forms.byDeletion(hashes.without(i), bag);
    }
    if (two) {
      for (int i = 0; i < n; i++) {
        for (int k = i + 1; k < n; k++) {
          forms.byDeletion(hashes.without(i, k), bag);
        }
      }
    }
  }

  /**
   * True when a key of this length and {@link LatinForms#charMask} can be within the verifier's
   * edit limit of the form's key ({@link LatinVerifier}): any distance when the two sound alike
   * (the verifier takes a respelling of the vowels of the same consonants at any distance, and
   * the rest within a third of the longer key), else {@link LatinVerifier#maxEdits} (with
   * context, the larger). When the key's sound is not known ({@code soundKnown} false) a third
   * of the longer key, at least 2, is taken; when it is known to be no sound key of a form that
   * gets here ({@code soundNone}, {@link SoundGate}), the narrower.
   * Their lengths and their chars (bins one has and the other lacks) both bound the distance
   * from below. Otherwise only a word-by-word match, which needs as many words, can accept it.
   */
  private boolean withinReach(CharSequence key, int count, long mask, boolean soundKnown, boolean soundNone,
      long soundHash, int id, long[] frames, int which) {
    int length = key.length();
    int formLength = forms.keyLengths[id];
    int longest = Math.max(length, formLength);
    boolean soundsAlike = soundKnown && !soundNone
        && (soundHash == forms.soundHashes[id] || soundHash == forms.firstSoundHashes[id]);
    int limit = !soundKnown || soundsAlike
        ? LatinVerifier.soundReach(longest, count >= 2 && forms.wordCounts[id] == 1)
        : LatinVerifier.maxEdits(longest, true);
    long formMask = forms.charMasks[id];
    if (Math.abs(length - formLength) <= limit
        && Long.bitCount(mask & ~formMask) <= limit && Long.bitCount(formMask & ~mask) <= limit) {
      return true;
    }
    // beyond that, the verifier takes only a respelling of the vowels of the same consonants, in
    // as many words and syllables (LatinVerifier.vowelsOnly): compare the frames, made once
    if (!soundsAlike || forms.frames[id] == 0 || count != forms.wordCounts[id]) {
      return false;
    }
    if (frames[which] == 0) {
      frames[which] = LatinForms.frame(key.toString());
    }
    return frames[which] == forms.frames[id];
  }

  /** Letters that may spell one first sound ({@code g}/{@code j}, {@code c}/{@code k}/{@code s}/{@code q}). */
  private static boolean mayShareFirstSound(char c, char d) {
    return c != d && SOFT_FIRST.indexOf(c) >= 0 && SOFT_FIRST.indexOf(d) >= 0
        && (c == 'g' || c == 'j') == (d == 'g' || d == 'j');
  }

  private static final String SOFT_FIRST = "gjcksq";

  /**
   * First letters Double Metaphone may read as one sound in a first name (j and y: {@code Jan}
   * and {@code Yann}; two vowels: {@code Elon} and {@code Allen}): the verifier decides
   * ({@code LatinVerifier#firstWordHeardAlike}), for windows of as many words as the name.
   */
  private static boolean mayBeFirstNameAlike(char c, char d) {
    return c != d && (FIRST_NAME_ALIKE.indexOf(c) >= 0) && (FIRST_NAME_ALIKE.indexOf(d) >= 0)
        && (c == 'j' || c == 'y') == (d == 'j' || d == 'y');
  }

  private static final String FIRST_NAME_ALIKE = "jyaeiou";

  private static boolean twoDeletions(int keyLength) {
    return keyLength >= TWO_DELETIONS_FROM && keyLength <= TWO_DELETIONS_TO;
  }

  private static boolean contentEquals(CharSequence a, CharSequence b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String text, int start, int end) {
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      out[i - start] = (char) Scripts.fold(text.charAt(i));
    }
    return new String(out);
  }
}
