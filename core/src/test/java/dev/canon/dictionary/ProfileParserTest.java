package dev.canon.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.TestDictionaries;
import dev.canon.phonetic.Syllables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileParserTest {

  static Profile profile(String... lines) {
    String[] all = new String[lines.length + 1];
    all[0] = "profile:";
    System.arraycopy(lines, 0, all, 1, lines.length);
    return TestDictionaries.yaml("p", all).profile().orElseThrow();
  }

  static final Profile SAMPLE = profile(
      "  pinyin:",
      "    syllables:",
      "      - {from: shi, to: si, count: 7, weight: 0.4}",
      "    initials:",
      "      - {from: zh, to: z, count: 12, weight: 0.3}",
      "      - {from: \"\", to: w, count: 2, weight: 0.01}",
      "    finals:",
      "      - {from: ing, to: in, count: 8, weight: 0.2}",
      "    tones:",
      "      - {from: 2, to: 4, count: 5, weight: 0.1}",
      "  english:",
      "    letters:",
      "      - {from: au, to: ou, count: 3, weight: 0.5}",
      "      - {from: \"\", to: s, count: 2, weight: 0.001}");

  @Test
  void parse_everyPart_queries() {
    assertEquals(0.4, SAMPLE.syllableConfusion(Syllables.id("shi"), Syllables.id("si")));
    // zhang -> zang: initial only
    assertEquals(0.3, SAMPLE.syllableConfusion(Syllables.id("zhang"), Syllables.id("zang")));
    // zheng -> zen: initial and final differ, nothing learned for eng -> en
    assertEquals(0, SAMPLE.syllableConfusion(Syllables.id("zheng"), Syllables.id("zen")));
    assertEquals(1, SAMPLE.syllableConfusion(Syllables.id("ma"), Syllables.id("ma")));
    assertEquals(0, SAMPLE.syllableConfusion(Syllables.NONE, Syllables.id("ma")));
    assertEquals(0.2, SAMPLE.finalConfusion("ing", "in"));
    assertEquals(0.01, SAMPLE.initialConfusion("", "w"));
    assertEquals(0.1, SAMPLE.toneConfusion(2, 4));
    assertEquals(0, SAMPLE.toneConfusion(4, 2));
    assertEquals(0.5, SAMPLE.letterConfusion("au", "ou"));
    assertEquals(0.001, SAMPLE.letterConfusion("", "s"));
    assertEquals(List.of(new Confusion("shi", "si", 7, 0.4)), SAMPLE.confusions(Profile.Part.SYLLABLES));
  }

  @Test
  void syllableConfusion_bothPartsDiffer_isTheProduct() {
    Profile p = profile("  pinyin:", "    initials: [{from: zh, to: z, count: 2, weight: 0.5}]",
        "    finals: [{from: ong, to: eng, count: 2, weight: 0.25}]");
    assertEquals(0.125, p.syllableConfusion(Syllables.id("zhong"), Syllables.id("zeng")));
  }

  @Test
  void combine_addsCounts() {
    Profile a = new Profile(Map.of(Profile.Part.TONES, List.of(new Confusion("2", "4", 2, 0.5))));
    Profile b = new Profile(Map.of(Profile.Part.TONES, List.of(new Confusion("2", "4", 2, 0.25))));
    Confusion c = Profile.combine(List.of(a, b)).confusions(Profile.Part.TONES).get(0);
    assertEquals(4, c.count());
    assertEquals(4.0 / 12, c.weight(), 1e-12); // seen 4 + 8 times
  }

  @Test
  void noProfile_isEmpty() {
    assertTrue(TestDictionaries.yaml("p").profile().isEmpty());
    assertTrue(profile("  pinyin:").isEmpty());
  }

  @Test
  void errors_nameLineAndColumn() {
    assertError("learned.yaml:6:16: \"profile.pinyin.syllables[0].from\" must be a toneless pinyin syllable",
        "  pinyin:", "    syllables:", "      - {from: shy, to: si, count: 7, weight: 0.4}");
    assertError("learned.yaml:6:44: profile.pinyin.tones[0].weight must be in (0, 1]",
        "  pinyin:", "    tones:", "      - {from: 2, to: 4, count: 5, weight: 1.5}");
    assertError("learned.yaml:6:33: \"profile.pinyin.tones[0].count\" must be a whole number",
        "  pinyin:", "    tones:", "      - {from: 2, to: 4, count: many, weight: 0.5}");
    assertError("learned.yaml:7:9: profile.english.letters[1]: au -> ou is listed twice (first at line 6)",
        "  english:", "    letters:", "      - {from: au, to: ou, count: 3, weight: 0.5}",
        "      - {from: au, to: ou, count: 3, weight: 0.5}");
    assertError("learned.yaml:4:3: unknown key \"profile.french\"", "  french: {}");
    assertError("learned.yaml:6:9: profile.english.letters[0]: from and to are both \"a\"",
        "  english:", "    letters:", "      - {from: a, to: a, count: 3, weight: 0.5}");
    assertError("learned.yaml:6:16: \"profile.pinyin.initials[0].from\" must be a pinyin initial",
        "  pinyin:", "    initials:", "      - {from: zz, to: z, count: 3, weight: 0.5}");
  }

  private static void assertError(String expected, String... lines) {
    String[] all = new String[lines.length + 1];
    all[0] = "profile:";
    System.arraycopy(lines, 0, all, 1, lines.length);
    DictionaryException e = assertThrows(DictionaryException.class, () -> TestDictionaries.yaml("learned", all));
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
  }
}
