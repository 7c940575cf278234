package dev.canon.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code canon learn --new-names}: names the references write that no dictionary has. */
class NewNamesTest {

  static Learned learn(boolean newNames, Pair... pairs) {
    return Learner.builder().dictionaries(List.of(LearnerTest.AI)).newNames(newNames).build()
        .learn(List.of(pairs), List.of());
  }

  static List<String> names(Learned learned) {
    return learned.learned(Finding.Kind.NAME).stream().map(Finding::form).toList();
  }

  static Finding name(Learned learned, String form) {
    return LearnerTest.finding(learned, Finding.Kind.NAME, form).orElseThrow(() -> new AssertionError(
        form + " not seen; seen: " + learned.findings().stream().filter(f -> f.kind() == Finding.Kind.NAME).toList()));
  }

  @Test
  void newNames_offByDefault_theDictionariesSayWhichEntitiesExist() {
    Learned learned = Learner.builder().dictionaries(List.of(LearnerTest.AI)).build().learn(List.of(
        new Pair("a", "ratings of news nation rose", "Ratings of NewsNation rose."),
        new Pair("b", "news nation grew", "NewsNation grew.")), List.of());
    assertTrue(learned.isEmpty(), learned.findings().toString());
    assertEquals(Learner.NEW_NAMES_OFF, name(learned, "NewsNation").reason());
    assertFalse(LearnedYaml.write(learned).contains("NewsNation"));
    // the report says what --new-names would learn
    assertTrue(LearnReport.write(learned).contains("## Names no dictionary has (learned with --new-names)\n\n"
        + "- `NewsNation` misheard ×2, e.g. a: "), LearnReport.write(learned));
  }

  @Test
  void newNames_misheardTwice_becomesAnEntityThatCorrects() {
    Learned learned = learn(true,
        new Pair("a", "ratings of news nation rose", "Ratings of NewsNation rose."),
        new Pair("b", "we launched news nation in May", "We launched NewsNation in May."));
    assertEquals(List.of("NewsNation"), names(learned));
    String yaml = LearnedYaml.write(learned);
    assertTrue(yaml.contains("  - canonical: \"NewsNation\"   # 2×, e.g. a: "), yaml);
    assertFalse(yaml.contains("extends: \"newsnation\""), yaml);
    assertEquals("then NewsNation aired", LearnerTest.withLearned(learned).correct("then news nation aired").corrected());
  }

  @Test
  void newNames_misheardForms_areLearnedAsItsAliases() {
    Learned learned = learn(true,
        new Pair("a", "the sent tricks trial read out", "The Zentrix trial read out."),
        new Pair("b", "so sent tricks worked", "So Zentrix worked."));
    assertEquals(List.of("Zentrix"), names(learned));
    Finding alias = LearnerTest.finding(learned, Finding.Kind.ALIAS, "sent tricks").orElseThrow();
    assertTrue(alias.learned(), alias.toString());
    assertEquals("zentrix", alias.entityId());
    String yaml = LearnedYaml.write(learned);
    assertTrue(yaml.contains("  - canonical: \"Zentrix\"   # 2×") && yaml.contains("    aliases:\n      - \"sent tricks\""), yaml);
    assertEquals("after Zentrix data", LearnerTest.withLearned(learned).correct("after sent tricks data").corrected());
  }

  @Test
  void newNames_seenOnce_isTooRare() {
    Learned learned = learn(true, new Pair("a", "ratings of news nation rose", "Ratings of NewsNation rose."));
    assertTrue(names(learned).isEmpty());
    assertTrue(name(learned, "NewsNation").reason().startsWith("too rare"), name(learned, "NewsNation").reason());
  }

  @Test
  void newNames_possessive_namesTheName() {
    Learned learned = learn(true,
        new Pair("a", "see next stars annual report", "See Nexstar's annual report."),
        new Pair("b", "next star grew", "Nexstar grew."));
    assertEquals(List.of("Nexstar"), names(learned));
    assertEquals(2, name(learned, "Nexstar").count());
  }

  @Test
  void newNames_titlesAndEverydayWords_areNotNames() {
    Learned learned = learn(true,
        new Pair("a", "our chief executive offer spoke", "Our Chief Executive Officer spoke."),
        new Pair("b", "the chief executive offer said", "The Chief Executive Officer said."),
        new Pair("c", "as you know well now begin", "As you know, We'll now begin."),
        new Pair("d", "then well go", "Then We'll go."),
        new Pair("e", "ok lets go", "Okay, let's go."),
        new Pair("f", "ok then", "Okay then."),
        new Pair("g", "it is through now", "It is TRUE now."),
        new Pair("h", "that is through", "That is TRUE."));
    assertTrue(names(learned).isEmpty(), learned.findings().toString());
    assertTrue(name(learned, "Chief Executive Officer").reason().contains("everyday"));
    assertTrue(name(learned, "TRUE").reason().contains("everyday"));
  }

  @Test
  void newNames_containingAKnownEntity_learnsThatEntitysAliasesInstead() {
    Learned learned = learn(true,
        new Pair("a", "we use code fuse pro max daily", "We use CodeFuse ProMax daily."),
        new Pair("b", "then code fuse pro max failed", "Then CodeFuse ProMax failed."));
    assertTrue(names(learned).isEmpty());
    assertTrue(name(learned, "CodeFuse ProMax").reason().startsWith("contains entity \"codefuse\""));
  }

  @Test
  void newNames_heardAsAnEverydayWordOrFirstName_isLearnedExactOnly() {
    Learned learned = learn(true,
        new Pair("a", "thanks carolina for that", "Thanks Karolina for that."),
        new Pair("b", "and carolina said", "And Karolina said."));
    assertEquals(List.of("Karolina"), names(learned));
    assertTrue(learned.exactOnly().contains("karolina"));
    String yaml = LearnedYaml.write(learned);
    assertTrue(yaml.contains("  - canonical: \"Karolina\"   # 2×") && yaml.contains("    fuzzy: false"), yaml);
    // guessing would take every Carolina for her; exact-only, the learned file leaves them alone
    assertEquals("sales in the Carolinas and Karolina", LearnerTest.withLearned(learned)
        .correct("sales in the Carolinas and karolina").corrected());
  }

  @Test
  void newNames_sameInput_sameBytes() {
    Pair[] pairs = {
        new Pair("a", "ratings of news nation rose", "Ratings of NewsNation rose."),
        new Pair("b", "the sent tricks trial", "The Zentrix trial."),
        new Pair("c", "news nation and sent tricks", "NewsNation and Zentrix.")};
    assertEquals(LearnedYaml.write(learn(true, pairs)), LearnedYaml.write(learn(true, pairs)));
    assertEquals(LearnReport.write(learn(true, pairs)), LearnReport.write(learn(true, pairs)));
  }

  @Test
  void newNames_versions_belongToTheName_datesAndPossessivesDoNot() {
    Learned learned = learn(true,
        new Pair("a", "the covid nineteen wave", "The COVID-19 wave."),
        new Pair("b", "after covid nineteen ended", "After COVID-19 ended."),
        new Pair("c", "we tried sent tricks two", "We tried Zentrix 2."),
        new Pair("d", "so sent tricks two won", "So Zentrix 2 won."),
        new Pair("e", "due june thirty", "Due June 30."),
        new Pair("f", "by june thirty", "By June 30."),
        new Pair("g", "next stars 5 million", "Nexstar's 5 million."),
        new Pair("h", "next stars report", "Nexstar's report."));
    assertEquals(List.of("COVID-19", "Nexstar", "Zentrix 2"), names(learned));
    assertTrue(name(learned, "June 30").reason().contains("everyday"), name(learned, "June 30").reason());
    assertEquals("then COVID-19 and Zentrix 2", LearnerTest.withLearned(learned)
        .correct("then covid nineteen and zentrix two").corrected());
  }

  @Test
  void newNames_spelledAsTheReferencesWriteItMostOften_heardRightIncluded() {
    Learned learned = learn(true,
        new Pair("a", "we use zorvex ai", "We use Zorvex AI."),
        new Pair("b", "zorvex ai works", "Zorvex AI works."),
        new Pair("c", "and zorvex ai won", "And Zorvex AI won."),
        new Pair("d", "so sorvex ai failed", "So ZorvexAI failed."),
        new Pair("e", "then sorvex ai ran", "Then ZorvexAI ran."));
    assertEquals(List.of("Zorvex AI"), names(learned));
    assertEquals(2, name(learned, "Zorvex AI").count());
  }

  @Test
  void newNames_onlySpacedOtherwise_andWrittenBothWays_isAHouseStyle() {
    Learned learned = learn(true,
        new Pair("a", "we use Zorvex AI", "We use Zorvex AI."),
        new Pair("b", "so Zorvex AI failed", "So ZorvexAI failed."),
        new Pair("c", "then Zorvex AI ran", "Then ZorvexAI ran."),
        new Pair("d", "then Zorvex AI won", "Then ZorvexAI won."));
    assertTrue(names(learned).isEmpty(), learned.findings().toString());
    assertTrue(name(learned, "ZorvexAI").reason().startsWith("a house style"), name(learned, "ZorvexAI").reason());
  }

  @Test
  void newNames_oneWordOfTwoLetters_isTooShortToBeSure() {
    Learned learned = learn(true,
        new Pair("a", "the q x team", "The QX team."),
        new Pair("b", "and q x won", "And QX won."));
    assertTrue(names(learned).isEmpty(), learned.findings().toString());
    assertEquals("one word of fewer than three letters", name(learned, "QX").reason());
  }
}
