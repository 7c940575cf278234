package dev.canon.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of {@link EditDiff} on random texts from a tiny alphabet (Latin, digits, spaces,
 * hyphens, CJK, a surrogate pair) so that tokens collide often.
 */
class EditDiffProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("a", "b", "Ab", "1", "2", " ", "-", "同", "通", "义", "😀", ".")
        .list().ofMaxSize(14).map(parts -> String.join("", parts));
  }

  @Property(tries = 500)
  void between_appliedToOriginal_givesTarget(
      @ForAll("texts") String original, @ForAll("texts") String target) {
    List<TextEdit> edits = EditDiff.between(original, target);
    StringBuilder rebuilt = new StringBuilder();
    int at = 0;
    for (TextEdit e : edits) {
      assertTrue(e.start() >= at, () -> "edits overlap or are unsorted: " + edits);
      assertEquals(original.substring(e.start(), e.end()), e.from());
      assertNotEquals(e.from(), e.to(), () -> "edit changes nothing: " + e);
      boolean splitsPair = e.start() < original.length()
          && Character.isLowSurrogate(original.charAt(e.start()));
      assertTrue(!splitsPair, () -> "edit splits a surrogate pair: " + e);
      rebuilt.append(original, at, e.start()).append(e.to());
      at = e.end();
    }
    rebuilt.append(original.substring(at));
    assertEquals(target, rebuilt.toString());
    assertEquals(original.equals(target), edits.isEmpty());
  }
}
