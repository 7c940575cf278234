package dev.canon.spark;

import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.DictionaryException;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.dictionary.Location;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The dictionaries a Spark job corrects with, as bytes: what the driver read from its files, so
 * executors that cannot see those files still build the same corrector. Immutable and
 * thread-safe; {@link Serializable} so it can travel in a broadcast.
 *
 * <p>The bundled dictionaries (from {@code canon-dictionaries}) are not copied: executors load
 * them from their own classpath, which carries the same jar.
 */
public final class DictionarySet implements Serializable {

  private static final long serialVersionUID = 1L;

  private final boolean bundled;
  private final List<String> names;
  private final List<byte[]> contents;
  private final String fingerprint;

  private DictionarySet(boolean bundled, List<String> names, List<byte[]> contents) {
    this.bundled = bundled;
    this.names = List.copyOf(names);
    this.contents = contents.stream().map(byte[]::clone).toList();
    this.fingerprint = fingerprint(bundled, this.names, this.contents);
  }

  /** Only the bundled dictionaries. */
  public static DictionarySet bundled() {
    return new DictionarySet(true, List.of(), List.of());
  }

  /**
   * Reads YAML files, or every {@code .yaml}/{@code .yml} file of a folder in name order (as
   * {@link DictionaryLoader#loadAll} does), on the calling machine.
   *
   * @param bundled whether the bundled dictionaries come first
   * @param filesOrFolders files or folders, in priority order (earlier wins ties)
   * @throws DictionaryException when a file cannot be read or a folder holds no YAML file
   */
  public static DictionarySet read(boolean bundled, List<Path> filesOrFolders) {
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    for (Path given : filesOrFolders) {
      for (Path file : expand(given)) {
        names.add(file.getFileName().toString());
        contents.add(readBytes(file));
      }
    }
    return new DictionarySet(bundled, names, contents);
  }

  /**
   * Dictionaries already in memory.
   *
   * @param names source names used in messages (usually file names), one per content
   * @param contents the YAML bytes, UTF-8
   */
  public static DictionarySet of(boolean bundled, List<String> names, List<byte[]> contents) {
    if (names.size() != contents.size()) {
      throw new IllegalArgumentException(
          "one name per content; got " + names.size() + " names and " + contents.size() + " contents");
    }
    return new DictionarySet(bundled, names, contents);
  }

  /**
   * SHA-256 (hex) of everything that decides the corrector: the bundled flag, then each name and
   * content in order. Two sets with the same fingerprint build equal correctors.
   */
  public String fingerprint() {
    return fingerprint;
  }

  /** Whether the bundled dictionaries come first. */
  public boolean includesBundled() {
    return bundled;
  }

  /** Source names of the extra dictionaries, in priority order. */
  public List<String> names() {
    return names;
  }

  /**
   * Loads the dictionaries and builds a corrector: the bundled ones first, then the extra ones.
   * Costly (parsing, indexes); call through {@link Correctors#forSet} to do it once per JVM.
   *
   * @throws DictionaryException when a dictionary does not load or two conflict
   */
  public Corrector build() {
    Corrector.Builder builder = Corrector.builder();
    if (bundled) {
      builder.addAll(BundledDictionaries.load());
    }
    for (int i = 0; i < names.size(); i++) {
      builder.add(DictionaryLoader.defaults().load(names.get(i), contents.get(i)));
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return "DictionarySet[bundled=" + bundled + ", names=" + names + ", fingerprint=" + fingerprint + "]";
  }

  private static List<Path> expand(Path given) {
    Objects.requireNonNull(given, "filesOrFolders element");
    return DictionaryLoader.yamlFiles(given);
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DictionaryException(
          Location.inCode(file.toString()), "cannot read the file: " + e.getMessage(), e);
    }
  }

  private static String fingerprint(boolean bundled, List<String> names, List<byte[]> contents) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((byte) (bundled ? 1 : 0));
      for (int i = 0; i < names.size(); i++) {
        // Lengths first, so ("ab", "c") and ("a", "bc") never hash alike.
        byte[] name = names.get(i).getBytes(StandardCharsets.UTF_8);
        digest.update(lengthBytes(name.length));
        digest.update(name);
        digest.update(lengthBytes(contents.get(i).length));
        digest.update(contents.get(i));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static byte[] lengthBytes(int length) {
    return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
  }
}
