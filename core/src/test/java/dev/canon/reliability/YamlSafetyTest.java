package dev.canon.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryException;
import dev.canon.dictionary.DictionaryLoader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * YAML loading builds plain data only (type tags never construct objects) and bounds file size,
 * nesting and aliases, configurable with {@link DictionaryLoader#withLimits}.
 */
class YamlSafetyTest {

  /** Set if YAML ever instantiates this class. */
  static volatile boolean constructed;

  /** A class a hostile tag names. */
  public static final class Gadget {
    public Gadget() {
      constructed = true;
    }

    public Gadget(String ignored) {
      constructed = true;
    }
  }

  private static Dictionary load(DictionaryLoader loader, String yaml) {
    return loader.load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void load_javaTypeTags_areReadAsPlainText() {
    String gadget = "!!" + Gadget.class.getName();
    Dictionary d = load(DictionaryLoader.defaults(), "name: t\nversion: 1\nentities:\n"
        + "  - canonical: " + gadget + " CodeFuse\n    aliases: [!!java.net.URL 'http://x.invalid/']\n"
        + "    type: !<tag:yaml.org,2002:java.lang.ProcessBuilder> calc\n");
    assertEquals("CodeFuse", d.entities().get(0).canonical());
    assertEquals("http://x.invalid/", d.entities().get(0).aliases().get(0));
    assertEquals("calc", d.entities().get(0).type());
    assertFalse(constructed, "a YAML tag constructed an object");
  }

  @Test
  void load_taggedMapping_isDataNotAnObject() {
    String yaml = "name: t\nversion: 1\nentities:\n  - !!" + Gadget.class.getName() + " {canonical: X}\n";
    assertEquals("X", load(DictionaryLoader.defaults(), yaml).entities().get(0).canonical());
    assertFalse(constructed, "a YAML tag constructed an object");
  }

  @Test
  void load_aliasBomb_isRefusedQuickly() {
    StringBuilder yaml = new StringBuilder("name: t\nversion: 1\nkeep: &a0 [x, x, x, x, x, x, x, x, x, x]\nentities:\n");
    for (int i = 1; i <= 30; i++) {
      yaml.append("  - canonical: E").append(i).append("\n    context: &a").append(i).append(" [")
          .append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
    }
    DictionaryException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(DictionaryException.class, () -> load(DictionaryLoader.defaults(), yaml.toString())));
    assertEquals("t.yaml:16:19: more than 50 YAML aliases (*name); write the values out instead", e.getMessage());
  }

  @Test
  void withLimits_noAliases_refusesTheFirst() {
    String yaml = "name: t\nversion: 1\nkeep: &k [a]\nentities:\n  - canonical: X\n    context: *k\n";
    DictionaryException e = assertThrows(DictionaryException.class, () -> load(DictionaryLoader.withLimits(1000, 8, 0), yaml));
    assertEquals("t.yaml:6:14: more than 0 YAML aliases (*name); write the values out instead", e.getMessage());
  }

  @Test
  void withLimits_shallowNesting_refusesDeeperFiles() {
    String yaml = "name: t\nversion: 1\nentities:\n  - canonical: X\n    aliases: [Y]\n";
    assertEquals("X", load(DictionaryLoader.withLimits(1000, 4, 0), yaml).entities().get(0).canonical());
    DictionaryException e = assertThrows(DictionaryException.class, () -> load(DictionaryLoader.withLimits(1000, 3, 0), yaml));
    assertEquals("t.yaml:5:14: maps and lists nest deeper than 3 levels; a dictionary needs at most 4", e.getMessage());
  }

  @Test
  void withLimits_nonPositive_isACallerMistake() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DictionaryLoader.withLimits(0, 1, 1));
    assertEquals("limits must be positive; got maxCodePoints=0, maxNesting=1, maxYamlAliases=1", e.getMessage());
  }

  @Test
  void load_byteOrderMark_isAccepted() {
    assertEquals("t", load(DictionaryLoader.defaults(), "\uFEFFname: t\nversion: 1\n").name());
  }
}
