package dev.canon.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.canon.Corrector;
import dev.canon.candidate.Candidate;
import dev.canon.dictionary.Dictionary;
import dev.canon.resolution.Resolver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The resolver's sorted-map overlap test chooses exactly what the plain greedy definition
 * chooses: take candidates in order of preference, keep each one that overlaps none kept so far.
 */
class ResolverOracleTest {

  @Provide
  Arbitrary<Dictionary> dictionaries() {
    return Generators.dictionary(true);
  }

  @Provide
  Arbitrary<String> texts() {
    return Generators.text(30);
  }

  @Property(tries = 300)
  void resolve_equalsTheQuadraticGreedy(@ForAll("dictionaries") Dictionary d, @ForAll("texts") String text) {
    List<Candidate> candidates = Corrector.builder().add(d).build().candidates(text);
    assertEquals(greedy(candidates), Resolver.resolve(candidates));
  }

  private static List<Candidate> greedy(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Resolver.PREFERENCE);
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : sorted) {
      if (chosen.stream().noneMatch(x -> x.span().overlaps(c.span()))) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparing(Candidate::span));
    return chosen;
  }
}
