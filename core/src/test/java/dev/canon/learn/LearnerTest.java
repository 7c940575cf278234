package dev.canon.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.TestDictionaries;
import dev.canon.dictionary.Dictionary;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearnerTest {

  static final Dictionary AI = TestDictionaries.yaml("ai", "entities:",
      "  - {canonical: Claude, id: claude, fuzzy: false}",
      "  - {canonical: Mistral, id: mistral}",
      "  - {canonical: Zorblax Nine, id: zorblax}",
      "  - {canonical: 通义灵码, id: tongyi-lingma}");

  static Learner learner() {
    return Learner.builder().dictionaries(List.of(AI)).build();
  }

  @Test
  void debug_print() {
    List<Pair> pairs = List.of(
        new Pair("a", "we asked cloud about it, the Zorb Lacks Nine model", "We asked Claude about it, the Zorblax Nine model."),
        new Pair("b", "then cloud said no and Zorb Lacks Nine agreed", "Then Claude said no, and Zorblax Nine agreed."),
        new Pair("c", "the cloud is fine", "the cloud is fine"),
        new Pair("d", "我用同意0码写代码，同意0码很好", "我用通义灵码写代码，通义灵码很好"),
        new Pair("e", "the mistral wind blows, mistral wind again", "the mistral wind blows, mistral wind again."));
    Learned learned = learner().learn(pairs, List.of());
    System.out.println(LearnedYaml.write(learned));
    System.out.println(LearnReport.write(learned));
  }
}
