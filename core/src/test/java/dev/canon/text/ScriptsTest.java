package dev.canon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The BMP tables answer exactly what the JDK look-ups they replace would. */
class ScriptsTest {

  @Test
  void tablesEqualTheComputedAnswersForEveryCodePointTried() {
    for (int cp = 0; cp < 0x10000 + 0x2000; cp++) {
      String at = Integer.toHexString(cp);
      assertEquals(Scripts.computedFold(cp), Scripts.fold(cp), at);
      assertEquals(Scripts.isLatinAlnum(Scripts.computedFold(cp)), Scripts.isLatinWordChar(cp), at);
      assertEquals(Scripts.computedHorizontalSpace(cp), Scripts.isHorizontalSpace(cp), at);
    }
  }

  @Test
  void foldsWidthAndCase() {
    assertEquals('g', Scripts.fold('Ｇ'));
    assertEquals('k', Scripts.fold('\u212A')); // Kelvin sign
    assertEquals(0xFFFD, Scripts.fold(0xFFFF));
    assertEquals(' ', Scripts.fold('\u3000'));
  }
}
