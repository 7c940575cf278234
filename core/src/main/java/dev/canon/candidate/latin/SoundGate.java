package dev.canon.candidate.latin;

import dev.canon.phonetic.EnglishKey;

/**
 * Says, from a window's letters alone, that its Double Metaphone key ({@link EnglishKey}) can
 * equal no form's sound key that the window could be matched with, so the key need not be made
 * (commons-codec's encoder is the costliest step of a window that finds nothing). Never wrong in
 * that direction: when {@link #mayMatch} is false, no form starting with a letter the retrieval
 * lets through ({@link #mayMatch}'s {@code first} and {@code spokenFirst}, or a letter of the same
 * soft first sound) has the window's sound key. Immutable and thread-safe.
 *
 * <p>Why it holds. For a key of the letters {@code a}-{@code z} only, {@link EnglishKey} is the
 * primary Double Metaphone code of the whole key (one letter run, up-cased with no change of
 * length). Reading commons-codec's {@code DoubleMetaphone} handler by handler:
 * <ul>
 *   <li><b>Possible codes.</b> Each handler appends to the primary code only from a fixed set per
 *   letter ({@link #possible}: {@code b} P; {@code c} K S X; {@code d} T J K; {@code g} K J F N L;
 *   {@code w} R A T S; ...), and {@code A} only at index 0. So every code of the key is produced by
 *   some letter of the window: the key's set of codes is within the union of its letters' sets.</li>
 *   <li><b>Sure codes.</b> Ten letters always append one code when their handler runs: {@code b}
 *   P, {@code f} F, {@code k} K, {@code l} L, {@code m} M, {@code n} N, {@code p} P (F before
 *   {@code h}), {@code q} K, {@code r} R, {@code v} F; the one exception, a final {@code r} after
 *   {@code ie} ("Xavier"), is left out. A handler is skipped only when an earlier handler jumps
 *   over its letter; the jumps that can land past one of these letters are: a doubled letter
 *   ({@code bb}, {@code ll}, ...), {@code mb}, {@code pb}, {@code ck}, {@code cq}, {@code gl},
 *   {@code gn}, {@code wr}, a silent start ({@code kn}, {@code pn}, {@code ps}) and {@code sc}
 *   followed by any letter; such letters are not counted ({@link #sure}). The code is kept unless
 *   the primary code is already 16 long ({@link EnglishKey#MAX_CODE}): a form's sound key shorter
 *   than that, if equal to the window's, was never cut, so it holds every sure code.</li>
 * </ul>
 * A form can share the window's key only if its codes lie between the two sets (the sure codes
 * only when its key is shorter than 16). Sound keys holding a digit from 1 to 9 never equal a
 * key of letters; a {@code 0} (a digit zero, or the code for {@code th}) is taken as the
 * {@code th} code, which only lets more through. The tables below answer "is there such a form,
 * among those starting with this letter" without reading any form. {@code SoundGateTest} holds
 * both sets to commons-codec's own output, and the gate to the full computation, on random words.
 * (The sound index and the edit limit compare 64-bit hashes of sound keys, as if equal hashes
 * meant equal keys; only a collision of two different keys could tell the gated code apart.)
 */
final class SoundGate {

  /** The 14 letters of Double Metaphone's primary code; the first 7 are the sure codes' bits. */
  private static final String CODES = "FKLMNPRAHJSTX0";

  private static final int SURE_BITS = 7;
  private static final int SURE_MASK = (1 << SURE_BITS) - 1;
  private static final int OTHER_BITS = CODES.length() - SURE_BITS;

  private static final int F = bit('F');
  private static final int K = bit('K');
  private static final int L = bit('L');
  private static final int M = bit('M');
  private static final int N = bit('N');
  private static final int P = bit('P');
  private static final int R = bit('R');
  private static final int A = bit('A');
  private static final int H = bit('H');
  private static final int J = bit('J');
  private static final int S = bit('S');
  private static final int T = bit('T');
  private static final int X = bit('X');
  private static final int TH = bit('0');

  /** Per letter {@code a}-{@code z}, the codes its handler may append (A only at index 0: see {@link #possible}). */
  private static final int[] MAY = new int[26];

  static {
    for (char v : "aeiouy".toCharArray()) {
      MAY[v - 'a'] = 0; // A, only at index 0
    }
    MAY['b' - 'a'] = P;
    MAY['c' - 'a'] = K | S | X;
    MAY['d' - 'a'] = T | J | K;
    MAY['f' - 'a'] = F;
    MAY['g' - 'a'] = K | J | F | N | L;
    MAY['h' - 'a'] = H;
    MAY['j' - 'a'] = J | H;
    MAY['k' - 'a'] = K;
    MAY['l' - 'a'] = L;
    MAY['m' - 'a'] = M;
    MAY['n' - 'a'] = N;
    MAY['p' - 'a'] = P | F;
    MAY['q' - 'a'] = K;
    MAY['r' - 'a'] = R;
    MAY['s' - 'a'] = S | X | K;
    MAY['t' - 'a'] = T | X | TH;
    MAY['v' - 'a'] = F;
    MAY['w' - 'a'] = R | A | T | S;
    MAY['x' - 'a'] = S | K;
    MAY['z' - 'a'] = J | S;
  }

  /**
   * Per first letter, per exact set of sure codes (7 bits), the set of "other" code sets (7 bits,
   * 128 of them, two longs) that hold a form's other codes: a form with sure codes {@code s} and
   * other codes {@code o} sets every superset of {@code o} under {@code s}. Forms whose sound key
   * is shorter than {@link EnglishKey#MAX_CODE} only.
   */
  private final long[] shortForms = new long[26 * 128 * 2];

  /** Per first letter, the distinct code sets of forms with sound keys of the full length (few). */
  private final int[][] longForms = new int[26][];

  /** A form's sound key held a char that is no Double Metaphone code nor digit: let everything through. */
  private final boolean open;

  SoundGate(String[] keys, String[] soundKeys) {
    boolean unknown = false;
    boolean[][] present = new boolean[26 * 128][];
    java.util.List<java.util.Set<Integer>> longs = new java.util.ArrayList<>();
    for (int c = 0; c < 26; c++) {
      longs.add(new java.util.TreeSet<>());
    }
    for (int i = 0; i < keys.length; i++) {
      char first = keys[i].charAt(0);
      if (first < 'a' || first > 'z') {
        continue; // never the first letter of a key of a-z
      }
      String sound = soundKeys[i];
      int codes = 0;
      boolean digit = false;
      for (int k = 0; k < sound.length(); k++) {
        char c = sound.charAt(k);
        if (c >= '1' && c <= '9') {
          digit = true;
        } else if (CODES.indexOf(c) < 0) {
          unknown = true;
        } else {
          codes |= bit(c);
        }
      }
      if (digit) {
        continue; // a key of letters has no such digit
      }
      int letter = first - 'a';
      if (sound.length() >= EnglishKey.MAX_CODE) {
        longs.get(letter).add(codes);
        continue;
      }
      int row = letter * 128 + (codes & SURE_MASK);
      if (present[row] == null) {
        present[row] = new boolean[128];
      }
      present[row][codes >>> SURE_BITS] = true;
    }
    for (int row = 0; row < present.length; row++) {
      boolean[] sets = present[row];
      if (sets == null) {
        continue;
      }
      for (int b = 0; b < OTHER_BITS; b++) { // close upwards: every superset of a present set
        for (int o = 0; o < 128; o++) {
          if ((o & (1 << b)) != 0 && sets[o ^ (1 << b)]) {
            sets[o] = true;
          }
        }
      }
      for (int o = 0; o < 128; o++) {
        if (sets[o]) {
          shortForms[row * 2 + (o >>> 6)] |= 1L << (o & 63);
        }
      }
    }
    for (int c = 0; c < 26; c++) {
      longForms[c] = longs.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
    this.open = unknown;
  }

  /**
   * False only when {@link EnglishKey#of}{@code (key)} equals the sound key of no form whose
   * first letter is {@code first}, {@code spokenFirst}, or one of the same soft first sound
   * ({@code g}/{@code j}, {@code c}/{@code k}/{@code s}/{@code q}), the forms the retrieval may
   * keep for a window starting with {@code first} ({@code LatinFuzzyMatcher}). True for any key
   * with a char outside {@code a}-{@code z}. The whole computation from the key, for tests; the
   * matcher composes the same codes from each word's, made once per word.
   */
  boolean mayMatch(CharSequence key, char spokenFirst) {
    if (key.length() == 0) {
      return true;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 'a' || c > 'z') {
        return true;
      }
    }
    return mayMatch(possible(key), sure(key), key.charAt(0), spokenFirst);
  }

  /**
   * {@link #mayMatch(CharSequence, char)} from the key's {@link #possible} and {@link #sure}
   * codes and its first letter {@code first} ({@code a}-{@code z}).
   */
  boolean mayMatch(int possible, int sure, char first, char spokenFirst) {
    if (open) {
      return true;
    }
    for (char c : FIRSTS[first - 'a']) {
      if (mayStartWith(c, possible, sure)) {
        return true;
      }
    }
    return spokenFirst >= 'a' && spokenFirst <= 'z' && FIRST_GROUP[spokenFirst - 'a'] != FIRST_GROUP[first - 'a']
        && mayStartWith(spokenFirst, possible, sure);
  }

  /** Per first letter, the letters of the same soft first sound and itself (what the retrieval compares). */
  private static final char[][] FIRSTS = new char[26][];

  /** Per letter, 1 for g and j, 2 for c, k, s, q, else a number of its own. */
  private static final int[] FIRST_GROUP = new int[26];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      String group = "gj".indexOf(c) >= 0 ? "gj" : "cksq".indexOf(c) >= 0 ? "cksq" : String.valueOf(c);
      FIRSTS[c - 'a'] = group.toCharArray();
      FIRST_GROUP[c - 'a'] = group.length() > 1 ? group.length() : 10 + c;
    }
  }

  /** Whether a form starting with {@code letter} has codes between {@code sure} and {@code possible}. */
  private boolean mayStartWith(char letter, int possible, int sure) {
    int row = (letter - 'a') * 128;
    int other = possible >>> SURE_BITS;
    int free = possible & SURE_MASK & ~sure;
    for (int sub = free; ; sub = (sub - 1) & free) { // every sure-code set from sure to possible
      long word = shortForms[(row + (sure | sub)) * 2 + (other >>> 6)];
      if ((word >>> (other & 63) & 1) != 0) {
        return true;
      }
      if (sub == 0) {
        break;
      }
    }
    for (int codes : longForms[letter - 'a']) {
      if ((codes & ~possible) == 0) {
        return true;
      }
    }
    return false;
  }

  /** The codes {@link EnglishKey#of} of a key of {@code a}-{@code z} may hold; every one it holds is here. */
  static int possible(CharSequence key) {
    return startCode(key.charAt(0)) | letterCodes(key);
  }

  /** A, when a key starting with {@code first} may start its code with it (a vowel or w, at index 0 only). */
  static int startCode(char first) {
    return "aeiouyw".indexOf(first) >= 0 ? A : 0;
  }

  /**
   * The codes the letters of {@code word} may append anywhere but at index 0 ({@link #possible}
   * without {@link #startCode}), or -1 when it holds a char outside {@code a}-{@code z}.
   */
  static int letterCodes(CharSequence word) {
    int codes = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return -1;
      }
      codes |= MAY[c - 'a'];
    }
    return codes;
  }

  /**
   * Codes {@link EnglishKey#of} of a key of {@code a}-{@code z} holds whenever it is shorter than
   * {@link EnglishKey#MAX_CODE}: those of the ten sure letters that no earlier handler can jump
   * over (see the class comment).
   */
  static int sure(CharSequence key) {
    int sure = 0;
    for (int i = 0; i < key.length(); i++) {
      sure |= sureAt(key, i);
    }
    return sure;
  }

  /**
   * {@link #sure} of a word's letters that read only the word whatever words stand around it:
   * all but its first two and its last ({@link #sureOfWindow} reads those in the window).
   */
  static int sureInside(CharSequence word) {
    int sure = 0;
    for (int i = 2; i < word.length() - 1; i++) {
      sure |= sureAt(word, i);
    }
    return sure;
  }

  /**
   * {@link #sure} of a key made of the words {@code words[first .. first + count)}, joined, from
   * their {@link #sureInside} codes and the letters at their edges: equal to {@code sure(key)}.
   */
  static int sureOfWindow(CharSequence key, String[] words, int[] inside, int first, int count) {
    int sure = 0;
    int at = 0;
    for (int w = first; w < first + count; w++) {
      int n = words[w].length();
      sure |= inside[w] | sureAt(key, at) | sureAt(key, at + Math.min(1, n - 1)) | sureAt(key, at + n - 1);
      at += n;
    }
    return sure;
  }

  /**
   * The code the letter at {@code i} surely appends (see the class comment), or 0. Reads two
   * letters back and one ahead, and whether {@code i} is the key's first or last.
   */
  private static int sureAt(CharSequence key, int i) {
    int n = key.length();
    char c = key.charAt(i);
    char prev = i > 0 ? key.charAt(i - 1) : 0;
    char next = i + 1 < n ? key.charAt(i + 1) : 0;
    if (i >= 2 && prev == 'c' && key.charAt(i - 2) == 's') {
      return 0; // "sc" and any third letter: one jump
    }
    return switch (c) {
      case 'b' -> prev == 'b' || prev == 'm' || prev == 'p' ? 0 : P;
      case 'f' -> prev == 'f' ? 0 : F;
      case 'k' -> prev == 'k' || prev == 'c' || (i == 0 && next == 'n') ? 0 : K;
      case 'l' -> prev == 'l' || prev == 'g' ? 0 : L;
      case 'm' -> prev == 'm' ? 0 : M;
      case 'n' -> prev == 'n' || prev == 'g' ? 0 : N;
      case 'p' -> prev == 'p' || (i == 0 && (next == 'n' || next == 's')) ? 0 : next == 'h' ? F : P;
      case 'q' -> prev == 'q' || prev == 'c' ? 0 : K;
      case 'r' -> prev == 'r' || prev == 'w' || (i == n - 1 && i >= 2 && key.charAt(i - 2) == 'i' && prev == 'e') ? 0 : R;
      case 'v' -> prev == 'v' ? 0 : F;
      default -> 0;
    };
  }

  /** The set of codes of a sound key, digits 1 to 9 and unknown chars left out (for tests). */
  static int codes(String soundKey) {
    int codes = 0;
    for (int i = 0; i < soundKey.length(); i++) {
      if (CODES.indexOf(soundKey.charAt(i)) >= 0) {
        codes |= bit(soundKey.charAt(i));
      }
    }
    return codes;
  }

  private static int bit(char code) {
    return 1 << CODES.indexOf(code);
  }
}
