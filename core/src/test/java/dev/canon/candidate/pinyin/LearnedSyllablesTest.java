package dev.canon.candidate.pinyin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.dictionary.Confusion;
import dev.canon.dictionary.Profile;
import dev.canon.phonetic.Syllables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnedSyllablesTest {

  private static int id(String s) {
    return Syllables.id(s);
  }

  private static final Profile PROFILE = new Profile(Map.of(
      Profile.Part.SYLLABLES, List.of(new Confusion("rui", "hui", 5, 0.1), new Confusion("er", "ri", 1, 0.5)),
      Profile.Part.INITIALS, List.of(new Confusion("t", "d", 3, 0.02), new Confusion("m", "b", 2, 0.5)),
      Profile.Part.FINALS, List.of(new Confusion("ian", "ing", 2, 0.5))));

  @Test
  void calibrate_runsFromPointSevenToPointNine() {
    assertEquals(0.7, LearnedSyllables.calibrate(0.0001), 0.001);
    assertEquals(0.8, LearnedSyllables.calibrate(0.025), 1e-9);
    assertEquals(0.9, LearnedSyllables.calibrate(0.05), 1e-9);
    assertEquals(0.9, LearnedSyllables.calibrate(1), 1e-9);
  }

  @Test
  void wholeSyllable_initialOnly_finalOnly_andBoth() {
    LearnedSyllables l = LearnedSyllables.of(PROFILE);
    assertEquals(0.9, l.similarity(id("rui"), id("hui")), 1e-9, "whole syllable, weight 0.1");
    assertEquals(0, l.similarity(id("hui"), id("rui")), "said -> written: not the other way");
    assertEquals(LearnedSyllables.calibrate(0.02), l.similarity(id("tan"), id("dan")), 1e-9, "initials only");
    assertEquals(0.9, l.similarity(id("xian"), id("xing")), 1e-9, "finals only");
    assertEquals(0.9, l.similarity(id("mian"), id("bing")), 1e-9, "both: 0.5 x 0.5");
    assertEquals(LearnedSyllables.calibrate(0.01), l.similarity(id("tian"), id("ding")), 1e-9, "both: 0.02 x 0.5");
    assertEquals(0, l.similarity(id("tian"), id("ming")), "initial t -> m was not learned");
  }

  @Test
  void seenOnce_isNotUsed() {
    LearnedSyllables l = LearnedSyllables.of(PROFILE);
    assertEquals(0, l.similarity(id("er"), id("ri")));
  }

  @Test
  void near_onlyFromPointNine_andListedByWrittenSyllable() {
    LearnedSyllables l = LearnedSyllables.of(PROFILE);
    assertTrue(l.near(id("rui"), id("hui")));
    assertFalse(l.near(id("tan"), id("dan")));
    int[] said = l.nearSaid(id("hui"));
    assertTrue(java.util.Arrays.binarySearch(said, id("rui")) >= 0);
    assertArrayEquals(said, LearnedSyllables.of(PROFILE).nearSaid(id("hui")), "deterministic");
  }

  @Test
  void noPinyinConfusions_isNone() {
    LearnedSyllables l = LearnedSyllables.of(new Profile(Map.of(Profile.Part.LETTERS,
        List.of(new Confusion("au", "ou", 9, 0.5)))));
    assertTrue(l.isEmpty());
    assertEquals(0, l.nearSaid(id("hui")).length);
  }
}
