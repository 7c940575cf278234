package dev.canon.candidate.latin;

import dev.canon.candidate.Form;
import dev.canon.candidate.Keys;
import dev.canon.internal.DeletionHashes;
import dev.canon.internal.IntBag;
import dev.canon.internal.LongMultiMap;
import dev.canon.phonetic.EnglishKey;
import dev.canon.text.Scripts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Latin forms that fuzzy and sound matching may find, with their lookup indexes: one-char
 * deletions of each key (SymSpell-style), Double Metaphone keys, and for multi-word forms their
 * two rarest words as anchors. Immutable once built.
 */
final class LatinForms {

  /** Forms with shorter keys are found only when a spoken form equals them ({@code ex AI} → {@code xAI}). */
  static final int MIN_KEY = 4;

  /** Shortest key indexed at all. */
  static final int MIN_SPOKEN_KEY = 3;

  final List<Form> forms;

  /** Normalized keys of every Latin form of every entity, fuzzy or not: names as they are. */
  final java.util.Set<String> allKeys;
  final String[] keys;
  final String[] soundKeys;
  /** {@link DeletionHashes#hash} of each sound key: unequal hashes, unequal keys, no string read. */
  final long[] soundHashes;
  /**
   * The hash of the sound key of the form written with the letter of its first sound, when that
   * letter is another ({@code gemini} as {@code jemini}: Double Metaphone reads a first g as k),
   * else its {@link #soundHashes}: how {@code Jiminy} finds Gemini by sound.
   */
  final long[] firstSoundHashes;
  /**
   * Per form, {@link #frame} of its key: its consonants and syllable count, what a respelling of
   * its vowels keeps ({@code LatinVerifier.sameConsonants}); 0 for a key of too few consonants.
   */
  final long[] frames;
  final String[] digits;
  /** Per form, its Roman numerals written in capitals ({@link #numeralsOf}), "" for none. */
  final String[] numerals;

  /**
   * Per form, what a window must share with it before anything else is read: its first char
   * and the hash of its digits ({@link #digitsHash}), in arrays small enough to stay in cache.
   */
  final char[] firstChars;
  final int[] digitHashes;

  /** Per form, its key's length and its number of words. */
  final int[] keyLengths;

  /** Per form, the {@link #charMask} of its key. */
  final long[] charMasks;
  final int[] wordCounts;

  /** Per form, whether its entity has context words: most have none, and then none is looked for. */
  final boolean[] hasContext;
  final String[][] words;
  private final LongMultiMap byDeletion;
  private final DeletionEnds deletionEnds;
  private final LongMultiMap byWordSounds;
  private final LongMultiMap bySound;
  /** The sound key hashes of the one-word forms: what a run of everyday words may be heard for. */
  private final dev.canon.internal.LongSet oneWordSounds;
  private final Map<String, int[]> byAnchor;
  private final SoundGate soundGate;

  /** The distinct {@link #digitHashes}, sorted. */
  private final int[] digitHashSet;
  private final boolean zeroDigitHash; // digitHashSet holds 0 (forms without digits)

  LatinForms(List<Form> all) {
    List<Form> kept = new ArrayList<>();
    java.util.Set<String> everyKey = new java.util.HashSet<>();
    for (Form f : all) {
      if (isLatinKey(f.normalized())) {
        everyKey.add(f.normalized());
      }
      if (f.target().entity().fuzzy() && isLatinKey(f.normalized()) && f.normalized().length() >= MIN_SPOKEN_KEY) {
        kept.add(f);
      }
    }
    forms = List.copyOf(kept);
    allKeys = java.util.Set.copyOf(everyKey);
    int n = forms.size();
    keys = new String[n];
    soundKeys = new String[n];
    soundHashes = new long[n];
    firstSoundHashes = new long[n];
    frames = new long[n];
    List<String> gateKeys = new ArrayList<>();
    List<String> gateSounds = new ArrayList<>();
    digits = new String[n];
    numerals = new String[n];
    firstChars = new char[n];
    hasContext = new boolean[n];
    keyLengths = new int[n];
    charMasks = new long[n];
    wordCounts = new int[n];
    digitHashes = new int[n];
    words = new String[n][];
    LongMultiMap.Builder deletions = new LongMultiMap.Builder();
    DeletionHashes hashes = new DeletionHashes();
    LongMultiMap.Builder wordSounds = new LongMultiMap.Builder();
    dev.canon.internal.LongSet.Builder oneWord = new dev.canon.internal.LongSet.Builder();
    LongMultiMap.Builder wholeSounds = new LongMultiMap.Builder();
    Map<String, Integer> wordFrequency = new HashMap<>();
    for (int i = 0; i < n; i++) {
      keys[i] = forms.get(i).normalized();
      soundKeys[i] = EnglishKey.of(keys[i]);
      soundHashes[i] = DeletionHashes.hash(soundKeys[i]);
      char first = LatinVerifier.firstSound(keys[i]);
      String spokenFirst = first == keys[i].charAt(0) ? soundKeys[i] : EnglishKey.of(first + keys[i].substring(1));
      firstSoundHashes[i] = DeletionHashes.hash(spokenFirst);
      frames[i] = frame(keys[i]);
      digits[i] = digitsOf(keys[i]);
      numerals[i] = numeralsOf(forms.get(i).text());
      firstChars[i] = keys[i].charAt(0);
      hasContext[i] = !forms.get(i).target().entity().context().isEmpty();
      keyLengths[i] = keys[i].length();
      charMasks[i] = charMask(keys[i]);
      digitHashes[i] = digitsHash(keys[i]);
      words[i] = wordsOf(forms.get(i).text());
      wordCounts[i] = words[i].length;
      hashes.reset(keys[i]);
      deletions.put(hashes.whole(), i);
      for (int k = 0; k < keys[i].length(); k++) {
        deletions.put(hashes.without(k), i);
      }
      if (soundKeys[i].length() >= 2) {
        wholeSounds.put(DeletionHashes.hash(soundKeys[i]), i);
        if (words[i].length == 1) {
          oneWord.add(DeletionHashes.hash(soundKeys[i]));
        }
      }
      if (firstSoundHashes[i] != soundHashes[i] && spokenFirst.length() >= 2) {
        wholeSounds.put(firstSoundHashes[i], i);
        gateKeys.add(keys[i]); // the gate must let a window through to this sound as well
        gateSounds.add(spokenFirst);
      }
      String perWord = wordSoundsOf(words[i]);
      if (perWord.length() >= 2) {
        wordSounds.put(DeletionHashes.hash(perWord), i);
      }
      for (String w : words[i]) {
        wordFrequency.merge(w, 1, Integer::sum);
      }
    }
    Map<String, List<Integer>> anchors = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (words[i].length < 2) {
        continue;
      }
      List<String> rarest = new ArrayList<>(List.of(words[i]));
      rarest.sort(Comparator.comparingInt((String w) -> wordFrequency.get(w)).thenComparing(w -> w));
      for (String w : anchorsOf(rarest, wordFrequency)) {
        List<Integer> list = anchors.computeIfAbsent(w, k -> new ArrayList<>(1));
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
          list.add(i);
        }
      }
    }
    byDeletion = deletions.build();
    deletionEnds = new DeletionEnds(keys);
    byWordSounds = wordSounds.build();
    bySound = wholeSounds.build();
    oneWordSounds = oneWord.build();
    byAnchor = Keys.compact(anchors);
    List<String> gatedKeys = new ArrayList<>(List.of(keys));
    gatedKeys.addAll(gateKeys);
    List<String> gatedSounds = new ArrayList<>(List.of(soundKeys));
    gatedSounds.addAll(gateSounds);
    soundGate = new SoundGate(gatedKeys.toArray(String[]::new), gatedSounds.toArray(String[]::new));
    digitHashSet = java.util.Arrays.stream(digitHashes).distinct().sorted().toArray();
    zeroDigitHash = java.util.Arrays.binarySearch(digitHashSet, 0) >= 0;
  }

  /**
   * A key's consonant frame and syllable count in one non-zero number, 0 when the frame is too
   * short to qualify ({@link LatinVerifier#sameConsonants}): two keys with the same non-zero frame
   * are a respelling of each other's vowels, up to a hash collision, which only lets the verifier see more.
   */
  static long frame(String key) {
    String consonants = LatinVerifier.consonants(key);
    if (consonants.length() < LatinVerifier.MIN_CONSONANTS) {
      return 0;
    }
    long h = DeletionHashes.hash(consonants) * 31 + LatinVerifier.syllables(key);
    return h == 0 ? 1 : h;
  }

  /** Words used as anchors: the rarest, and the second rarest if it is rare enough to be cheap. */
  static final int COMMON_ANCHOR = 64;

  private static List<String> anchorsOf(List<String> byRarity, Map<String, Integer> frequency) {
    if (frequency.get(byRarity.get(1)) > COMMON_ANCHOR) {
      return byRarity.subList(0, 1);
    }
    return byRarity.subList(0, 2);
  }

  boolean isEmpty() {
    return forms.isEmpty();
  }

  /**
   * False when no lookup of {@code key} in {@link #byDeletion} (the key, and the key with one
   * char, or with {@code twoDeletions} two chars, deleted) can find a form; see {@link DeletionEnds}.
   */
  boolean mayMatchByDeletion(CharSequence key, boolean twoDeletions) {
    return deletionEnds.mayMatch(key, twoDeletions);
  }

  /** The check {@link #mayMatchByDeletion} makes, in halves a caller may cache. */
  DeletionEnds deletionEnds() {
    return deletionEnds;
  }

  /** Forms whose key, or the key with one char deleted, has this {@link DeletionHashes} hash. */
  void byDeletion(long hash, IntBag bag) {
    byDeletion.addTo(hash, bag);
  }


  /**
   * Forms whose words' sound keys, joined, hash to {@code hash}: how a window is looked up by
   * sound without building its strings ({@code Cloud 3 Opus} → {@code KLT} {@code 3} {@code APS}).
   */
  void byWordSounds(long hash, IntBag bag) {
    byWordSounds.addTo(hash, bag);
  }

  /**
   * Forms whose whole key sounds like {@code soundKey} (its {@link EnglishKey}, hashed by
   * {@link DeletionHashes#hash}): {@code john mark jermaine} and {@code Jean-Marc Germain} share
   * {@code JNMRKJRMN} though their words' keys differ at a joint.
   */
  /** True when some one-word form has the sound key of this hash ({@link DeletionHashes#hash}). */
  boolean isOneWordSound(long soundKeyHash) {
    return oneWordSounds.contains(soundKeyHash);
  }

  void bySound(long soundKeyHash, IntBag bag) {
    bySound.addTo(soundKeyHash, bag);
  }

  /**
   * False only when the {@link EnglishKey} of a key of {@code a}-{@code z} with these
   * {@link SoundGate#possible} and {@link SoundGate#sure} codes, starting with {@code first}, is
   * the sound key of no form starting with {@code first}, {@code spokenFirst}, or a letter of the
   * same soft first sound: the key need not be made ({@link SoundGate}).
   */
  boolean maySoundLike(int possible, int sure, char first, char spokenFirst) {
    return soundGate.mayMatch(possible, sure, first, spokenFirst);
  }

  /** True when some form's {@link #digitsHash} is {@code digitsHash}. */
  boolean anyHasDigits(int digitsHash) {
    return digitsHash == 0 ? zeroDigitHash : java.util.Arrays.binarySearch(digitHashSet, digitsHash) >= 0;
  }

  /** The sound keys of words, joined: the form side of {@link #byWordSounds}. */
  static String wordSoundsOf(String[] words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(EnglishKey.of(w));
    }
    return out.toString();
  }

  int[] byAnchor(String word) {
    return byAnchor.getOrDefault(word, Keys.NONE);
  }

  /** The digit runs of a key, space-separated: {@code "gpt4turbo"} → {@code "4"}. */
  static String digitsOf(String key) {
    StringBuilder out = new StringBuilder();
    boolean inRun = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isDigit(c)) {
        if (!inRun && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        inRun = true;
      } else if (c != '.') {
        inRun = false;
      }
    }
    return out.toString();
  }

  /**
   * Which of 64 bins ({@code c & 63}) the chars of a key fall in. The bins one key has and
   * another lacks, counted, never exceed their edit distance (see {@code EditDistance.bagDistance}).
   */
  static long charMask(CharSequence key) {
    long mask = 0;
    for (int i = 0; i < key.length(); i++) {
      mask |= 1L << (key.charAt(i) & 63);
    }
    return mask;
  }

  /** {@code digitsOf(key).hashCode()}, without making the string. */
  static int digitsHash(CharSequence key) {
    int h = 0;
    boolean inRun = false;
    boolean any = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isDigit(c)) {
        if (!inRun && any) {
          h = 31 * h + ' ';
        }
        h = 31 * h + c;
        any = true;
        inRun = true;
      } else if (c != '.') {
        inRun = false;
      }
    }
    return h;
  }

  /** The lower-case Latin words of a form as written: {@code "GPT-4 Turbo"} → gpt, 4, turbo. */
  /**
   * The Roman numerals of a text, as a version is written in names ({@code Phase III}, {@code
   * Phase IIa}, {@code Gen IV}): words of two or more of the capitals I, V, X, with an optional
   * letter a to c after them, space-separated, "" for none. A version is never guessed, and these
   * are versions as much as digits are ({@code Phase III} is not {@code Phase II}).
   */
  static String numeralsOf(String text) {
    StringBuilder out = null;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      int roman = start;
      while (roman < i && "IVX".indexOf(text.charAt(roman)) >= 0) {
        roman++;
      }
      boolean suffix = i - roman == 1 && "abcABC".indexOf(text.charAt(roman)) >= 0;
      if (roman - start >= 2 && (roman == i || suffix)) {
        if (out == null) {
          out = new StringBuilder();
        } else {
          out.append(' ');
        }
        out.append(text, start, i);
      }
    }
    return out == null ? "" : out.toString().toUpperCase(java.util.Locale.ROOT);
  }

  static String[] wordsOf(String text) {
    LatinTokens tokens = LatinTokens.of(text);
    String[] out = new String[tokens.count];
    for (int i = 0; i < tokens.count; i++) {
      out[i] = text.substring(tokens.starts[i], tokens.ends[i]).toLowerCase(Locale.ROOT);
    }
    return out;
  }

  private static boolean isLatinKey(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(Scripts.isLatinAlnum(c) || c == '.')) {
        return false;
      }
    }
    return !key.isEmpty() && Character.isLetter(key.charAt(0));
  }
}
