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
  private final int maxWindow;

  /**
   * No longer key can be within the edit limits of any form: edits are at most a third of the
   * longer key, so a window key longer than 1.5 times the longest form key is hopeless.
   */
  private final int maxKey;

  public LatinFuzzyMatcher(List<Form> all, Lexicon lexicon) {
    this.forms = new LatinForms(all);
    this.verifier = new LatinVerifier(forms, lexicon);
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
    IntBag bag = new IntBag();
    DeletionHashes hashes = new DeletionHashes();
    for (int first = 0; first < tokens.count; first++) {
      for (int last = first; last < tokens.count && last < first + maxWindow; last++) {
        if (last > first && !tokens.joined(original, last - 1)) {
          break;
        }
        Span span = new Span(tokens.starts[first], tokens.ends[last]);
        if (!Boundaries.respected(original, span.start(), span.end())) {
          continue; // part of an identifier or a longer hyphenated name
        }
        if (span.length() > 4 * maxKey) {
          break; // a very long token or run: nothing this long is near any form (linear time)
        }
        Window w = Window.of(original, span, words, first, last);
        if (w.spokenKey().length() > maxKey) {
          break; // longer windows only grow
        }
        if (w.spokenKey().length() >= LatinForms.MIN_SPOKEN_KEY) {
          verifier.verifyAll(w, retrieve(w, bag, hashes), out);
        }
      }
    }
  }

  private int[] retrieve(Window w, IntBag bag, DeletionHashes hashes) {
    bag.clear();
    boolean small = w.words().length == 1;
    boolean sound = w.words().length <= SOUND_WINDOW;
    retrieveKey(w.key(), sound ? w.soundKey() : null, small, bag, hashes);
    if (!w.spokenKey().equals(w.key())) {
      retrieveKey(w.spokenKey(), sound ? EnglishKey.of(w.spokenKey()) : null, small, bag, hashes);
    }
    if (w.words().length >= 2) {
      for (String word : w.words()) {
        bag.addAll(forms.byAnchor(word));
      }
    }
    return bag.distinct();
  }

  /** Looks up the key with zero, one and (for long keys) two chars deleted, and its sound key. */
  private void retrieveKey(String key, String soundKey, boolean twoDeletions, IntBag bag, DeletionHashes hashes) {
    hashes.reset(key);
    int n = key.length();
    bag.addAll(forms.byDeletion(hashes.whole()));
    for (int i = 0; i < n; i++) {
      bag.addAll(forms.byDeletion(hashes.without(i)));
    }
    if (twoDeletions && n >= TWO_DELETIONS_FROM && n <= TWO_DELETIONS_TO) {
      for (int i = 0; i < n; i++) {
        for (int k = i + 1; k < n; k++) {
          bag.addAll(forms.byDeletion(hashes.without(i, k)));
        }
      }
    }
    if (soundKey != null) {
      bag.addAll(forms.bySound(soundKey));
    }
  }

  private static String fold(String text, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      out.append((char) Scripts.fold(text.charAt(i)));
    }
    return out.toString();
  }
}
