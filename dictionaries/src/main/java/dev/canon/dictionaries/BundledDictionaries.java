package dev.canon.dictionaries;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The dictionaries bundled in this jar, under {@code canon/dictionaries/} on the classpath, listed
 * in {@code canon/dictionaries/index.txt}. Thread-safe; each call loads afresh.
 */
public final class BundledDictionaries {

  /** Classpath folder of the bundled files. */
  public static final String FOLDER = "canon/dictionaries/";

  private BundledDictionaries() {}

  /** File names of the bundled dictionaries, in load order. */
  public static List<String> names() {
    ClassLoader loader = BundledDictionaries.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(FOLDER + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("canon-dictionaries is missing " + FOLDER + "index.txt");
      }
      List<String> names = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.trim());
        }
      }
      return List.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads every bundled dictionary, in load order. */
  public static List<Dictionary> load() {
    ClassLoader loader = BundledDictionaries.class.getClassLoader();
    List<Dictionary> out = new ArrayList<>();
    for (String name : names()) {
      out.add(DictionaryLoader.defaults().loadResource(FOLDER + name, loader));
    }
    return List.copyOf(out);
  }
}
