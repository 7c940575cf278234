package dev.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.result.Correction;
import dev.canon.result.Nearest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's precision defects on names-only dictionaries (no aliases, context or keep words),
 * and the document evidence that lets a guess through: each row failed before its fix.
 */
class EvidencePrecisionTest {

  static final Corrector NAMES = TestDictionaries.corrector(
      "entities:",
      "  - {canonical: Ozempic}",
      "  - {canonical: metformin}",
      "  - {canonical: Eliquis}",
      "  - {canonical: Xarelto}",
      "  - {canonical: Mistral AI}",
      "  - {canonical: Gemini}",
      "  - {canonical: OpenAI}",
      "  - {canonical: Joshua}",
      "  - {canonical: Todd}",
      "  - {canonical: Andrew}",
      "  - {canonical: 通义千问}",
      "  - {canonical: 千帆大模型}",
      "  - {canonical: Jupyter}",
      "  - {canonical: Ollama}",
      "  - {canonical: Hugging Face}",
      "  - {canonical: GreedLlama}",
      "  - {canonical: APISR}",
      "  - {canonical: Andy}",
      "  - {canonical: MTEB}",
      "  - {canonical: Code Llama}",
      "  - {canonical: Graphcore}",
      "  - {canonical: Optimus}",
      "  - {canonical: Figure AI}",
      "  - {canonical: Claude}",
      "  - {canonical: Llama}",
      "  - {canonical: Phase II}");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // an exact name is never cut by an overlapping longer guess
      "通义千问大模型是阿里云推出的",
      // host names and paths without a scheme are addresses
      "go to gemini.google.com for details",
      "see openai.com/blog for details",
      // a lower-case word does not grow into a multi-word name without evidence
      "A cold mistral blew down the valley all night.",
      // a lower-case word that sounds otherwise is a word
      "She refilled the eliquid of her vape.",
      // the written capitals of a lower-case canonical are kept
      "Metformin is cheap.",
      "METFORMIN IS CHEAP.",
      // everyday words in lower case need the entity's own context words, not a co-mention
      "Joshua and Todd said we have a lot to do and are ready.",
      // a known name is not a slip of a longer one, even when that one is said in the document
      "Joshua will take it. Thanks, Josh.",
      // a capital at the start of a sentence says nothing: "And" is the word, even after Andy said right
      "Andy joined us. And then we left. And so on.",
      // the plural of an acronym is a word, even among names (Ollama, Hugging Face nearby)
      "We call Ollama and Hugging Face through their APIs every day.",
      "We ran Ollama, Jupyter and many Code LLMs on one GPU.",
      // a word with capitals inside is a name as its writer spelled it, unless it sounds like another
      "We tried GraphCoder with Ollama and Jupyter on code graphs.",
      "The OpenAPI spec lists every Ollama and Jupyter endpoint.",
      // other names nearby do not make an everyday word a name that sounds otherwise, or a longer one
      "With Ollama and Hugging Face, Optimum runs models faster.",
      "We use Ollama and Jupyter, as shown in Figure 2.",
      // an everyday word that only begins a name said earlier is the word: no name is heard cut short
      "Dan: We build on OpenAI and Ollama. Chris: Open source is coming.",
      // a capitalized everyday word that ends a name of capitalized words belongs to that name
      "We run Ollama and Jupyter on the Intel Developer Cloud every day.",
      // a short word in capitals is an acronym as written, not a name with one capital
      "Ollama and Jupyter run the demo, and they have the LAM behind it.",
      // a Roman numeral is a version, never guessed, like digits
      "We ran the Phase IIA trial.",
      "Phase II went well, and the Phase III trial started.",
  })
  void cleanSentence_staysUnchanged(String text) {
    Correction c = CorrectionAssert.valid(NAMES.correct(text));
    assertEquals(text, c.corrected(), c.inlineDiff());
  }

  @Test
  void metforminMisspelledAtSentenceStart_keepsTheCapital() {
    // a letter swapped: the replacement takes the written capital
    assertEquals("Metformin is cheap.", NAMES.correct("Metfromin is cheap.").corrected());
  }

  @Test
  void lowerCaseCanonicalWithHan_writtenInCapitals_staysInCapitals_onEveryPass() {
    // a Han char has no case: A同A is written in capitals, as the alias AA was (a jqwik sample)
    Corrector c = TestDictionaries.corrector("entities:", "  - {canonical: a同a, aliases: [aa]}");
    assertEquals("A同A", c.correct("AA").corrected());
    assertEquals("A同A", c.correct("A同A").corrected());
  }

  @Test
  void nameSaidRightOnce_fixesItsMisspellingLaterInTheDocument() {
    String text = "We run Ollama on a laptop.\nLater we moved the Olama server to the cloud.";
    assertEquals("We run Ollama on a laptop.\nLater we moved the Ollama server to the cloud.",
        NAMES.correct(text).corrected());
  }

  @Test
  void otherNamesOfTheDictionaryNearby_supportACapitalizedSoundAlike() {
    String text = "We use Ollama, Hugging Face and Jupiter notebooks every day.";
    assertEquals("We use Ollama, Hugging Face and Jupyter notebooks every day.", NAMES.correct(text).corrected());
  }

  @Test
  void spelledAcronym_rhymingLetterName_fixedWithEvidence_notWithout() {
    // "see" heard for "tee": an acronym is spelled out, its letters are not a word's sounds
    String near = "Ollama and Hugging Face both rank high on MCEB today.";
    assertEquals("Ollama and Hugging Face both rank high on MTEB today.", NAMES.correct(near).corrected());
    // a four-letter acronym takes one slip only with evidence
    assertEquals("Both rank high on MCEB today.", NAMES.correct("Both rank high on MCEB today.").corrected());
    // letters that do not rhyme ("em" and "tee") are not heard for one another
    String far = "Ollama and Hugging Face both rank high on MMEB today.";
    assertEquals(far, NAMES.correct(far).corrected());
  }

  @Test
  void evidenceStopsAtAParagraphBreak() {
    String text = "We use Ollama and Hugging Face.\n\nThe planet Jupiter rose over the hills.";
    assertEquals(text, NAMES.correct(text).corrected());
  }

  @Test
  void why_namesTheCheckThatStoppedTheNearestSpan() {
    List<Nearest> why = NAMES.why("A cold mistral blew down the valley all night.", "Mistral AI");
    assertFalse(why.isEmpty());
    Nearest first = why.get(0);
    assertEquals("mistral", first.surface());
    assertTrue(first.reason().contains("lower-case word"), first.reason());
  }

  @Test
  void why_reportsAppliedCandidatesWithTheirReason() {
    List<Nearest> why = NAMES.why("We run Ollama here. The Olama server is down.", "ollama");
    assertTrue(why.stream().anyMatch(n -> n.surface().equals("Olama") && n.outcome().equals("applied")), why::toString);
  }

  @Test
  void why_unknownName_saysWhatToGive() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> NAMES.why("text", "Nobody"));
    assertTrue(e.getMessage().contains("no entity"), e.getMessage());
  }
}
