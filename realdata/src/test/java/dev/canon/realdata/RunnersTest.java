package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both runners end to end on tiny folders written here; the counts checked do not depend on tuning. */
class RunnersTest {

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void earnings21_reportsOneRowPerEngineAndAllEngines(@TempDir Path dir) throws IOException {
    write(dir.resolve("reference/nlp_references/c1.nlp"), """
        token|speaker|ts|endTs|punctuation|case|tags|wer_tags
        welcome|0||||LC|[]|[]
        to|0||||LC|[]|[]
        Monro|0||||UC|[]|['1']
        Inc|0|||.|UC|[]|['1']
        thanks|0||||LC|[]|[]
        Jeff|0|||.|UC|[]|['2']
        """);
    write(dir.resolve("reference/wer_tags/c1.wer_tag.json"),
        "{\"1\": {\"entity_type\": \"ORG\"}, \"2\": {\"entity_type\": \"PERSON\"}}");
    String hyp = "token|speaker|ts|endTs|punctuation|case|tags\nwelcome|1||||LC|\nto|1||||LC|\n"
        + "Monroe|1||||LC|\nInk|1||||LC|\nthanks|1||||LC|\nJeff|1||||LC|\n";
    write(dir.resolve("hyp/alpha/c1.nlp"), hyp);
    write(dir.resolve("hyp/beta/c1.nlp"), hyp);
    write(dir.resolve("bias_lists/oracle_list.txt"), "MONRO INC\nJEFF\n");
    String report = Earnings21Main.run(dir, "oracle", Splits.Split.ALL, false).report();
    assertTrue(report.contains("Dictionary: 2 canonical-only names"), report);
    for (String row : new String[] {"| alpha | 2 | 1 |", "| beta | 2 | 1 |", "| all engines | 4 | 2 |"}) {
      assertTrue(report.contains(row), () -> row + " missing from\n" + report);
    }
  }

  @Test
  void earnings21_splitPicksTheFrozenTestCalls(@TempDir Path dir) throws IOException {
    String ref = "token|speaker|ts|endTs|punctuation|case|tags|wer_tags\nthanks|0||||LC|[]|[]\n"
        + "Jeff|0|||.|UC|[]|['1']\n";
    String hyp = "token|speaker|ts|endTs|punctuation|case|tags\nthanks|1||||LC|\nJeff|1||||LC|\n";
    for (String call : new String[] {"4346818", "4320211", "4341191"}) {
      write(dir.resolve("reference/nlp_references/" + call + ".nlp"), ref);
      write(dir.resolve("reference/wer_tags/" + call + ".wer_tag.json"), "{\"1\": {\"entity_type\": \"PERSON\"}}");
      write(dir.resolve("hyp/alpha/" + call + ".nlp"), hyp);
    }
    write(dir.resolve("bias_lists/oracle_list.txt"), "JEFF\n");
    assertEquals(1, Earnings21Main.run(dir, "oracle", Splits.Split.TEST, false).summary().names());
    assertEquals(2, Earnings21Main.run(dir, "oracle", Splits.Split.DEV, false).summary().names());
    Run all = Earnings21Main.run(dir, "oracle", Splits.Split.ALL, true);
    assertEquals(3, all.summary().names());
    assertTrue(all.alreadyNamesOnly());
    assertTrue(Summary.table(List.of(all.summary())).contains("| earnings21 oracle | all | names only | 3 | 0 |"),
        Summary.table(List.of(all.summary())));
  }

  @Test
  void catslu_countsPlaceValuesAndCleanUtterances(@TempDir Path dir) throws IOException {
    write(dir.resolve("lexicon/poi_name.txt"), "泗阳\n桐柏路\n");
    write(dir.resolve("train.json"), """
        [[{"utt_id": 1, "manual_transcript": "导航到泗阳", "asr_1best": "导航到死羊",
           "semantic": [["inform", "终点名称", "泗阳"]]},
          {"utt_id": 2, "manual_transcript": "我要回家", "asr_1best": "我要回家", "semantic": []}]]
        """);
    String report = CatsluMain.run(dir, "train.json", Splits.Split.ALL, false).report();
    assertTrue(report.contains("| poi_name (train.json, all) | 1 | 1 |"), report);
    assertTrue(report.contains("already equals the manual transcript (ignoring case): 1 (4 chars)"), report);
  }

  @Test
  void referenceName_dropsArticlesPossessivesAndNonNames() {
    assertEquals("Monro Inc", Earnings21Data.referenceName("the Monro Inc's"));
    assertEquals("", Earnings21Data.referenceName("and"));
    assertEquals("", Earnings21Data.referenceName("May"));
    assertEquals("Nexstar", Earnings21Data.referenceName("Nexstar"));
  }

  @Test
  void catsluLearnThenTest_withinDev_theProfileFindsANameNeverCorrected(@TempDir Path dir) throws IOException {
    write(dir.resolve("lexicon/poi_name.txt"), "中通快递\n中山公园\n中关村大街\n");
    // dialogues 1-3 are learned from (this engine writes zhou for zhong), dialogue 4 is tested: its
    // name was never corrected, so only the profile can find it
    String[][] turns = {{"导航到中山公园", "导航到周山公园"}, {"去中关村大街", "去周关村大街"}, {"我要回家", "我要回家"},
        {"导航到中通快递", "导航到周通快递"}};
    StringBuilder json = new StringBuilder("[");
    for (int d = 0; d < turns.length; d++) {
      assertTrue(!Splits.catsluTest(List.of(turns[d][0])), "dialogue " + (d + 1) + " must be dev");
      String place = d == 2 ? "" : turns[d][0].substring(turns[d][0].length() - (d == 1 ? 5 : 4));
      json.append(d == 0 ? "" : ",").append("[{\"utt_id\": 1, \"manual_transcript\": \"").append(turns[d][0])
          .append("\", \"asr_1best\": \"").append(turns[d][1]).append("\", \"semantic\": [")
          .append(place.isEmpty() ? "" : "[\"inform\", \"终点名称\", \"" + place + "\"]").append("]}]");
    }
    write(dir.resolve("train.json"), json.append("]").toString());
    String report = CatsluLearn.run(dir, "train.json", Splits.Split.DEV, 2, null);
    assertTrue(report.contains("| names only | 1 | 1 | 0 | 0 | 1 |"), report);
    assertTrue(report.contains("| names + learned profile only | 1 | 1 | 1 | 0 | 0 |"), report);
    assertTrue(report.contains("| names + learned | 1 | 1 | 1 | 0 | 0 |"), report);
    assertTrue(report.contains("`zhong → zhou` ×2"), report);
  }
}
