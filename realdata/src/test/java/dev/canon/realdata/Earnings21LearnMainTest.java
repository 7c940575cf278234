package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Earnings21LearnMainTest {

  private static List<NlpFile.Token> tokens(String text, int taggedFrom, int taggedTo) {
    List<NlpFile.Token> out = new ArrayList<>();
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      out.add(new NlpFile.Token(words[i], "", i >= taggedFrom && i < taggedTo ? List.of("1") : List.of()));
    }
    return out;
  }

  @Test
  void split_cutsTheHypothesisWhereTheReferenceMiddleAligns() {
    List<NlpFile.Token> ref = tokens("good morning and welcome to the Monro Forward call today", 6, 8);
    // the engine dropped a word before the middle and misheard the name after it
    List<NlpFile.Token> hyp = tokens("good morning welcome to the monroe forward call today", -1, -1);
    Earnings21LearnMain.Halves h = Earnings21LearnMain.split("amazon", "c1", ref, hyp, Map.of("1", "ORG"));
    assertEquals("good morning and welcome to", h.first().reference());
    assertEquals("good morning welcome to", h.first().hypothesis());
    assertEquals("the monroe forward call today", h.secondHyp());
    assertEquals("the Monro Forward call today", h.secondRef().text());
    assertEquals(1, h.secondRef().entities().size());
    assertEquals("Monro Forward", h.secondRef().entities().get(0).surface());
  }
}
