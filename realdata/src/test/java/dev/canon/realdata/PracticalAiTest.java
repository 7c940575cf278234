package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.CorrectionAssert;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Practical AI scoring on a hand-made episode; no data files. */
class PracticalAiTest {

  private static final String YAML = """
      name: tiny-ai
      version: 1
      keep: [Ollama]
      entities:
        - canonical: ChatGPT
        - canonical: Ollama
          aliases: [Olama]
          context: [local]
        - canonical: OpenAI
      """;

  private static final String WHISPER = """
      [0.00 --> 3.00]  We tried chat GPT and Olama today.
      [3.00 --> 6.00]  Then the weather was nice.

      [6.00 --> 8.50]  ChatGPT is good, open AI too.
      """;

  private static final String REFERENCE = """
      **Chris Benson:** We tried ChatGPT and Ollama today. \\[00:03\\] Then the weather was nice.

      **Daniel Whitenack:** ChatGPT is good, Open AI too.
      """;

  private static List<Dictionary> dictionaries() {
    return List.of(DictionaryLoader.defaults().load("tiny-ai.yaml", YAML.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void data_stripsTimestampsSpeakersTimeMarksAndEscapes() {
    assertEquals("Welcome to Practical AI.", PracticalAiData.stripTimestamp("[0.00 --> 8.66]  Welcome to Practical AI."));
    assertEquals(" We tried ChatGPT and Ollama today.  Then the weather was nice.\n\n ChatGPT is good, Open AI too.\n",
        PracticalAiData.plain(REFERENCE));
  }

  @Test
  void scorer_fixedBrokenStillWrongUncountedAndOtherEdits() {
    String hyp = String.join("\n", "We tried chat GPT and Olama today.", "Then the weather was nice.",
        "ChatGPT is good, open AI too.");
    PracticalAiScorer s = new PracticalAiScorer(dictionaries());
    s.score("ep", PracticalAiData.plain(REFERENCE), CorrectionAssert.valid(Fixtures.correction(hyp,
        "chat GPT", "ChatGPT", "weather", "whether", "ChatGPT", "ChatGTP", "open AI", "OpenAI")));
    Tally t = s.tally;
    assertEquals(3, t.entities(), "ChatGPT twice and Ollama; 'Open AI' is not the dictionary's spelling");
    assertEquals(2, t.wrongBefore());
    assertEquals(1, t.fixed());
    assertEquals(1, t.stillWrong(), "Olama");
    assertEquals(1, t.broken(), "ChatGTP");
    assertEquals(1, s.uncounted.size());
    assertEquals(2, t.outside(), "weather -> whether and open AI -> OpenAI are other edits");
    assertEquals("weather", s.others.get(0).from());
    assertFalse(s.others.get(0).agrees());
  }

  @Test
  void names_needTheReferenceSpellingExactlyAndPreferTheLongest() {
    PracticalAiScorer s = new PracticalAiScorer(dictionaries());
    String text = "chatgpt, Chat-GPT and ChatGPT";
    List<PracticalAiScorer.RefName> names = s.names(text, Words.split(text));
    assertEquals(3, names.size());
    assertEquals(List.of(false, false, true), names.stream().map(PracticalAiScorer.RefName::counted).toList());
    assertTrue(PracticalAiScorer.containsName("so ChatGPT's", names.get(2).entity()));
    assertFalse(PracticalAiScorer.containsName("ChatGPTs", names.get(2).entity()));
  }

  @Test
  void run_endToEnd_episodeAndSegment_fullAndNamesOnly(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("hyp_whisper"));
    Files.createDirectories(dir.resolve("ref_human"));
    Files.writeString(dir.resolve("hyp_whisper/ep-1.whisper.txt"), WHISPER, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ref_human/ep-1.md"), REFERENCE, StandardCharsets.UTF_8);
    for (String unit : List.of("episode", "segment")) {
      for (boolean namesOnly : List.of(false, true)) {
        Run run = PracticalAiMain.run(dir, Splits.Split.DEV, namesOnly, unit, dictionaries());
        assertEquals(3, run.summary().names(), run.report());
        assertEquals(2, run.summary().wrongBefore(), run.report());
        assertEquals(namesOnly, run.alreadyNamesOnly());
        assertTrue(run.report().contains("ep-1"), run.report());
      }
    }
  }

  @Test
  void learnThenTest_aNameMisheardInTwoEpisodes_isLearnedAndFixedInTheThird(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("hyp_whisper"));
    Files.createDirectories(dir.resolve("ref_human"));
    for (int ep = 1; ep <= 3; ep++) {
      Files.writeString(dir.resolve("hyp_whisper/ep-" + ep + ".whisper.txt"), "[0.00 --> 3.00]  We tried chat GPT."
          + "\n[3.00 --> 6.00]  Then sent tricks number " + ep + " shipped.\n", StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("ref_human/ep-" + ep + ".md"), "**Chris Benson:** We tried ChatGPT. Then Zentrix"
          + " number " + ep + " shipped.\n", StandardCharsets.UTF_8);
    }
    PracticalAiLearnMain.Result without = PracticalAiLearnMain.run(dir, dictionaries(), false, false, 2);
    PracticalAiLearnMain.Result with = PracticalAiLearnMain.run(dir, dictionaries(), false, true, 2);
    assertEquals(3, without.after().fixed(), without.report()); // ChatGPT, from the dictionary
    assertEquals(without.before().fixed(), without.after().fixed(), without.report());
    assertEquals(6, with.after().entities(), with.report()); // ChatGPT and Zentrix, in each episode
    assertEquals(6, with.after().fixed(), with.report());
    assertEquals(3, with.before().fixed(), with.report());
    assertTrue(with.report().contains("1 new names"), with.report());
  }
}
