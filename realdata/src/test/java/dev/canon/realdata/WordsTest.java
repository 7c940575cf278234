package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void split_dropsPunctuationAndSplitsAtHyphens() {
    String text = "Good morning, Ingersoll-Rand's Co. & AT&T";
    List<Words.Word> words = Words.split(text);
    assertEquals(List.of("good", "morning", "ingersoll", "rands", "co", "att"), Words.norms(words));
    assertEquals("morning", text.substring(words.get(1).start(), words.get(1).end()));
    assertEquals("Co", text.substring(words.get(4).start(), words.get(4).end()));
  }

  @Test
  void split_emptyAndPunctuationOnly_giveNoWords() {
    assertEquals(List.of(), Words.split(""));
    assertEquals(List.of(), Words.split(" - & , "));
  }
}
