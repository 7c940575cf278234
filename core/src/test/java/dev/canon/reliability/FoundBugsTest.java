package dev.canon.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.canon.CorrectionAssert;
import dev.canon.Corrector;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.phonetic.PinyinReader;
import dev.canon.result.Correction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One example for each engine bug the reliability properties found, so each stays fixed. */
class FoundBugsTest {

  @Test
  void correct_correctorWithoutEntities_returnsTheText() {
    // was: NullPointerException from hankcs' trie, which cannot report its size until built
    Correction c = CorrectionAssert.valid(Corrector.builder().build().correct("CodeFus"));
    assertEquals("CodeFus", c.corrected());
  }

  @Test
  void correct_textWithUFFFF_doesNotOverflowTheTrie() {
    // was: ArrayIndexOutOfBoundsException in AhoCorasickDoubleArrayTrie.transitionWithRoot
    Corrector c = Corrector.builder().add(Fixtures.dictionary("d", List.of(),
        List.of(Fixtures.entity("a", "a", List.of(), List.of(), true)), List.of())).build();
    assertEquals("a\uFFFF", CorrectionAssert.valid(c.correct("a\uFFFF")).corrected());
  }

  @Test
  void read_afterAnAstralHanCharacter_keepsSyllablesAligned() {
    // was: ["", "", "tong", "yi", "qian"]: HanLP gives one reading per char, it was indexed per code point
    assertArrayEquals(new String[] {"", "tong", "yi", "qian", "wen"}, PinyinReader.read("𠀀同意千问"));
    assertEquals("𠀀𠀀星火大模型好", Fixtures.mixedCorrector().correct("𠀀𠀀星火大摸型好").corrected());
  }

  @Test
  void correct_exactNameNextToAnotherEntitysContext_staysExact() {
    // was: rewritten to "Stablediffusian": its context-boosted fuzzy score reached 1 and won on id order
    String yaml = "name: t\nversion: 1\nentities:\n  - canonical: Stablediffusion\n"
        + "  - canonical: Stablediffusian\n    context: [画图]\n";
    Corrector c = Corrector.builder()
        .add(DictionaryLoader.defaults().load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8))).build();
    assertEquals("画图 Stablediffusion", CorrectionAssert.valid(c.correct("画图 Stablediffusion")).corrected());
  }

  @Test
  void load_yamlAnchorsAndAliases_areResolvedNotReadAsText() {
    // was: context [k] — Jackson hands an alias over as the text of its name
    String yaml = "name: t\nversion: 1\nkeep: &k [同意, API]\nentities:\n  - canonical: X\n    context: *k\n";
    var d = DictionaryLoader.defaults().load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("同意", "API"), d.entities().get(0).context());
  }
}
