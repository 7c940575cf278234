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

  /** The definition, pair by pair over every two syllables, that the table built from entries must equal. */
  private static double byDefinition(Profile p, int said, int written) {
    String s = Syllables.name(said);
    String w = Syllables.name(written);
    double whole = counted(p, Profile.Part.SYLLABLES, s, w);
    if (whole > 0) {
      return LearnedSyllables.calibrate(whole);
    }
    String si = dev.canon.phonetic.PinyinParts.initial(s);
    String wi = dev.canon.phonetic.PinyinParts.initial(w);
    String sf = dev.canon.phonetic.PinyinParts.fin(s);
    String wf = dev.canon.phonetic.PinyinParts.fin(w);
    double i = si.equals(wi) ? 1 : counted(p, Profile.Part.INITIALS, si, wi);
    double f = sf.equals(wf) ? 1 : counted(p, Profile.Part.FINALS, sf, wf);
    return i * f == 0 ? 0 : LearnedSyllables.calibrate(i * f);
  }

  private static double counted(Profile p, Profile.Part part, String from, String to) {
    return p.confusions(part).stream().filter(c -> c.from().equals(from) && c.to().equals(to) && c.count() >= 2)
        .mapToDouble(Confusion::weight).findFirst().orElse(0);
  }

  @Test
  void table_equalsTheDefinition_forEveryPairOfSyllables() {
    Profile p = new Profile(Map.of(
        Profile.Part.SYLLABLES, List.of(new Confusion("shi", "si", 4, 0.03), new Confusion("zhong", "zhou", 2, 0.2)),
        Profile.Part.INITIALS, List.of(new Confusion("zh", "z", 6, 0.07), new Confusion("", "w", 2, 0.01),
            new Confusion("n", "l", 2, 0.04), new Confusion("r", "y", 1, 0.5)),
        Profile.Part.FINALS, List.of(new Confusion("ing", "in", 7, 0.045), new Confusion("ong", "ou", 2, 0.5),
            new Confusion("an", "ang", 3, 0.02))));
    LearnedSyllables l = LearnedSyllables.of(p);
    for (int a = 0; a < Syllables.count(); a++) {
      for (int b = 0; b < Syllables.count(); b++) {
        if (a != b) {
          assertEquals(byDefinition(p, a, b), l.similarity(a, b), 1e-12, Syllables.name(a) + " -> " + Syllables.name(b));
        }
      }
    }
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
