package dev.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.result.Correction;
import dev.canon.result.Edit;
import dev.canon.result.Mention;

/**
 * The one assertion every correction in the tests goes through: it checks the invariants a
 * caller relies on whether or not the test asked about them.
 */
public final class CorrectionAssert {

  private CorrectionAssert() {}

  /** Checks every invariant of {@code c}, and returns it for further assertions. */
  public static Correction valid(Correction c) {
    String original = c.original();
    StringBuilder rebuilt = new StringBuilder();
    int at = 0;
    for (Edit e : c.edits()) {
      assertTrue(e.span().start() >= at, () -> "edits overlap or are unsorted: " + c.edits());
      assertTrue(e.span().end() <= original.length(), () -> "edit outside the text: " + e);
      assertEquals(e.from(), e.span().of(original), () -> "edit 'from' differs from the text: " + e);
      assertTrue(!e.from().equals(e.to()), () -> "edit changes nothing: " + e);
      noSplitPair(original, e.span().start(), e.span().end());
      rebuilt.append(original, at, e.span().start()).append(e.to());
      at = e.span().end();
    }
    rebuilt.append(original, at, original.length());
    assertEquals(c.corrected(), rebuilt.toString(), "edits applied to the original must give the corrected text");
    int last = 0;
    for (Mention m : c.mentions()) {
      assertTrue(m.span().start() >= last, () -> "mentions overlap or are unsorted: " + c.mentions());
      last = m.span().end();
      assertTrue(m.span().end() <= original.length(), () -> "mention outside the text: " + m);
      assertEquals(m.surface(), m.span().of(original), () -> "surface differs from its span: " + m);
      noSplitPair(original, m.span().start(), m.span().end());
      assertTrue(m.correctedSpan().end() <= c.corrected().length(), () -> "corrected span outside: " + m);
      String now = m.correctedSpan().of(c.corrected());
      if (m.changed()) {
        assertTrue(!now.equals(m.surface()), () -> "changed mention did not change: " + m);
      } else {
        assertEquals(m.surface(), now, () -> "unchanged mention changed: " + m);
      }
      assertTrue(m.score() >= 0 && m.score() <= 1, () -> "score out of range: " + m);
    }
    long changedMentions = c.mentions().stream().filter(Mention::changed).count();
    assertEquals(c.edits().size(), changedMentions, "one edit per changed mention");
    return c;
  }

  private static void noSplitPair(String text, int start, int end) {
    assertTrue(start == 0 || start == text.length() || !Character.isLowSurrogate(text.charAt(start))
        || !Character.isHighSurrogate(text.charAt(start - 1)), () -> "span starts inside a surrogate pair at " + start);
    assertTrue(end == 0 || end == text.length() || !Character.isLowSurrogate(text.charAt(end))
        || !Character.isHighSurrogate(text.charAt(end - 1)), () -> "span ends inside a surrogate pair at " + end);
  }
}
