package dev.canon.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.dictionary.DictionaryException;
import dev.canon.dictionary.DictionaryLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of broken dictionaries under {@code broken/}: each file must fail to load with
 * exactly the message that {@code broken/expected.tsv} gives for it (file, line, column, what to
 * fix). A message change is a deliberate edit of that table.
 */
class BrokenDictionaryTest {

  private static final String FOLDER = "broken/";

  static Stream<Arguments> catalogue() {
    return expected().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void load_brokenFile_failsWithExactMessage(String file, String message) throws IOException {
    byte[] bytes = read(FOLDER + file);
    DictionaryException e =
        assertThrows(DictionaryException.class, () -> DictionaryLoader.defaults().load(file, bytes));
    assertEquals(message, e.getMessage());
    assertTrue(e.location().line() > 0, () -> "no line in: " + e.getMessage());
    assertTrue(e.location().column() > 0, () -> "no column in: " + e.getMessage());
  }

  @Test
  void catalogue_coversEveryFileOfTheFolder() throws IOException, URISyntaxException {
    Path folder = Path.of(BrokenDictionaryTest.class.getClassLoader().getResource(FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<String> yaml = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
      assertEquals(yaml, expected().keySet().stream().sorted().toList());
      assertTrue(yaml.size() >= 20, "the catalogue must hold at least 20 broken dictionaries");
    }
  }

  @Test
  void load_fileOverTheSizeLimit_failsBeforeParsing() {
    StringBuilder yaml = new StringBuilder("name: huge\nversion: 1\nentities:\n");
    for (int i = 0; yaml.length() < 2_000_000; i++) {
      yaml.append("  - canonical: Entity").append(i).append("\n    aliases: [Entity ").append(i).append("]\n");
    }
    byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> DictionaryLoader.withLimits(1_000_000, 32, 50).load("huge.yaml", bytes));
    assertEquals("huge.yaml: the file has " + yaml.length() + " code points, more than the limit of 1000000;"
        + " split it into several dictionaries or raise the limit with DictionaryLoader.withLimits", e.getMessage());
  }

  @Test
  void load_largeValidFile_loadsUnderDefaultLimits() {
    StringBuilder yaml = new StringBuilder("name: large\nversion: 1\nentities:\n");
    for (int i = 0; i < 20_000; i++) {
      yaml.append("  - canonical: Entity").append(i).append("\n    aliases: [Entity ").append(i).append(" x]\n");
    }
    var d = DictionaryLoader.defaults().load("large.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(20_000, d.entities().size());
    assertEquals(List.of("Entity 19999 x"), d.entities().get(19_999).aliases());
  }

  private static Map<String, String> expected() {
    String table = new String(read(FOLDER + "expected.tsv"), StandardCharsets.UTF_8);
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : table.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      assertTrue(tab > 0, () -> "expected.tsv line without a tab: " + line);
      rows.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return rows;
  }

  private static byte[] read(String resource) {
    try (InputStream in = BrokenDictionaryTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
