package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  private static List<String> words(String s) {
    return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
  }

  @Test
  void matches_substitutionInsideEntity_isWrong() {
    Alignment a = Alignment.align(words("the monro inc call"), words("the monroe inc call"));
    assertFalse(a.matches(1, 2));
    assertTrue(a.matches(2, 3));
    assertEquals(1, a.refOf(1));
  }

  @Test
  void matches_insertionBetweenEntityWords_isWrong() {
    Alignment a = Alignment.align(words("we thank acel rx today"), words("we thank acel uh rx today"));
    assertFalse(a.matches(2, 3));
    assertTrue(a.matches(2, 2));
    assertTrue(a.matches(3, 4));
  }

  @Test
  void matches_deletedWord_isWrong() {
    Alignment a = Alignment.align(words("hello goldman sachs team"), words("hello goldman team"));
    assertFalse(a.matches(1, 2));
    assertEquals(-1, a.hypOf(2));
  }

  @Test
  void neighbours_ofInsertion_areTheReferenceWordsAround() {
    Alignment a = Alignment.align(words("a b c"), words("a b x c"));
    assertArrayEquals(new int[] {1, 2}, a.neighbours(2));
    assertArrayEquals(new int[] {2}, a.neighbours(3));
    assertEquals("b c", a.refText(2, 3));
  }

  /** The alignment's own cost equals the Levenshtein distance on random small inputs. */
  @Test
  void align_costEqualsLevenshteinDistance_onRandomInputs() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<String> ref = randomWords(random);
      List<String> hyp = randomWords(random);
      Alignment a = Alignment.align(ref, hyp);
      int cost = 0;
      int aligned = 0;
      for (int r = 0; r < ref.size(); r++) {
        int h = a.hypOf(r);
        if (h < 0) {
          cost++;
        } else {
          aligned++;
          cost += ref.get(r).equals(hyp.get(h)) ? 0 : 1;
          assertEquals(r, a.refOf(h));
        }
      }
      cost += hyp.size() - aligned;
      assertEquals(distance(ref, hyp), cost, () -> ref + " / " + hyp);
    }
  }

  /** Long texts with few edits exercise the band (half-width 32 and up) rather than a full table. */
  @Test
  void align_costEqualsLevenshteinDistance_onLongTextsWithFewEdits() {
    Random random = new Random(11);
    for (int round = 0; round < 40; round++) {
      List<String> ref = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        ref.add("w" + random.nextInt(40));
      }
      List<String> hyp = new ArrayList<>(ref);
      int edits = random.nextInt(120);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(hyp.size());
        switch (random.nextInt(3)) {
          case 0 -> hyp.set(at, "x" + random.nextInt(5));
          case 1 -> hyp.remove(at);
          default -> hyp.add(at, "y" + random.nextInt(5));
        }
      }
      assertEquals(distance(ref, hyp), cost(Alignment.align(ref, hyp), ref, hyp));
    }
  }

  private static int cost(Alignment a, List<String> ref, List<String> hyp) {
    int cost = 0;
    int aligned = 0;
    for (int r = 0; r < ref.size(); r++) {
      int h = a.hypOf(r);
      if (h < 0) {
        cost++;
      } else {
        aligned++;
        cost += ref.get(r).equals(hyp.get(h)) ? 0 : 1;
        assertEquals(r, a.refOf(h));
      }
    }
    return cost + hyp.size() - aligned;
  }

  private static List<String> randomWords(Random random) {
    List<String> out = new ArrayList<>();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      out.add(String.valueOf((char) ('a' + random.nextInt(3))));
    }
    return out;
  }

  private static int distance(List<String> a, List<String> b) {
    int[][] d = new int[a.size() + 1][b.size() + 1];
    for (int i = 0; i <= a.size(); i++) {
      for (int j = 0; j <= b.size(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1),
            Math.min(d[i - 1][j], d[i][j - 1]) + 1);
      }
    }
    return d[a.size()][b.size()];
  }
}
