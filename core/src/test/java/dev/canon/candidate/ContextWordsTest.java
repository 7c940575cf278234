package dev.canon.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContextWordsTest {

  @Test
  void foldTableEqualsTheJdkCaseLookupsForEveryChar() {
    for (int c = 0; c < 0x10000; c++) {
      char expected = Character.toLowerCase(Character.toUpperCase((char) c));
      assertEquals(expected, ContextWords.fold(String.valueOf((char) c)).charAt(0), Integer.toHexString(c));
    }
  }
}
