package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NlpFileTest {

  @Test
  void parse_referenceWithWerTags_readsTokensPunctuationAndTags() {
    List<NlpFile.Token> tokens = NlpFile.parse(List.of(
        "token|speaker|ts|endTs|punctuation|case|tags|wer_tags",
        "Welcome|0||||UC|[]|[]",
        "Monro|0|||,|UC|[]|['5', '6']"), "ref.nlp");
    assertEquals(new NlpFile.Token("Monro", ",", List.of("5", "6")), tokens.get(1));
    assertEquals("Welcome Monro,", NlpFile.text(tokens));
  }

  @Test
  void parse_hypothesisWithoutWerTags_hasNoTags() {
    List<NlpFile.Token> tokens = NlpFile.parse(List.of(
        "token|speaker|ts|endTs|punctuation|case|tags",
        "good|1|3.24|3.39||LC|",
        "morning|1|3.39|3.66|.|LC|"), "hyp.nlp");
    assertEquals("good morning.", NlpFile.text(tokens));
    assertEquals(List.of(), tokens.get(0).werTags());
  }

  @Test
  void parse_headerWithoutToken_namesTheSource() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NlpFile.parse(List.of("word|speaker"), "bad.nlp"));
    assertEquals("bad.nlp:1: header has no 'token' column: word|speaker", e.getMessage());
  }
}
