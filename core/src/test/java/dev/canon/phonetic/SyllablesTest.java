package dev.canon.phonetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SyllablesTest {

  /**
   * The pinyin index relies on this: a syllable is "near" (similarity 0.9 or more) exactly when
   * it has the same coarse form, so an index keyed by coarse syllables finds every near one.
   */
  @Test
  void similarity_atLeastPointNine_exactlyWhenCoarseFormsAreEqual() {
    int n = Syllables.count();
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        boolean near = Syllables.similarity(a, b) >= 0.9;
        boolean sameCoarse = Syllables.coarse(a) == Syllables.coarse(b);
        int x = a;
        int y = b;
        assertEquals(sameCoarse, near, () -> Syllables.name(x) + " / " + Syllables.name(y));
      }
    }
  }
}
