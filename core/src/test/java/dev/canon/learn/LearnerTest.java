package dev.canon.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.Corrector;
import dev.canon.TestDictionaries;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.result.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearnerTest {

  static final Dictionary AI = TestDictionaries.yaml("ai", "entities:",
      "  - {canonical: Claude, id: claude, fuzzy: false}",
      "  - {canonical: CodeFuse, id: codefuse}",
      "  - {canonical: Zorblax Nine, id: zorblax, fuzzy: false}",
      "  - {canonical: Quintor, id: quintor, fuzzy: false}",
      "  - {canonical: 通义灵码, id: tongyi-lingma, fuzzy: false}");

  static Learned learn(List<Pair> pairs, List<Review> reviews) {
    return Learner.builder().dictionaries(List.of(AI)).build().learn(pairs, reviews);
  }

  static Optional<Finding> finding(Learned learned, Finding.Kind kind, String form) {
    return learned.findings().stream().filter(f -> f.kind() == kind && f.form().equals(form)).findFirst();
  }

  /** Loads the learned file on top of AI, as {@code dict check} would, and returns the corrector. */
  static Corrector withLearned(Learned learned) {
    Dictionary self = DictionaryLoader.defaults().load("learned.yaml",
        LearnedYaml.write(learned).getBytes(StandardCharsets.UTF_8));
    return Corrector.builder().add(AI).add(self).build();
  }

  @Test
  void learn_misheardNameSeenTwice_learnsAnAliasThatCorrects() {
    Learned learned = learn(List.of(
        new Pair("a", "we tried zorb lacks nine today", "We tried Zorblax Nine today."),
        new Pair("b", "and zorb lacks nine failed", "And Zorblax Nine failed.")), List.of());
    Finding alias = finding(learned, Finding.Kind.ALIAS, "zorb lacks nine").orElseThrow();
    assertTrue(alias.learned(), alias.toString());
    assertEquals(2, alias.count());
    assertEquals("zorblax", alias.entityId());
    assertTrue(LearnedYaml.write(learned).contains("- extends: \"zorblax\"\n    aliases:\n      - \"zorb lacks nine\"   # 2×, e.g. a: "));
    assertEquals("so Zorblax Nine works", withLearned(learned).correct("so Zorb Lacks Nine works").corrected());
  }

  @Test
  void learn_seenOnce_isTooRare() {
    Learned learned = learn(List.of(new Pair("a", "we tried zorb lacks nine", "We tried Zorblax Nine.")), List.of());
    Finding alias = finding(learned, Finding.Kind.ALIAS, "zorb lacks nine").orElseThrow();
    assertFalse(alias.learned());
    assertTrue(alias.reason().startsWith("too rare"), alias.reason());
    assertTrue(learned.learned(Finding.Kind.ALIAS).isEmpty());
  }

  @Test
  void learn_minCountOne_learnsFromOne() {
    Learned learned = Learner.builder().dictionaries(List.of(AI)).minCount(1).build()
        .learn(List.of(new Pair("a", "we tried zorb lacks nine", "We tried Zorblax Nine.")), List.of());
    assertTrue(finding(learned, Finding.Kind.ALIAS, "zorb lacks nine").orElseThrow().learned());
  }

  @Test
  void learn_everydayWord_isNotAnAlias() {
    Learned learned = learn(List.of(
        new Pair("a", "we asked cloud about it", "We asked Claude about it."),
        new Pair("b", "then cloud said no", "Then Claude said no.")), List.of());
    Finding alias = finding(learned, Finding.Kind.ALIAS, "cloud").orElseThrow();
    assertFalse(alias.learned());
    assertTrue(alias.reason().contains("everyday"), alias.reason());
    assertFalse(LearnedYaml.write(learned).contains("cloud\""));
  }

  @Test
  void learn_chinese_characterLevel() {
    Learned learned = learn(List.of(
        new Pair("a", "我用同意0码写代码", "我用通义灵码写代码。"),
        new Pair("b", "同意0码很好用", "通义灵码很好用")), List.of());
    Finding alias = finding(learned, Finding.Kind.ALIAS, "同意0码").orElseThrow();
    assertTrue(alias.learned(), alias.toString());
    assertEquals("我用通义灵码写", withLearned(learned).correct("我用同意0码写").corrected());
    // 同 tong2 for 通 tong1, twice: a tone confusion
    assertEquals(1.0, learned.profile().toneConfusion(1, 2));
  }

  @Test
  void learn_sameFormForTwoEntities_isAConflict() {
    Learned learned = learn(List.of(
        new Pair("a", "we tried kwin tor today", "We tried Quintor today."),
        new Pair("b", "and kwin tor failed", "And Quintor failed."),
        new Pair("c", "the kwin tor model", "the Zorblax Nine model"),
        new Pair("d", "a kwin tor again", "a Zorblax Nine again")), List.of());
    List<Finding> quint = learned.findings().stream().filter(f -> f.form().equals("kwin tor")).toList();
    assertEquals(2, quint.size());
    quint.forEach(f -> assertTrue(f.reason().startsWith("conflicts with another entity"), f.reason()));
  }

  @Test
  void learn_formOfAnotherEntity_isAConflict() {
    Learned learned = learn(List.of(
        new Pair("a", "we tried Quintor today", "We tried Zorblax Nine today."),
        new Pair("b", "and Quintor failed", "And Zorblax Nine failed.")), List.of());
    Finding f = learned.findings().stream().filter(x -> x.kind() == Finding.Kind.ALIAS).findFirst().orElseThrow();
    assertTrue(f.reason().contains("a form of it"), f.reason());
  }

  @Test
  void learn_canonChangesButReferenceKeeps_learnsKeep() {
    assertEquals("CodeFuse", Corrector.builder().add(AI).build().correct("CodeFus").corrected());
    Learned learned = learn(List.of(
        new Pair("a", "the codefus library, uh, is old", "The CodeFus library is old."),
        new Pair("b", "we forked codefus", "We forked CodeFus.")), List.of());
    Finding keep = finding(learned, Finding.Kind.KEEP, "codefus").orElseThrow();
    assertTrue(keep.learned(), keep.toString());
    assertEquals("codefuse", keep.entityId());
    assertEquals("we forked codefus", withLearned(learned).correct("we forked codefus").corrected());
  }

  @Test
  void learn_reviewDecisions_areStrongEvidence() {
    String text = "we tried zorb lacks nine and codefus";
    Learned learned = learn(List.of(), List.of(
        new Review("r1", text, new Span(9, 24), "zorblax", true),
        new Review("r2", text, new Span(29, 36), "codefuse", false),
        new Review("r3", text, new Span(0, 2), "nobody", true)));
    assertTrue(finding(learned, Finding.Kind.ALIAS, "zorb lacks nine").orElseThrow().learned());
    assertTrue(finding(learned, Finding.Kind.KEEP, "codefus").orElseThrow().learned());
    assertTrue(finding(learned, Finding.Kind.ALIAS, "we").orElseThrow().reason().contains("no loaded dictionary"));
  }

  @Test
  void learn_contextNearEntityNotNearLookalike() {
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      pairs.add(new Pair("n" + i, "anthropic released cloud version " + i, "Anthropic released Claude version " + i + "."));
      pairs.add(new Pair("w" + i, "the rain came from a cloud over the hills " + i, "The rain came from a cloud over the hills."));
      pairs.add(new Pair("f" + i, "markets were quiet and traders went home early " + i,
          "Markets were quiet, and traders went home early."));
    }
    Learned learned = learn(pairs, List.of());
    Finding anthropic = finding(learned, Finding.Kind.CONTEXT, "anthropic").orElseThrow();
    assertTrue(anthropic.learned(), anthropic.toString());
    assertEquals("claude", anthropic.entityId());
    assertTrue(finding(learned, Finding.Kind.CONTEXT, "rain").isEmpty());
    assertTrue(withLearned(learned).dictionaries().size() == 2);
  }

  @Test
  void learn_identicalPairs_learnNothing() {
    Learned learned = learn(List.of(new Pair("a", "We asked Claude.", "We asked Claude."),
        new Pair("b", "codefus", "codefus")), List.of());
    assertTrue(learned.isEmpty());
    assertEquals(2, learned.unedited());
    assertFalse(LearnedYaml.write(learned).contains("entities:"));
  }

  @Test
  void learn_longLightlyEditedDocument_aligns() {
    StringBuilder hyp = new StringBuilder();
    StringBuilder ref = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      hyp.append("so um the numbers for quarter ").append(i).append(" were fine ");
      ref.append("So the numbers for quarter ").append(i).append(" were fine. ");
      if (i % 500 == 7) {
        hyp.append("and zorb lacks nine grew ");
        ref.append("And Zorblax Nine grew.\n");
      }
    }
    Learned learned = learn(List.of(new Pair("call", hyp.toString(), ref.toString())), List.of());
    Finding alias = finding(learned, Finding.Kind.ALIAS, "zorb lacks nine").orElseThrow();
    assertEquals(4, alias.count());
    assertTrue(alias.learned());
  }

  @Test
  void learn_phraseTheReferencesWriteElsewhere_isNotAnAlias() {
    Learned learned = learn(List.of(
        new Pair("a", "we tried ability partners today", "We tried Zorblax Nine today."),
        new Pair("b", "and ability partners failed", "And Zorblax Nine failed."),
        new Pair("c", "our ability partners help", "Our ability partners help.")), List.of());
    Finding f = finding(learned, Finding.Kind.ALIAS, "ability partners").orElseThrow();
    assertTrue(f.reason().startsWith("the references also use it as ordinary text (1×)"), f.reason());
  }

  @Test
  void learn_phraseOfLongerWords_isLearnable_shortFunctionPhraseIsNot() {
    Learned learned = learn(List.of(
        new Pair("a", "we tried ability partners today", "We tried Zorblax Nine today."),
        new Pair("b", "and ability partners failed", "And Zorblax Nine failed."),
        new Pair("c", "so the rest is fine", "So Quintor is fine."),
        new Pair("d", "and the rest works", "And Quintor works.")), List.of());
    assertTrue(finding(learned, Finding.Kind.ALIAS, "ability partners").orElseThrow().learned());
    assertTrue(finding(learned, Finding.Kind.ALIAS, "the rest").orElseThrow().reason().contains("everyday"));
  }

  @Test
  void learn_sameReferenceForSeveralEngines_countsContextOnce() {
    List<Pair> pairs = new ArrayList<>();
    for (String engine : List.of("e1", "e2", "e3")) {
      pairs.add(new Pair(engine, "anthropic released cloud today", "Anthropic released Claude today."));
    }
    Learned learned = learn(pairs, List.of());
    assertTrue(learned.findings().stream().noneMatch(f -> f.kind() == Finding.Kind.CONTEXT), learned.findings()::toString);
  }

  @Test
  void learn_contextWindowCutsAWord_neverLearnsThePiece() {
    List<Pair> pairs = new ArrayList<>();
    String before = "Demonstrated by " + "q".repeat(45) + " with "; // the 60-char window starts inside the first word
    for (int i = 0; i < 3; i++) {
      pairs.add(new Pair("n" + i, before.toLowerCase() + "cloud now " + i, before + "Claude now " + i + "."));
      pairs.add(new Pair("w" + i, "a cloud of rain " + i, "A cloud of rain " + i + "."));
    }
    Learned learned = learn(pairs, List.of());
    assertTrue(learned.findings().stream().noneMatch(f -> f.kind() == Finding.Kind.CONTEXT && f.form().endsWith("ated")),
        learned.findings()::toString);
  }
}
