package dev.canon.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.CorrectionAssert;
import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.result.Correction;
import dev.canon.result.Edit;
import dev.canon.result.Mention;
import dev.canon.result.Span;
import dev.canon.text.NormalizedText;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties every correction must have, whatever the text and the dictionary: random small
 * dictionaries with colliding forms, and hostile texts (astral characters, lone surrogates,
 * control characters, CR and CRLF line ends, long tokens).
 */
class CorrectionPropertiesTest {

  private static final Corrector MIXED = Fixtures.mixedCorrector();
  private static final ExecutorService OTHER_THREAD = Executors.newSingleThreadExecutor();

  @AfterContainer
  static void stopThread() {
    OTHER_THREAD.shutdownNow();
  }

  @Provide
  Arbitrary<Dictionary> dictionaries() {
    return Generators.dictionary(true);
  }

  @Provide
  Arbitrary<Dictionary> apartDictionaries() {
    return Generators.dictionary(true, false);
  }

  @Provide
  Arbitrary<String> texts() {
    return Generators.text(30);
  }

  @Property(tries = 400)
  void correct_randomDictionary_keepsEveryInvariant(@ForAll("dictionaries") Dictionary d, @ForAll("texts") String text) {
    Correction c = CorrectionAssert.valid(Corrector.builder().add(d).build().correct(text));
    Statistics.label("changed").collect(c.changed());
  }

  /**
   * Full idempotence does not hold, for legitimate reasons: a canonical written next to a
   * neighbour can form another form ({@code aa}→{@code a} turns {@code aa a} into {@code a a},
   * itself the alias {@code aa}), and a longer match over a written canonical can free an alias
   * the canonical contains ({@code a}→{@code a千} with alias {@code 千😀}). What must hold, for
   * dictionaries whose forms do not contain one another, is that a name the first pass wrote is
   * never rewritten on its own: a second-pass edit touching it must reach outside it.
   */
  @Property(tries = 400)
  void correct_secondPass_neverRewritesAWrittenNameOnItsOwn(@ForAll("apartDictionaries") Dictionary d, @ForAll("texts") String text) {
    Corrector corrector = Corrector.builder().add(d).build();
    Correction once = CorrectionAssert.valid(corrector.correct(text));
    Correction twice = CorrectionAssert.valid(corrector.correct(once.corrected()));
    Statistics.label("idempotent").collect(once.corrected().equals(twice.corrected()));
    for (Mention m : once.mentions()) {
      if (!m.changed()) {
        continue;
      }
      Span written = m.correctedSpan();
      List<Edit> touching = twice.edits().stream().filter(e -> e.span().overlaps(written)).toList();
      boolean reachesOut = touching.stream()
          .anyMatch(e -> e.span().start() < written.start() || e.span().end() > written.end());
      assertTrue(touching.isEmpty() || reachesOut,
          () -> "second pass rewrote " + touching + " inside " + m + "\nfirst pass: " + once.edits());
    }
  }

  @Property(tries = 400)
  void correct_mixedDictionary_keepsEveryInvariant(@ForAll("texts") String text) {
    CorrectionAssert.valid(MIXED.correct(text));
  }

  @Property(tries = 200)
  void correct_emptyDictionary_changesNothing(@ForAll("texts") String text) {
    for (Corrector c : List.of(Corrector.builder().build(),
        Corrector.builder().add(Fixtures.dictionary("empty", List.of(), List.of(), List.of())).build())) {
      Correction result = CorrectionAssert.valid(c.correct(text));
      assertEquals(text, result.corrected());
      assertTrue(result.mentions().isEmpty(), () -> "mentions without entities: " + result.mentions());
    }
  }

  @Property(tries = 300)
  void correct_keepWord_isNeverRewrittenOnItsOwn(@ForAll("dictionaries") Dictionary d, @ForAll("texts") String text) {
    Correction c = CorrectionAssert.valid(Corrector.builder().add(d).build().correct(text));
    for (Edit e : c.edits()) {
      // a keep word written as one word keeps the spellings written as one word only
      boolean kept = d.keep().stream().anyMatch(k -> NormalizedText.normalize(k).equals(NormalizedText.normalize(e.from()))
          && (NormalizedText.latinBreaks(k) > 0 || NormalizedText.latinBreaks(e.from()) == 0));
      assertFalse(kept, () -> "keep word rewritten: " + e);
    }
  }

  @Property(tries = 200)
  void correct_onAnotherThread_givesTheSameResult(@ForAll("dictionaries") Dictionary d, @ForAll("texts") String text)
      throws Exception {
    Corrector corrector = Corrector.builder().add(d).build();
    Correction here = corrector.correct(text);
    Future<Correction> there = OTHER_THREAD.submit(() -> corrector.correct(text));
    assertEquals(here, there.get());
    assertEquals(here, corrector.correct(text), "the same text must always give the same result");
  }
}
