package dev.canon.formats;

import dev.canon.Corrector;
import dev.canon.dictionary.DictionaryLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Correctors for the tests: the small test dictionary, and one with no dictionary at all. */
final class TestDictionaries {

  static final Corrector EMPTY = Corrector.builder().build();
  static final Corrector TEST = Corrector.builder()
      .add(DictionaryLoader.defaults().load("formats-test.yaml", resource("/dictionaries/formats-test.yaml")))
      .build();

  private TestDictionaries() {}

  static byte[] resource(String name) {
    try (InputStream in = TestDictionaries.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
