package dev.canon;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import java.nio.charset.StandardCharsets;

/** Builds dictionaries from YAML text for tests. */
public final class TestDictionaries {

  private TestDictionaries() {}

  public static Dictionary yaml(String name, String... lines) {
    String text = "name: " + name + "\nversion: 1\n" + String.join("\n", lines) + "\n";
    return DictionaryLoader.defaults().load(name + ".yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  public static Corrector corrector(String... lines) {
    return Corrector.builder().add(yaml("test", lines)).build();
  }
}
