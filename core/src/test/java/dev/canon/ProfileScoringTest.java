package dev.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.dictionary.Dictionary;
import dev.canon.resolution.Considered;
import dev.canon.resolution.Decision;
import dev.canon.result.Correction;
import dev.canon.result.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A learned engine profile ({@code profile:}, written by {@code canon learn}) changes how the
 * pinyin matcher scores syllables for every entity loaded with it: a near-reading this engine is
 * known to produce is found, one it is not known to produce is not, and exact mentions and texts
 * with no profile are untouched.
 */
class ProfileScoringTest {

  /** Names only, as users have them. */
  static final Dictionary NAMES = TestDictionaries.yaml("names", "entities:",
      "  - {canonical: 瑞金医院, id: ruijin}",
      "  - {canonical: 北京南站, id: bjnan}");

  /** An engine seen writing hui where rui was said (one time in ten). */
  static final Dictionary RUI_AS_HUI = TestDictionaries.yaml("learned", "profile:", "  pinyin:",
      "    syllables:", "      - {from: rui, to: hui, count: 5, weight: 0.1}");

  /** The same pair learned through its initials only (r heard as h). */
  static final Dictionary R_AS_H = TestDictionaries.yaml("learned2", "profile:", "  pinyin:",
      "    initials:", "      - {from: r, to: h, count: 4, weight: 0.08}");

  static final String MISHEARD = "我明天去会金医院看病。";

  private static Corrector with(Dictionary... dictionaries) {
    Corrector.Builder b = Corrector.builder();
    for (Dictionary d : dictionaries) {
      b.add(d);
    }
    return b.build();
  }

  /** What a correction says of the text (not which dictionaries were loaded). */
  private static List<Object> outcome(Correction c) {
    return List.of(c.corrected(), c.mentions(), c.edits(), c.suggestions());
  }

  @Test
  void learnedSyllable_findsANearReading_notFoundWithout() {
    assertEquals(MISHEARD, with(NAMES).correct(MISHEARD).corrected(), "hui/rui is 0.67 alike: too far for a short name");
    assertEquals("我明天去瑞金医院看病。", with(NAMES, RUI_AS_HUI).correct(MISHEARD).corrected());
  }

  @Test
  void twoLearnedSyllables_areFoundThroughTheIndex() {
    // every index key of a four-syllable name holds three of its syllables: with two of them heard
    // as learned confusions only (rui as hui, yuan as wan), no key meets the text by built-in sound
    Dictionary two = TestDictionaries.yaml("learned", "profile:", "  pinyin:", "    syllables:",
        "      - {from: rui, to: hui, count: 5, weight: 0.1}", "      - {from: yuan, to: wan, count: 3, weight: 0.06}");
    String text = "我明天去会金医完看病。";
    assertEquals(text, with(NAMES, RUI_AS_HUI).correct(text).corrected(), "one learned pair is not enough here");
    assertEquals("我明天去瑞金医院看病。", with(NAMES, two).correct(text).corrected());
  }

  @Test
  void learnedInitial_findsTheSameReading() {
    assertEquals("我明天去瑞金医院看病。", with(NAMES, R_AS_H).correct(MISHEARD).corrected());
  }

  @Test
  void explanation_saysTheProfileWasUsed() {
    List<Considered> considered = with(NAMES, RUI_AS_HUI).explain(MISHEARD);
    Considered c = considered.stream().filter(k -> k.candidate().method() == Method.PINYIN).findFirst().orElseThrow();
    assertEquals(Decision.APPLIED, c.decision());
    assertEquals(0.25, c.candidate().score().profile(), 1e-9, "one syllable of four from the profile");
    assertTrue(c.reason().contains("engine profile"), c.reason());
  }

  @Test
  void confusionTheEngineWasNotSeenMaking_changesNothing() {
    // the profile speaks of rui heard as hui; 北京南站 heard as 北京蓝站 (nan/lan) is already near, and
    // 北经男站 (jing/jin is built in) is too; a name with no learned pair scores as without a profile
    String text = "我在北京蓝站等你，也去会金医院。";
    String[] without = with(NAMES).correct("我在北京蓝站等你。").corrected().split("");
    String[] withProfile = with(NAMES, RUI_AS_HUI).correct("我在北京蓝站等你。").corrected().split("");
    assertEquals(List.of(without), List.of(withProfile));
    assertEquals("我在北京南站等你，也去瑞金医院。", with(NAMES, RUI_AS_HUI).correct(text).corrected());
  }

  @Test
  void rareConfusion_belowTheMinimumCount_isNotUsed() {
    Dictionary once = TestDictionaries.yaml("learned", "profile:", "  pinyin:",
        "    syllables:", "      - {from: rui, to: hui, count: 1, weight: 0.5}");
    assertEquals(outcome(with(NAMES).correct(MISHEARD)), outcome(with(NAMES, once).correct(MISHEARD)));
  }

  @Test
  void profile_neverChangesAnExactMention() {
    String text = "瑞金医院和北京南站都在，会金医院不是。";
    Correction without = with(NAMES).correct("瑞金医院和北京南站都在。");
    Correction withProfile = with(NAMES, RUI_AS_HUI).correct("瑞金医院和北京南站都在。");
    assertEquals(outcome(without), outcome(withProfile));
    Correction both = with(NAMES, RUI_AS_HUI).correct(text);
    assertEquals("瑞金医院和北京南站都在，瑞金医院不是。", both.corrected());
    assertEquals(Method.EXACT, both.mentions().get(0).method());
  }

  @Test
  void emptyProfile_isByteIdenticalToNone() {
    Dictionary empty = TestDictionaries.yaml("learned", "profile: {}");
    for (String text : List.of(MISHEARD, "北京蓝站到了", "瑞金医院", "无关的句子")) {
      assertEquals(outcome(with(NAMES).correct(text)), outcome(with(NAMES, empty).correct(text)));
      assertEquals(with(NAMES).explain(text), with(NAMES, empty).explain(text));
    }
  }

  @Test
  void scoring_isDeterministic() {
    String text = MISHEARD.repeat(3) + "北京蓝站";
    assertEquals(with(NAMES, RUI_AS_HUI, R_AS_H).explain(text), with(NAMES, RUI_AS_HUI, R_AS_H).explain(text));
  }
}
