package dev.canon.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.CorrectionAssert;
import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.Dictionary;
import dev.canon.result.Correction;
import dev.canon.result.Edit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed transcript corrected with the bundled dictionaries reduced to names only: canonical
 * names and synonyms, no aliases, rules, {@code context} or {@code keep} words. This is what a user
 * who brings a list of names gets. The floor is the number measured today; raise it as matching
 * improves, never lower it.
 */
class CanonicalOnlyGoldenTest {

  static final Path SEED = Path.of("..", "examples", "golden", "seed");

  /** Fixed edits with names only, measured on 2026-11-30 (issue 15's target: 33). */
  static final int FIXED_FLOOR = 33;

  /** Other changes measured on 2026-11-30 (target: 0). */
  static final int OTHER_CEILING = 0;

  /** The bundled dictionaries reduced to names only (see {@link NamesOnly}). */
  static List<Dictionary> canonicalOnly() {
    return BundledDictionaries.load().stream().map(NamesOnly::of).toList();
  }

  @Test
  void canonicalOnlyDictionaries_onSeed_fixAtLeastFloorAndChangeNothingElse() throws IOException {
    String input = Files.readString(SEED.resolve("input.txt"), StandardCharsets.UTF_8);
    String expected = Files.readString(SEED.resolve("expected.txt"), StandardCharsets.UTF_8);
    // The 37 reference edits, at Canon's own granularity: the full dictionaries' edits, which the
    // seed golden test pins to the expected text.
    Correction full = Corrector.builder().addAll(BundledDictionaries.load()).build().correct(input);
    assertEquals(expected, full.corrected(), "the full dictionaries must pass the seed golden test");
    List<Edit> gold = full.edits();
    assertEquals(37, gold.size(), "the seed's 37 entity and term errors");

    Corrector stripped = Corrector.builder().addAll(canonicalOnly()).build();
    String corrected = CorrectionAssert.valid(stripped.correct(input)).corrected();
    List<TextEdit> changes = EditDiff.between(input, corrected);

    // A reference edit is fixed when the changes inside its span rewrite it to its target
    // exactly, however the diff cuts them; a change outside every reference span is "other".
    Set<TextEdit> explained = new HashSet<>();
    StringBuilder table = new StringBuilder("canonical-only seed run:\n");
    int fixed = 0;
    for (Edit g : gold) {
      int start = g.span().start();
      int end = g.span().end();
      List<TextEdit> inside = changes.stream()
          .filter(c -> c.start() < end && c.end() > start || c.start() == c.end() && c.start() >= start
              && c.start() <= end)
          .toList();
      explained.addAll(inside);
      boolean ok = !inside.isEmpty() && apply(input, start, end, inside).equals(g.to());
      fixed += ok ? 1 : 0;
      table.append(ok ? "  fixed  " : inside.isEmpty() ? "  missed " : "  WRONG  ")
          .append('"').append(g.from()).append("\" -> \"").append(g.to()).append('"')
          .append(ok || inside.isEmpty() ? "" : "  got " + inside).append('\n');
    }
    int other = 0;
    for (TextEdit c : changes) {
      if (!explained.contains(c)) {
        other++;
        table.append("  OTHER  ").append(c).append('\n');
      }
    }
    table.append("fixed ").append(fixed).append(" of ").append(gold.size())
        .append(", other changes ").append(other);
    System.out.println(table);

    assertTrue(fixed >= FIXED_FLOOR, table::toString);
    assertTrue(other <= OTHER_CEILING, table::toString);
  }

  /** The text of {@code [start, end)} with the changes applied; empty if one reaches outside it. */
  private static String apply(String text, int start, int end, List<TextEdit> changes) {
    StringBuilder out = new StringBuilder();
    int at = start;
    for (TextEdit c : changes) {
      if (c.start() < start || c.end() > end) {
        return "";
      }
      out.append(text, at, c.start()).append(c.to());
      at = c.end();
    }
    return out.append(text, at, end).toString();
  }
}
