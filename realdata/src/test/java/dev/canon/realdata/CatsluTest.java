package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canon.CorrectionAssert;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatsluTest {

  private static final String JSON = """
      [[{"utt_id": 1, "manual_transcript": "导航到泗阳(unknown)", "asr_1best": "导航到死羊",
         "semantic": [["inform", "操作", "导航"], ["inform", "终点名称", "泗阳"], ["inform", "终点名称", "不在文中"]]}],
       [{"utt_id": 1, "manual_transcript": "去东三环", "asr_1best": "去东三环",
         "semantic": [["inform", "终点名称", "东三环"]]},
        {"utt_id": 2, "manual_transcript": "我同意", "asr_1best": "我同意", "semantic": []},
        {"utt_id": 3, "manual_transcript": "去吉利四s店", "asr_1best": "去吉利四S店",
         "semantic": [["inform", "终点名称", "吉利四s店"]]},
        {"utt_id": 4, "manual_transcript": "到石桥", "asr_1best": "到石桥",
         "semantic": [["inform", "终点名称", "石桥"]]}]]
      """;

  private static List<CatsluData.Utterance> utterances() throws Exception {
    return CatsluData.parse(new ObjectMapper().readTree(JSON));
  }

  @Test
  void parse_keepsPlaceSlotsFoundInTheManualTranscript_withoutMarks() throws Exception {
    List<CatsluData.Utterance> u = utterances();
    assertEquals(new CatsluData.Utterance("1-1", "导航到泗阳", "导航到死羊", List.of("泗阳")), u.get(0));
    assertEquals("2-2", u.get(2).id());
  }

  @Test
  void score_fixedBrokenOutsideAndClean() throws Exception {
    List<CatsluData.Utterance> u = utterances();
    Tally t = new Tally("catslu");
    UtteranceScorer.score(u.get(0), CorrectionAssert.valid(Fixtures.correction("导航到死羊", "死羊", "泗阳")), t);
    UtteranceScorer.score(u.get(1), CorrectionAssert.valid(Fixtures.correction("去东三环", "东三环", "中三环")), t);
    UtteranceScorer.score(u.get(2), CorrectionAssert.valid(Fixtures.correction("我同意", "同意", "通义")), t);
    UtteranceScorer.score(u.get(3), CorrectionAssert.valid(Fixtures.correction("去吉利四S店", "吉利四S店", "吉利四s店")), t);
    UtteranceScorer.score(u.get(4), CorrectionAssert.valid(Fixtures.correction("到石桥", "到石桥", "大石桥")), t);
    assertEquals(4, t.entities());
    assertEquals(1, t.wrongBefore());
    assertEquals(1, t.fixed());
    assertEquals(1, t.broken());
    assertEquals(0, t.stillWrong());
    assertEquals(1, t.caseOnly());
    assertEquals(3, t.outside(), "同意 outside any place; 东三环 and 到石桥 in utterances that needed no fix");
    assertEquals("东三环", t.outsideExamples().get(0).from());
    assertEquals(4, t.cleanTexts());
    assertEquals(4, t.cleanEdits());
    assertEquals(1, t.cleanCaseOnly());
    assertEquals(16, t.cleanChars());
  }
}
