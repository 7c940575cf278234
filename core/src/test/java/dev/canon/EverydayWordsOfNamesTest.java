package dev.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.result.Correction;
import dev.canon.result.Mention;
import dev.canon.result.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One everyday word in lower case that is also a name spelled with capitals ({@code rag} and
 * RAG, {@code intel} and Intel, {@code helm} and HELM): a mention only where the document
 * supports the entity, and then an acronym gets its capitals back. Each test failed before.
 */
class EverydayWordsOfNamesTest {

  static final Corrector NAMES = TestDictionaries.corrector(
      "entities:",
      "  - {canonical: 检索增强生成, synonyms: [RAG]}",
      "  - {canonical: 英特尔, synonyms: [Intel]}",
      "  - {canonical: HELM}",
      "  - {canonical: Ollama}",
      "  - {canonical: Hugging Face}",
      "  - {canonical: LangChain}");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "She wiped the table with a rag.",
      "We gather intel before every trip.",
      "He took the helm at dawn.",
  })
  void everydayWordWithoutEvidence_isNoMention(String text) {
    Correction c = CorrectionAssert.valid(NAMES.correct(text));
    assertEquals(text, c.corrected());
    assertTrue(c.mentions().isEmpty(), c.mentions()::toString);
  }

  @Test
  void acronymSynonymInLowerCase_saidRightEarlier_getsItsCapitals() {
    String text = "We built RAG on our own data.\nThen the rag pipeline ran every night.";
    Correction c = CorrectionAssert.valid(NAMES.correct(text));
    assertEquals("We built RAG on our own data.\nThen the RAG pipeline ran every night.", c.corrected());
    Mention m = c.mentions().get(1);
    assertEquals("rag", m.surface());
    assertEquals(Method.EXACT, m.method());
    assertTrue(m.changed());
  }

  @Test
  void acronymSynonymInLowerCase_amongOtherNames_getsItsCapitals() {
    String text = "Ollama, Hugging Face and LangChain power our rag system.";
    assertEquals("Ollama, Hugging Face and LangChain power our RAG system.", NAMES.correct(text).corrected());
  }

  @Test
  void acronymCanonicalInLowerCase_withEvidence_getsItsCapitals_withoutStaysTheWord() {
    assertEquals("We ran HELM on Ollama. The HELM scores were low.",
        NAMES.correct("We ran HELM on Ollama. The helm scores were low.").corrected());
  }

  @Test
  void otherSynonymInLowerCase_withEvidence_isLinkedAsWritten() {
    String text = "Ollama, Hugging Face and LangChain run on intel chips.";
    Correction c = CorrectionAssert.valid(NAMES.correct(text));
    assertEquals(text, c.corrected());
    assertTrue(c.mentions().stream().anyMatch(m -> m.surface().equals("intel") && m.entityId().equals("英特尔")),
        c.mentions()::toString);
  }
}
