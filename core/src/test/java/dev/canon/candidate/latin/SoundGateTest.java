package dev.canon.candidate.latin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.phonetic.EnglishKey;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link SoundGate} against commons-codec's own Double Metaphone: the code sets it reads from the
 * letters hold every key, and the gate never turns away a window whose key some form has.
 */
class SoundGateTest {

  /**
   * Letters and the letter groups Double Metaphone has rules for (jumps, silent starts, the
   * "sc" rule, Slavo-Germanic words, final "ier"), so random words reach every handler branch.
   */
  private static final String[] PIECES = {
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
    "t", "u", "v", "w", "x", "y", "z", "sc", "sch", "scl", "scr", "gn", "kn", "pn", "ps", "wr", "ier",
    "ph", "pb", "ck", "cq", "cc", "cia", "cz", "ch", "chia", "gh", "gli", "gy", "ger", "dge", "dg",
    "tion", "tia", "tch", "th", "tth", "mb", "umb", "witz", "wicz", "jose", "san", "ll", "illo",
    "sugar", "isl", "sh", "sio", "zh", "zz", "xx", "caesar", "mc", "van", "von", "aggi", "laugh"};

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(9).map(p -> String.join("", p));
  }

  @Provide
  Arbitrary<List<String>> pools() {
    return words().list().ofMinSize(1).ofMaxSize(60);
  }

  /** Every code of a key is a possible code; when the key is not cut, every sure code is in it. */
  @Property(tries = 20_000)
  void codeSets_boundTheKey(@ForAll("words") String word) {
    String key = EnglishKey.of(word);
    int codes = SoundGate.codes(key);
    int possible = SoundGate.possible(word);
    assertEquals(0, codes & ~possible, () -> word + " -> " + key + ": a code not in the possible set");
    if (key.length() < EnglishKey.MAX_CODE) {
      int sure = SoundGate.sure(word);
      assertEquals(0, sure & ~codes, () -> word + " -> " + key + ": a sure code missing");
    }
  }

  /** A window's codes composed from its words' (made once per word) equal those of the joined key. */
  @Property(tries = 5_000)
  void windowCodes_composedFromWords_equalTheKeys(@ForAll("windowWords") List<String> words) {
    String[] all = words.toArray(new String[0]);
    int[] inside = new int[all.length];
    int codes = SoundGate.startCode(all[0].charAt(0));
    for (int i = 0; i < all.length; i++) {
      inside[i] = SoundGate.sureInside(all[i]);
      codes |= SoundGate.letterCodes(all[i]);
    }
    String key = String.join("", words);
    assertEquals(SoundGate.sure(key), SoundGate.sureOfWindow(key, all, inside, 0, all.length), key);
    assertEquals(SoundGate.possible(key), codes, key);
  }

  @Provide
  Arbitrary<List<String>> windowWords() {
    return words().list().ofMinSize(1).ofMaxSize(3);
  }

  /**
   * The gate against the full computation: a window whose key some form with a first letter the
   * retrieval keeps has is never turned away. Every word of the pool is also a form, so each one
   * has at least itself to be found by.
   */
  @Property(tries = 1_000)
  void gate_neverTurnsAwayAWindowAFormSoundsLike(@ForAll("pools") List<String> forms,
      @ForAll("words") String window) {
    String[] keys = forms.toArray(new String[0]);
    String[] sounds = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      sounds[i] = EnglishKey.of(keys[i]);
    }
    SoundGate gate = new SoundGate(keys, sounds);
    List<String> windows = new ArrayList<>(forms);
    windows.add(window);
    for (String w : windows) {
      for (char spokenFirst : new char[] {w.charAt(0), 'x'}) {
        String sound = EnglishKey.of(w);
        boolean someForm = false;
        for (int i = 0; i < keys.length; i++) {
          someForm |= sounds[i].equals(sound) && firstKept(keys[i].charAt(0), w.charAt(0), spokenFirst);
        }
        if (someForm) {
          assertTrue(gate.mayMatch(w, spokenFirst), () -> "turned away " + w + " (" + sound + ")");
        }
      }
    }
  }

  /** Words where Double Metaphone jumps, drops or cuts letters: each, as a form, lets itself through. */
  @Test
  void gate_letsEachHardWordThroughToItself() {
    String[] hard = {"describe", "knight", "xavier", "thomas", "schmidt", "laugh", "gnocchi", "jose",
      "wright", "filipowicz", "agnes", "campbell", "dumb", "edge", "edgar", "caesar", "accident", "sugar",
      "island", "focaccia", "smith", "johnmarkjermaine", "mcclelland", "bacchus", "pseudonym", "pneumatic",
      "ghislane", "hugh", "tagliaro", "yankelovich", "czerny", "abcdefghijklmnopqrstuvwxyz"};
    for (String word : hard) {
      SoundGate gate = new SoundGate(new String[] {word}, new String[] {EnglishKey.of(word)});
      assertTrue(gate.mayMatch(word, word.charAt(0)), word);
    }
  }

  @Test
  void gate_turnsAwayWindowsNoFormCanSoundLike() {
    String[] keys = {"zorvex", "zenlum", "thalmar"};
    String[] sounds = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      sounds[i] = EnglishKey.of(keys[i]);
    }
    SoundGate gate = new SoundGate(keys, sounds);
    assertFalse(gate.mayMatch("themodel", 't')); // thalmar (0LMR) has an R no letter of it can make
    assertFalse(gate.mayMatch("zebra", 'z')); // makes P and R for sure: neither zorvex nor zenlum has P
    assertFalse(gate.mayMatch("andthe", 'a')); // no form starts with a
    assertFalse(gate.mayMatch("serveks", 's')); // sounds as zorvex (SRFKS), but no form starting with s, c, k, q
    assertTrue(gate.mayMatch("serveks", 'z')); // ... unless its spoken key starts with z
    assertTrue(gate.mayMatch("zorrvecks", 'z')); // SRFKS, as zorvex
    assertTrue(gate.mayMatch("zorvex2", 'z')); // not letters only: not judged
  }

  /** Whether the retrieval may keep a form starting with {@code c} for a window starting with {@code a}. */
  private static boolean firstKept(char c, char a, char spokenFirst) {
    if (c == a || c == spokenFirst) {
      return true;
    }
    String soft = "gjcksq";
    return soft.indexOf(c) >= 0 && soft.indexOf(a) >= 0 && (c == 'g' || c == 'j') == (a == 'g' || a == 'j');
  }
}
