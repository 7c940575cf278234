package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.canon.CorrectionAssert;
import dev.canon.result.Correction;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallScorerTest {

  private static final Reference REF = Fixtures.reference("c1",
      "welcome to Monro/1 Inc/1 and thanks Jeff/2 from Jefferies/3 as a team",
      Map.of("1", "ORG", "2", "PERSON", "3", "ORG"));

  private static Tally score(Correction c) {
    Tally tally = new Tally("e");
    CallScorer.score("e", REF, CorrectionAssert.valid(c), tally);
    return tally;
  }

  @Test
  void score_countsFixedBrokenAndStillWrong() {
    String asr = "welcome to Monroe Inc and thanks Jeff from Jeffries as a team";
    Tally t = score(Fixtures.correction(asr, "Monroe", "Monro", "Jeff", "Jeoff"));
    assertEquals(3, t.entities());
    assertEquals(2, t.wrongBefore());
    assertEquals(1, t.fixed());
    assertEquals(1, t.broken());
    assertEquals(1, t.stillWrong());
    assertEquals(0, t.outside());
    assertEquals("Monroe Inc", t.fixedExamples().get(0).from());
    assertEquals("Jeoff", t.brokenExamples().get(0).to());
    assertEquals("Jefferies", t.stillWrongExamples().get(0).reference());
  }

  @Test
  void score_editOutsideEntities_isCountedWithItsReferenceWords() {
    String asr = "welcome to Monro Inc and thanks Jeff from Jefferies as a team";
    Tally t = score(Fixtures.correction(asr, "as a", "asa"));
    assertEquals(0, t.wrongBefore());
    assertEquals(1, t.outside());
    assertEquals(0, t.outsideAgreeing());
    assertEquals("as a", t.outsideExamples().get(0).reference());
    assertEquals("asa (exact)", t.outsideExamples().get(0).entity());
    assertEquals(asr.length(), t.chars());
  }

  @Test
  void score_outsideEditThatMatchesTheReference_agrees() {
    String asr = "welcome to Monro Inc and thanks Jeff from Jefferies as a teem";
    Tally t = score(Fixtures.correction(asr, "teem", "team"));
    assertEquals(1, t.outside());
    assertEquals(1, t.outsideAgreeing());
  }

  @Test
  void score_outsideMultiWordEditThatMatchesTheReference_agrees() {
    Reference ref = Fixtures.reference("c2", "our monro forward plan with Jeff/1", Map.of("1", "PERSON"));
    String asr = "our monroe forward plan with Jeff";
    Tally t = new Tally("e");
    CallScorer.score("e", ref, CorrectionAssert.valid(Fixtures.correction(asr, "monroe forward", "Monro Forward")), t);
    assertEquals(1, t.outside());
    assertEquals(1, t.outsideAgreeing());
  }

  @Test
  void score_outsideEditThatDropsAReferenceWord_doesNotAgree() {
    Reference ref = Fixtures.reference("c3", "six gigawatts of power for Jeff/1", Map.of("1", "PERSON"));
    String asr = "six gigawatts of power for Jeff";
    Tally t = new Tally("e");
    CallScorer.score("e", ref, CorrectionAssert.valid(Fixtures.correction(asr, "gigawatts of", "gigawatts")), t);
    assertEquals(1, t.outside());
    assertEquals(0, t.outsideAgreeing());
  }

  @Test
  void score_caseOnlyEdits_areCountedApart() {
    String asr = "welcome to monro inc and thanks jeff from jefferies As a team";
    Tally t = score(Fixtures.correction(asr, "monro inc", "Monro Inc", "As", "as"));
    assertEquals(2, t.caseOnly());
    assertEquals(1, t.caseOnlyOutside());
    assertEquals(0, t.outside());
    assertEquals(0, t.fixed() + t.broken());
  }

  @Test
  void score_insertedWordNextToEntity_isInside() {
    String asr = "welcome to Monro Inc uh and thanks Jeff from Jefferies as a team";
    Tally t = score(Fixtures.correction(asr, "uh", "Corp"));
    assertEquals(0, t.outside());
    assertEquals(1, t.edits());
  }

  @Test
  void addAll_sumsCounts() {
    Tally a = score(Fixtures.correction("welcome to Monroe Inc and thanks Jeff from Jeffries as a team",
        "Monroe", "Monro"));
    Tally all = new Tally("all");
    all.addAll(a);
    all.addAll(a);
    assertEquals(6, all.entities());
    assertEquals(2, all.fixed());
    assertEquals(2 * a.chars(), all.chars());
  }
}
