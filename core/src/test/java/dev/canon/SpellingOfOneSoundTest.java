package dev.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.canon.result.Correction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English spells one sound several ways, and ASR picks one: a first letter of the same sound
 * ({@code Jemma}), a doubled letter or a final y ({@code Kimmy}), a compound name heard as
 * capitalized words ({@code Pie Torch}), other vowels around the same consonants ({@code Jiminy}).
 * Names only, no context words; each row failed before.
 */
class SpellingOfOneSoundTest {

  static final Corrector NAMES = TestDictionaries.corrector(
      "entities:",
      "  - {canonical: Gemma}",
      "  - {canonical: Kimi}",
      "  - {canonical: PyTorch}",
      "  - {canonical: Claude}",
      "  - {canonical: Cathy}",
      "  - {canonical: Kubernetes}",
      "  - {canonical: Andy}",
      "  - {canonical: Gemini}",
      "  - {canonical: Bard}",
      "  - {canonical: Jean-Marc Dupont}",
      "  - {canonical: Mixtral}",
      "  - {canonical: Yann LeCun}",
      "  - {canonical: Yoshua Bengio}",
      "  - {canonical: Ilya Sutskever}",
      "  - {canonical: ControlNet}",
      "  - {canonical: Grid, context: [power]}");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Jemma is the open model family from Google.|Gemma is the open model family from Google.",
      "Kimmy can read a whole book in one go.|Kimi can read a whole book in one go.",
      "Pie Torch added a compiler in version two.|PyTorch added a compiler in version two.",
      "我们用Pie Torch重写了训练代码。|我们用PyTorch重写了训练代码。",
      // only the first word with a capital, the rest as heard
      "The team tried Mix trail last week.|The team tried Mixtral last week.",
      "We run it on Cubernetes now.|We run it on Kubernetes now.",
      // the same consonants, other vowels, the same sound, and the name said right before: a
      // respelling at any distance
      "Gemini is out. The new Jiminy model handles audio.|Gemini is out. The new Gemini model handles audio.",
      "Jean-Marc Dupont will take it. Thanks, John Mark Dupont.|Jean-Marc Dupont will take it. Thanks, Jean-Marc Dupont.",
      // a first name heard with another first letter of the same sound, the surname the name's own
      "People like Jan LeCun disagree.|People like Yann LeCun disagree.",
      "A talk by Joshua Bengio opened it.|A talk by Yoshua Bengio opened it.",
      "Then Elia Sutskever left.|Then Ilya Sutskever left.",
  })
  void respelledSound_isFixed(String text, String expected) {
    Correction c = CorrectionAssert.valid(NAMES.correct(text));
    assertEquals(expected, c.corrected(), c.inlineDiff());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // capitalized everyday words that do not sound like the name they would join into
      "Pine Torch lights the way.",
      // a sentence-initial capital and the pronoun I say nothing: "And I" is not Andy
      "We will see. And I think so too.",
      // words in lower case are words
      "We baked a pie, then lit a torch.",
      // a capital at a sentence start is the sentence's, and a short everyday word after a
      // capitalized one goes on a phrase
      "Mix trail mix into the bowl.",
      "Prompt Control and Management of the agents.",
      // one capitalized everyday word is not a split name ("Cloud" for Claude needs evidence)
      "We moved everything to the Cloud last year.",
      // a known first name is someone else, not a respelling (evidence needed)
      "We thank Kathy for the report.",
      // another first sound: a hard g is not a j
      "Gimme a minute.",
      // two consonants are too few to tell a respelling from another word
      "A Bird sang outside.",
      // other vowels need the name said before or its context words: a name list dense in
      // made-up names otherwise finds one in any proper noun ("by Germany", "Qatari")
      "The new Jiminy model handles audio.",
      // a spelled acronym is not a word whose vowels were misheard
      "Gemini is out. We query it with GMN.",
      // nor for an everyday word in lower case, even beside the entity's context words
      "The power guard was replaced last year.",
      // another first letter that sounds otherwise, or a surname that is not the name's own
      "People like Dan LeCun disagree.",
      "A talk by Joshua Bell opened it.",
      "Then Anna Sutskever left.",
  })
  void otherSpellings_stay(String text) {
    Correction c = CorrectionAssert.valid(NAMES.correct(text));
    assertEquals(text, c.corrected(), c.inlineDiff());
  }
}
