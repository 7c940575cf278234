package dev.canon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void bounded_swap_costsOne() {
    assertEquals(1, EditDistance.bounded("langchian", "langchain", 2));
    assertEquals(-1, EditDistance.bounded("abcdef", "ghijkl", 2));
    assertEquals(0, EditDistance.bounded("", "", 0));
  }

  /** The slow, obvious recurrence, as an oracle. */
  static int osa(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  @Property
  void bounded_agreesWithOracle(
      @ForAll @StringLength(max = 9) @CharRange(from = 'a', to = 'c') String a,
      @ForAll @StringLength(max = 9) @CharRange(from = 'a', to = 'c') String b,
      @ForAll @IntRange(max = 5) int limit) {
    int exact = osa(a, b);
    assertEquals(exact <= limit ? exact : -1, EditDistance.bounded(a, b, limit));
  }

  /** Letters and digits share bins of the multiset bound ('p' and '0'): still the exact answer. */
  @Property
  void bounded_agreesWithOracle_onLettersAndDigits(
      @ForAll @StringLength(max = 12) @CharRange(from = '0', to = '9') @CharRange(from = 'm', to = 'z') String a,
      @ForAll @StringLength(max = 12) @CharRange(from = '0', to = '9') @CharRange(from = 'm', to = 'z') String b,
      @ForAll @IntRange(max = 6) int limit) {
    int exact = osa(a, b);
    assertEquals(exact <= limit ? exact : -1, EditDistance.bounded(a, b, limit));
    assertEquals(true, EditDistance.bagDistance(a, b) <= exact);
  }
}
