package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.canon.CorrectionAssert;
import dev.canon.result.Correction;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

  @Test
  void split_movesEditsToTheirLines() {
    Correction whole = Fixtures.correction("去死羊\n我要回家\n到更白路", "死羊", "泗阳", "更白路", "桐柏路");
    List<Correction> lines = Lines.split(whole);
    assertEquals(3, lines.size());
    assertEquals("去泗阳", CorrectionAssert.valid(lines.get(0)).corrected());
    assertEquals(List.of(), lines.get(1).edits());
    assertEquals("到桐柏路", CorrectionAssert.valid(lines.get(2)).corrected());
    assertEquals(1, lines.get(2).edits().get(0).span().start());
  }

  @Test
  void split_rejectsAnEditAcrossALineBreak() {
    Correction whole = Fixtures.correction("a\nb", "a\nb", "ab");
    assertThrows(IllegalStateException.class, () -> Lines.split(whole));
  }

  @Test
  void join_isTheInverseOfSplit() {
    Correction whole = Fixtures.correction("chat GPT is\n\nnew Olama", "chat GPT", "ChatGPT", "Olama", "Ollama");
    Correction joined = Lines.join(Lines.split(whole));
    assertEquals(whole.original(), joined.original());
    assertEquals(whole.corrected(), CorrectionAssert.valid(joined).corrected());
    assertEquals(whole.edits(), joined.edits());
  }
}
