package dev.canon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.canon.CorrectionAssert;
import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.result.Correction;
import dev.canon.result.Mention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed transcript with the bundled dictionaries: every entity and term error of its
 * corrections list fixed, nothing else changed. Set {@code -Dcanon.golden.update=true} to rewrite
 * {@code mentions.tsv} after an intended change (then review the diff).
 */
class SeedGoldenTest {

  static final Path DIR = Path.of("golden", "seed");

  @Test
  void correct_seedTranscript_givesExpectedTextAndMentions() throws IOException {
    String input = Files.readString(DIR.resolve("input.txt"), StandardCharsets.UTF_8);
    String expected = Files.readString(DIR.resolve("expected.txt"), StandardCharsets.UTF_8);
    Corrector corrector = Corrector.builder().addAll(BundledDictionaries.load()).build();

    Correction c = CorrectionAssert.valid(corrector.correct(input));

    assertEquals(expected, c.corrected());
    assertEquals(37, c.edits().size(), "the 37 entity and term errors of the seed, nothing else");
    Golden.check(DIR.resolve("mentions.tsv"), mentionTable(c));
  }

  static String mentionTable(Correction c) {
    return c.mentions().stream()
        .map(SeedGoldenTest::row)
        .collect(Collectors.joining("\n", "start\tend\tsurface\tentity\tcanonical\tmethod\tchanged\n", "\n"));
  }

  private static String row(Mention m) {
    return m.span().start() + "\t" + m.span().end() + "\t" + m.surface() + "\t" + m.entityId() + "\t"
        + m.canonical() + "\t" + m.method().jsonName() + "\t" + m.changed();
  }
}
