package dev.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.canon.result.Correction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15's multi-word English sound-alikes of one-word names ({@code oh zempic}, {@code met
 * forming}, {@code we go vee}, {@code Ella quiz}): ASR writes a name it does not know as the
 * words it hears. Taken with document evidence (other names of the dictionary around, or the
 * name said right earlier), never without. Names only; each fixed row failed before.
 */
class HeardAsWordsTest {

  static final Corrector DRUGS = TestDictionaries.corrector(
      "entities:",
      "  - {canonical: Ozempic}",
      "  - {canonical: metformin}",
      "  - {canonical: Wegovy}",
      "  - {canonical: Eliquis}",
      "  - {canonical: Xarelto}",
      "  - {canonical: Jardiance}",
      "  - {canonical: Mounjaro}",
      "  - {canonical: ControlNet}",
      "  - {canonical: Justin}");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "She takes Jardiance and Mounjaro, and her doctor added oh zempic last week."
          + "|She takes Jardiance and Mounjaro, and her doctor added Ozempic last week.",
      "He stopped Ozempic and Jardiance. Then he started met forming twice a day."
          + "|He stopped Ozempic and Jardiance. Then he started metformin twice a day.",
      "Besides Ozempic and Mounjaro, we go vee is the third option."
          + "|Besides Ozempic and Mounjaro, Wegovy is the third option.",
      "He takes Xarelto and Jardiance, and Ella quiz for his heart."
          + "|He takes Xarelto and Jardiance, and Eliquis for his heart.",
      // the name said right earlier is evidence too
      "Wegovy helps. Her sister also tried we go vee.|Wegovy helps. Her sister also tried Wegovy.",
  })
  void oneWordNameHeardAsWords_withEvidence_isFixed(String text, String expected) {
    Correction c = CorrectionAssert.valid(DRUGS.correct(text));
    assertEquals(expected, c.corrected(), c.inlineDiff());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // no evidence in the document
      "Her doctor prescribed oh zempic.",
      "Then he started met forming twice a day.",
      "We go vee is the third option.",
      "He takes Ella quiz for his heart.",
      // a phrase that goes on ("and" joins words, it does not end a name)
      "Ozempic and Mounjaro need dose control and care.",
      // a person's name is met in phrases all the time
      "Ozempic and Mounjaro sales grew; we just won a new contract.",
  })
  void everydayWords_stay(String text) {
    Correction c = CorrectionAssert.valid(DRUGS.correct(text));
    assertEquals(text, c.corrected(), c.inlineDiff());
  }
}
