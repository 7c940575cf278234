package dev.canon.candidate;

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
 * against each form's one-char deletions, the Double Metaphone key, and for multi-word windows
 * the rare words of multi-word forms. Spoken digits are tried as digits. Each retrieved pair is
 * verified by {@link LatinVerifier}. Immutable and thread-safe.
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

  /** Appends fuzzy and phonetic candidates of {@code text}. */
  public void find(NormalizedText text, List<Candidate> out) {
    if (forms.isEmpty()) {
      return;
    }
    String original = text.original();
    LatinTokens tokens = LatinTokens.of(original);
    String[] words = new String[tokens.count];
    for (int i = 0; i < tokens.count; i++) {
      words[i] = fold(original, tokens.starts[i], tokens.ends[i]);
    }
    String[] sounds = new String[tokens.count];
    String[] digits = new String[tokens.count];
    boolean[] ambiguous = new boolean[tokens.count];
    for (int i = 0; i < tokens.count; i++) {
      digits[i] = SpokenDigits.digitFor(words[i]);
      ambiguous[i] = SpokenDigits.isAmbiguous(words[i]);
      sounds[i] = EnglishKey.ofWord(digits[i]);
    }
    int[][] anchors = new int[tokens.count][];
    for (int i = 0; i < tokens.count; i++) {
      anchors[i] = forms.byAnchor(words[i]);
    }
    boolean[] everyday = new boolean[tokens.count];
    boolean[] shared = new boolean[tokens.count];
    for (int i = 0; i < tokens.count; i++) {
      everyday[i] = lexicon.isCommonWord(words[i]);
      shared[i] = formWords.contains(words[i]) || formWords.contains(digits[i])
          || (words[i].equals("ex") && formWords.contains("x"));
    }
    int startsKnown = -1; // the window start whose deletion start half is startsMay
    boolean startsMay = false;
    byte[] endsKnown = new byte[tokens.count]; // per last word: 0 unknown, 1 may match, 2 cannot
    ContextWords.Hits context = null;
    IntBag bag = new IntBag();
    String[] windowSounds = new String[2]; // the window's key and spoken key sounds, when made
    DeletionHashes hashes = new DeletionHashes();
    StringBuilder key = new StringBuilder();
    StringBuilder spoken = new StringBuilder();
    for (int first = 0; first < tokens.count; first++) {
      key.setLength(0);
      for (int last = first; last < tokens.count && last < first + maxWindow; last++) {
        if (last > first && !tokens.joined(original, last - 1)) {
          break;
        }
        int start = tokens.starts[first];
        int end = tokens.ends[last];
        if (end - start > 4 * maxKey) {
          break; // a very long token or run: nothing this long is near any form (linear time)
        }
        key.append(words[last]);
        int count = last - first + 1;
        spoken.setLength(0);
        for (int i = 0; i < count; i++) {
          spoken.append(SpokenDigits.spoken(words[first + i], digits[first + i], ambiguous[first + i], i, count));
        }
        if (spoken.length() > maxKey) {
          break; // longer windows only grow
        }
        if (spoken.length() < LatinForms.MIN_SPOKEN_KEY || !Boundaries.respected(original, start, end)) {
          continue; // too short, or part of an identifier or a longer hyphenated name
        }
        if (count == 1 ? everyday[first] || lexicon.isName(original.substring(start, end)) : allEveryday(everyday, first, last) && !anyShared(shared, first, last)) {
          if (context == null) {
            context = contextWords.find(original);
          }
          if (!context.near(start, end, Context.WINDOW)) {
            continue; // everyday words, no context near, no word of a name: the verifier would take nothing
          }
        }
        // the common case, nothing retrieved, builds no string and no window
        boolean keyMay;
        if (count == 1 || key.length() < DeletionEnds.ENDS + 2) {
          keyMay = forms.mayMatchByDeletion(key, count == 1 && twoDeletions(key.length()));
        } else {
          // one deletion: the start half reads the first chars, the same for all windows from
          // this word; the end half reads the last chars, all in the last word when it is long
          DeletionEnds ends = forms.deletionEnds();
          if (startsKnown != first) {
            startsKnown = first;
            startsMay = ends.mayStart(key, false);
          }
          keyMay = startsMay && endMay(ends, key, last, words[last].length(), endsKnown);
        }
        windowSounds[0] = null;
        windowSounds[1] = null;
        int[] ids = retrieve(key, keyMay, spoken, words, anchors, sounds, first, count, bag, hashes, windowSounds);
        if (ids != null) {
          Window w = Window.of(original, new Span(start, end), words, first, last);
          verifier.verifyAll(w, ids, windowSounds[0], windowSounds[1], out);
        }
      }
    }
  }

  /** {@link DeletionEnds#mayEnd} for one deletion, remembered per last word when that word holds the chars it reads. */
  private static boolean endMay(DeletionEnds ends, CharSequence key, int last, int lastLength, byte[] known) {
    if (lastLength < DeletionEnds.ENDS + 2) {
      return ends.mayEnd(key, false);
    }
    if (known[last] == 0) {
      known[last] = (byte) (ends.mayEnd(key, false) ? 1 : 2);
    }
    return known[last] == 1;
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
  private int[] retrieve(CharSequence key, boolean keyMay, CharSequence spoken, String[] words, int[][] anchors,
      String[] sounds, int first, int count, IntBag bag, DeletionHashes hashes, String[] windowSounds) {
    bag.clear();
    boolean oneWord = count == 1;
    if (keyMay) {
      retrieveKey(key, oneWord, bag, hashes);
    }
    if (!contentEquals(key, spoken) && forms.mayMatchByDeletion(spoken, oneWord && twoDeletions(spoken.length()))) {
      retrieveKey(spoken, oneWord, bag, hashes);
    }
    if (count <= SOUND_WINDOW) {
      long h = 0;
      for (int i = first; i < first + count; i++) {
        for (int c = 0; c < sounds[i].length(); c++) {
          h = h * SOUND_HASH_BASE + sounds[i].charAt(c);
        }
      }
      bag.addAll(forms.byWordSounds(h));
      // and the whole key's sound, which differs where a word's sound depends on the next word
      windowSounds[0] = oneWord ? EnglishKey.ofWord(words[first]) : EnglishKey.of(key.toString());
      addBySound(windowSounds[0], bag);
      if (!contentEquals(key, spoken)) {
        windowSounds[1] = EnglishKey.of(spoken.toString());
        addBySound(windowSounds[1], bag);
      }
    }
    if (count >= 2) {
      for (int i = first; i < first + count; i++) {
        bag.addAll(anchors[i]);
      }
    }
    // a form must start like the window (its first letter, or x for a spoken "ex"), carry its
    // digits, and have as many words or a key within edit reach, as the verifier requires: most
    // hits of common anchors and deletions end here, before any string is built
    int n = bag.distinctInPlace();
    if (n == 0) {
      return null;
    }
    char a = key.charAt(0);
    char b = spoken.charAt(0);
    int da = LatinForms.digitsHash(key);
    int db = LatinForms.digitsHash(spoken);
    long keyMask = LatinForms.charMask(key);
    long spokenMask = LatinForms.charMask(spoken);
    int kept = 0;
    int[] ids = null;
    for (int i = 0; i < n; i++) {
      int id = bag.get(i);
      char c = forms.firstChars[id];
      int d = forms.digitHashes[id];
      if ((c == a || c == b) && (d == da || d == db)
          && (count == forms.wordCounts[id] || withinReach(key.length(), keyMask, id)
              || withinReach(spoken.length(), spokenMask, id))) {
        if (ids == null) {
          ids = new int[n - i];
        }
        ids[kept++] = id;
      }
    }
    return ids == null ? null : java.util.Arrays.copyOf(ids, kept);
  }

  private void addBySound(String soundKey, IntBag bag) {
    if (soundKey.length() >= 2) {
      bag.addAll(forms.bySound(DeletionHashes.hash(soundKey)));
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
    bag.addAll(forms.byDeletion(hashes.whole()));
    for (int i = 0; i < n; i++) {
      bag.addAll(forms.byDeletion(hashes.without(i)));
    }
    if (two) {
      for (int i = 0; i < n; i++) {
        for (int k = i + 1; k < n; k++) {
          bag.addAll(forms.byDeletion(hashes.without(i, k)));
        }
      }
    }
  }

  /**
   * True when a key of this length and {@link LatinForms#charMask} can be within the verifier's
   * largest edit limit of the form's key, a third of the longer key and at least 2
   * ({@link LatinVerifier}): their lengths and their chars (bins one has and the other lacks)
   * both bound the distance from below. Otherwise only a word-by-word match, which needs as
   * many words, can accept the form.
   */
  private boolean withinReach(int length, long mask, int id) {
    int formLength = forms.keyLengths[id];
    int limit = Math.max(2, Math.max(length, formLength) / 3);
    long formMask = forms.charMasks[id];
    return Math.abs(length - formLength) <= limit
        && Long.bitCount(mask & ~formMask) <= limit && Long.bitCount(formMask & ~mask) <= limit;
  }

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
