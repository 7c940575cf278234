package dev.canon.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.canon.Corrector;
import dev.canon.candidate.Candidate;
import dev.canon.dictionary.Dictionary;
import dev.canon.result.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/**
 * The exact matcher (one Aho-Corasick pass over normalized text) finds exactly the mentions the
 * brute-force {@link ExactOracle} finds, before overlaps are resolved, on random dictionaries
 * with fuzzy matching off and texts over the same tiny alphabets.
 */
class ExactMatcherOracleTest {

  @Provide
  Arbitrary<Tuple2<Dictionary, String>> cases() {
    // Web and e-mail addresses are never corrected, a rule the oracle does not model.
    return Generators.dictionary(false).flatMap(d -> Generators.textFor(d, 12)
        .filter(t -> t.length() <= 60 && !t.contains("@") && !t.contains("://")
            && !t.toLowerCase(java.util.Locale.ROOT).contains("www."))
        .map(t -> Tuple.of(d, t)));
  }

  @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
  void candidates_exactAndAlias_equalTheOracle(@ForAll("cases") Tuple2<Dictionary, String> c) {
    Dictionary d = c.get1();
    String text = c.get2();
    Set<String> expected = ExactOracle.find(text, List.of(d));
    Statistics.label("mentions").collect(expected.isEmpty() ? "none" : expected.size() < 4 ? "1-3" : "4+");
    assertEquals(expected, engine(Corrector.builder().add(d).build(), text), () -> "text: " + escape(text));
  }

  @Example
  void candidates_knownCases_equalTheOracle() {
    Dictionary d = Fixtures.dictionary("d", List.of(), List.of(
        Fixtures.entity("lama", "Llama", List.of("Lama"), List.of(), false),
        Fixtures.entity("grok", "Grok 1", List.of(), List.of(), false),
        Fixtures.entity("openai", "OpenAI", List.of(), List.of(), false),
        Fixtures.entity("tongyi", "通义千问", List.of("同意千问"), List.of(), false)), List.of());
    String text = "Lamarck Lama, Grok 1.5, Grok-1, open-AI, ＯＰＥＮ ＡＩ, 他说同意千问𠀀";
    Set<String> found = engine(Corrector.builder().add(d).build(), text);
    assertEquals(ExactOracle.find(text, List.of(d)), found);
    assertEquals(Set.of("8:12:lama:ALIAS:Lama", "24:30:grok:EXACT:Grok 1", "32:39:openai:EXACT:OpenAI",
        "41:48:openai:EXACT:OpenAI", "52:56:tongyi:ALIAS:同意千问"), found);
  }

  private static Set<String> engine(Corrector corrector, String text) {
    Set<String> out = new TreeSet<>();
    // every exact and alias hit of the matcher, whatever the later policy decides about it
    for (dev.canon.resolution.Considered considered : corrector.explain(text)) {
      Candidate c = considered.candidate();
      if (c.method() == Method.EXACT || c.method() == Method.ALIAS) {
        out.add(c.span().start() + ":" + c.span().end() + ":" + c.target().entity().id() + ":" + c.method() + ":" + c.form());
      }
    }
    return out;
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
