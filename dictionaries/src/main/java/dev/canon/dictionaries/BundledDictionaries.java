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

  /**
   * Loads every bundled dictionary, in load order. Each one's source (in messages and
   * {@link Dictionary#source()}) is {@link #label}, e.g. {@code bundled ai-news.yaml (inside
   * canon-dictionaries)}, so that a clash names a file the user can find.
   */
  public static List<Dictionary> load() {
    ClassLoader loader = BundledDictionaries.class.getClassLoader();
    List<Dictionary> out = new ArrayList<>();
    for (String name : names()) {
      try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
        if (in == null) {
          throw new IllegalStateException("canon-dictionaries lists " + name + " but holds no " + FOLDER + name);
        }
        out.add(DictionaryLoader.defaults().load(label(name), in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(out);
  }

  /** How a bundled file is named in messages: {@code bundled ai-news.yaml (inside canon-dictionaries)}. */
  public static String label(String fileName) {
    return "bundled " + fileName + LABEL_END;
  }

  /** Whether {@code source} (a {@link Dictionary#source()} or location source) is a bundled file. */
  public static boolean isBundled(String source) {
    return source.startsWith("bundled ") && source.endsWith(LABEL_END);
  }

  private static final String LABEL_END = " (inside canon-dictionaries)";
}
