package dev.canon.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.dictionary.Entity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The development set (examples/devset) is well formed, its dictionaries hold right spellings only,
 * and the engine's scores on it stay at or above the floor measured when the set was written
 * (raise the floor as matching improves; never lower it to make a change pass).
 */
class DevSetTest {

  static final Path DEVSET = Path.of("..", "examples", "devset");

  static List<LabelledSentence> set() throws IOException {
    return LabelledSets.read(DEVSET.resolve("devset.jsonl"));
  }

  static List<Dictionary> dictionaries() {
    return DictionaryLoader.defaults().loadAll(DEVSET.resolve("dicts"));
  }

  @Test
  void devSet_hasEnoughSentencesAndNegatives() throws IOException {
    List<LabelledSentence> set = set();
    assertTrue(set.size() >= 200, "sentences: " + set.size());
    long negatives = set.stream().filter(LabelledSentence::negative).count();
    assertTrue(negatives >= 80, "negatives: " + negatives);
    for (LabelledSentence s : set) {
      assertEquals(s.negative(), s.category().startsWith("negative"),
          () -> s.id() + ": only negative-* categories may have expected == text");
    }
  }

  @Test
  void devSetDictionaries_holdNoAliasRuleOrNoisyForm() throws IOException {
    List<Dictionary> dictionaries = dictionaries();
    assertTrue(dictionaries.size() >= 2, "the AI dictionary and at least one other field");
    Set<String> noisy = set().stream().filter(s -> !s.negative())
        .flatMap(s -> EditDiff.between(s.text(), s.expected()).stream())
        .map(e -> e.from().strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
    for (Dictionary d : dictionaries) {
      assertEquals(List.of(), d.rules(), d.name() + " must have no rules");
      for (Entity e : d.entities()) {
        assertEquals(List.of(), e.aliases(), e.id() + " must have no aliases");
        for (String form : e.synonyms()) {
          assertTrue(!noisy.contains(form.toLowerCase(Locale.ROOT)),
              () -> e.id() + ": synonym \"" + form + "\" is a noisy form of a dev-set sentence");
        }
      }
    }
  }

  /**
   * The floors are the figures measured on 2026-11-30 (170 of 185 gold edits, no false one, 286 of
   * 301 sentences right): a floor below them let a precision drop (生腾 → 升腾 for 昇腾) pass.
   */
  @Test
  void currentEngine_onDevSet_staysAboveMeasuredFloor() throws IOException {
    Corrector corrector = Corrector.builder().addAll(dictionaries()).build();
    Report report = new Evaluator(corrector).evaluate(set());
    Score all = report.labelled();
    assertTrue(all.precision() >= 1.0, "precision " + all.precision());
    assertTrue(all.recall() >= 170.0 / 185 - 1e-9, "recall " + all.recall());
    assertTrue(all.sentenceAccuracy() >= 286.0 / 301 - 1e-9, "sentence accuracy " + all.sentenceAccuracy());
  }
}
