package dev.canon.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.dictionary.DictionaryException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What decides whether two executors share a corrector: the set's contents, in order. */
class DictionarySetTest {

  private static final byte[] A = yaml("a", "Alpha", "Alfa");
  private static final byte[] B = yaml("b", "Beta", "Betta");

  @TempDir Path dir;

  @Test
  void read_folder_takesYamlFilesInNameOrder() throws IOException {
    Files.write(dir.resolve("b.yml"), B);
    Files.write(dir.resolve("a.yaml"), A);
    Files.writeString(dir.resolve("notes.txt"), "not a dictionary");

    DictionarySet set = DictionarySet.read(false, List.of(dir));

    assertEquals(List.of("a.yaml", "b.yml"), set.names());
    assertEquals(DictionarySet.of(false, List.of("a.yaml", "b.yml"), List.of(A, B)).fingerprint(), set.fingerprint());
  }

  @Test
  void read_folderWithoutYaml_failsNamingIt() {
    DictionaryException e =
        assertThrows(DictionaryException.class, () -> DictionarySet.read(true, List.of(dir)));

    assertTrue(e.getMessage().contains("holds no .yaml or .yml file"), e.getMessage());
  }

  @Test
  void fingerprint_changesWithContentOrderNamesAndBundledFlag() {
    String base = DictionarySet.of(false, List.of("a.yaml", "b.yaml"), List.of(A, B)).fingerprint();

    assertEquals(base, DictionarySet.of(false, List.of("a.yaml", "b.yaml"), List.of(A.clone(), B)).fingerprint());
    assertNotEquals(base, DictionarySet.of(false, List.of("b.yaml", "a.yaml"), List.of(B, A)).fingerprint());
    assertNotEquals(base, DictionarySet.of(true, List.of("a.yaml", "b.yaml"), List.of(A, B)).fingerprint());
    assertNotEquals(base, DictionarySet.of(false, List.of("a.yaml", "c.yaml"), List.of(A, B)).fingerprint());
    assertNotEquals(base, DictionarySet.of(false, List.of("a.yaml", "b.yaml"), List.of(A, A)).fingerprint());
  }

  @Test
  void serialize_roundTrip_buildsTheSameCorrector() throws Exception {
    DictionarySet set = DictionarySet.of(false, List.of("a.yaml"), List.of(A));

    DictionarySet back = roundTrip(set);

    assertEquals(set.fingerprint(), back.fingerprint());
    assertEquals("I met Alpha", back.build().correct("I met Alfa").corrected());
    assertEquals(set.build().correct("I met Alfa").corrected(), back.build().correct("I met Alfa").corrected());
  }

  private static DictionarySet roundTrip(DictionarySet set) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(set);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (DictionarySet) in.readObject();
    }
  }

  private static byte[] yaml(String name, String canonical, String alias) {
    return ("name: " + name + "\nversion: 1\nentities:\n  - canonical: " + canonical
            + "\n    aliases: [" + alias + "]\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
