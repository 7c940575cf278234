package dev.canon.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Learning on random pairs made of a tiny vocabulary full of entity forms and their look-alikes,
 * so aliases, keeps, conflicts, confusions and new names (learning with {@code newNames}) all occur.
 */
class LearnerProperties {

  private static final Learner FIRST = Learner.builder().dictionaries(List.of(LearnerTest.AI)).newNames(true).build();
  private static final Learner SECOND = Learner.builder().dictionaries(List.of(LearnerTest.AI)).newNames(true).build();

  private static final List<String> WORDS = List.of("zorb", "lacks", "nine", "Zorblax", "Claude", "cloud", "codefus",
      "CodeFuse", "kwin", "tor", "Quintor", "the", "we", "3", "通", "同", "意", "义", "灵", "0", "码", "很", "好", ",", ".",
      "Zentrix", "sent", "tricks", "NewsNation", "news", "nation", "Karolina", "carolina", "Zorblax's");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(12)
        .map(words -> String.join(" ", words).replaceAll(" (?=[\\p{IsHan}0,.])|(?<=[\\p{IsHan}]) ", ""));
  }

  @Provide
  Arbitrary<List<Pair>> pairs() {
    return Arbitraries.integers().between(0, 1_000_000).list().ofMaxSize(8).flatMap(seeds -> {
      Arbitrary<String> t = texts();
      return net.jqwik.api.Combinators.combine(t.list().ofSize(seeds.size()), t.list().ofSize(seeds.size()))
          .as((hyps, refs) -> {
            List<Pair> out = new ArrayList<>();
            for (int i = 0; i < hyps.size(); i++) {
              out.add(new Pair("p" + i, hyps.get(i), refs.get(i)));
            }
            return out;
          });
    });
  }

  @Property(tries = 60)
  void learn_identicalPairs_learnNothing(@ForAll("pairs") List<Pair> pairs) {
    List<Pair> same = pairs.stream().map(p -> new Pair(p.id(), p.reference(), p.reference())).toList();
    Learned learned = FIRST.learn(same, List.of());
    assertTrue(learned.isEmpty(), () -> LearnReport.write(learned));
    assertTrue(learned.findings().isEmpty());
    String yaml = LearnedYaml.write(learned);
    assertTrue(yaml.endsWith("name: \"learned\"\nversion: 1\n"), yaml);
  }

  @Property(tries = 60)
  void learn_sameInput_sameBytes(@ForAll("pairs") List<Pair> pairs) {
    Learned a = FIRST.learn(pairs, List.of());
    Learned b = SECOND.learn(pairs, List.of());
    assertEquals(LearnedYaml.write(a), LearnedYaml.write(b));
    assertEquals(LearnReport.write(a), LearnReport.write(b));
  }

  @Property(tries = 60)
  void learn_anyInput_writesADictionaryThatLoadsWithItsSources(@ForAll("pairs") List<Pair> pairs) {
    Learned learned = Learner.builder().dictionaries(List.of(LearnerTest.AI)).minCount(1).newNames(true).build()
        .learn(pairs, List.of());
    Dictionary self = DictionaryLoader.defaults().load("learned.yaml",
        LearnedYaml.write(learned).getBytes(StandardCharsets.UTF_8));
    Corrector.builder().add(LearnerTest.AI).add(self).build();
    assertEquals(learned.learned(Finding.Kind.KEEP).size(), self.keep().size());
    // weights are written exactly; an empty profile is left out of the file
    assertEquals(learned.profile(), self.profile().orElse(new dev.canon.dictionary.Profile(java.util.Map.of())));
  }
}
