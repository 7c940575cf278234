package dev.canon.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.stream.StreamingCorrector;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamReplayTest {

  private static final String TEXT = "今天我们聊聊阿里云的同意0码，还有蚂蚁的CodeFus。Anthropic released Cloud 3 Opus today. "
      + "Meta的Lama 2模型开源了，Hugging Face也支持。";

  @Test
  void words_joined_giveTheTextBack() {
    List<String> words = PartialSequences.words(TEXT, new Random(3));
    assertEquals(TEXT, String.join("", words));
    assertTrue(words.contains(" Cloud"), words.toString());
  }

  @Test
  void partials_sameSeed_sameSequenceKeepingTheContract() {
    List<String> a = new PartialSequences(new Random(7), 0.5, 6, TEXT).partials(TEXT);
    List<String> b = new PartialSequences(new Random(7), 0.5, 6, TEXT).partials(TEXT);
    assertEquals(a, b);
    assertEquals(TEXT, a.get(a.size() - 1));
    assertTrue(a.size() > PartialSequences.words(TEXT, new Random(7)).size() / 2);
    for (int i = 0; i < a.size(); i++) {
      String kept = a.get(i).substring(0, StreamingCorrector.revisableFrom(a.get(i), 6));
      for (int j = i + 1; j < a.size(); j++) {
        assertTrue(a.get(j).startsWith(kept), a.get(i) + " / " + a.get(j));
      }
    }
    assertTrue(a.stream().anyMatch(p -> !TEXT.startsWith(p)), "no partial was revised");
  }

  @Test
  void replay_text_finalEqualsBatchAndStableNeverChanges() {
    Corrector corrector = Corrector.builder().addAll(BundledDictionaries.load()).build();
    StreamReplay replay = new StreamReplay(corrector, 6);
    String longText = TEXT.repeat(4);
    PartialSequences partials = new PartialSequences(new Random(1), 0.4, 6, longText);
    replay.replay(new StreamReplay.Segment(longText, partials.partials(longText), 0, 60));
    replay.replay(new StreamReplay.Segment(TEXT, partials.partials(TEXT), 60, 75));
    assertEquals(2, replay.finalEqual);
    assertEquals(0, replay.stableBroken);
    assertEquals(0, replay.revoked);
    assertEquals(0, replay.contractBroken);
    assertTrue(replay.stableBeforeFinal > 0);
    assertTrue(replay.flickerRaw > 0);
    assertTrue(replay.report("t").contains("| final equal to batch correction | 2 of 2 |"));
  }

  @Test
  void main_srtFile_reportsPerFile(@TempDir Path dir) throws Exception {
    Path srt = dir.resolve("talk.srt");
    Files.writeString(srt, "1\n00:00:01,000 --> 00:00:03,200\n今天我们聊聊阿里云的同意0码\n\n"
        + "2\n00:00:03,200 --> 00:00:05,000\nAnthropic released Cloud 3 Opus\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ReplayMain.run(new String[] {srt.toString(), "--seed", "2"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("| segments | 2 |"), report);
    assertTrue(report.contains("latency to stable, seconds"), report);
    assertEquals(2, ReplayMain.run(new String[] {"--revise", "2", srt.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
  }
}
