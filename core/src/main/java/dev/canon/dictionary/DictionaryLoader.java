package dev.canon.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
 * Loads YAML dictionaries (format in {@code docs/DICTIONARY.md}). Immutable and thread-safe.
 *
 * <p>Every problem in a file is a {@link DictionaryException} naming the file, line, column and
 * what to fix. Files are read as strict UTF-8.
 */
public final class DictionaryLoader {

  private static final DictionaryLoader DEFAULTS = new DictionaryLoader(YamlReader.Limits.DEFAULT);

  private final YamlReader.Limits limits;

  private DictionaryLoader(YamlReader.Limits limits) {
    this.limits = limits;
  }

  /** A loader with the default limits: 64 Mi code points, nesting 32, 50 YAML aliases. */
  public static DictionaryLoader defaults() {
    return DEFAULTS;
  }

  /**
   * A loader with other limits.
   *
   * @param maxCodePoints largest file, in code points, {@code > 0}
   * @param maxNesting deepest nesting of maps and lists, {@code > 0}
   * @param maxYamlAliases most YAML alias references ({@code *name}), {@code >= 0}
   */
  public static DictionaryLoader withLimits(int maxCodePoints, int maxNesting, int maxYamlAliases) {
    if (maxCodePoints <= 0 || maxNesting <= 0 || maxYamlAliases < 0) {
      throw new IllegalArgumentException(
          "limits must be positive; got maxCodePoints=" + maxCodePoints + ", maxNesting="
              + maxNesting + ", maxYamlAliases=" + maxYamlAliases);
    }
    return new DictionaryLoader(new YamlReader.Limits(maxCodePoints, maxNesting, maxYamlAliases));
  }

  /** Loads one YAML file; the source name in messages is the path as given ({@code dicts/mine.yaml}). */
  public Dictionary load(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DictionaryException(
          Location.inCode(file.toString()), "cannot read the file: " + e.getMessage(), e);
    }
    return load(file.toString(), bytes);
  }

  /**
   * Loads a file, or every {@code .yaml}/{@code .yml} file of a folder (not its subfolders), in
   * name order.
   *
   * @throws DictionaryException listing the problems of every file that does not load, each
   *     named by its path
   */
  public List<Dictionary> loadAll(Path fileOrFolder) {
    Objects.requireNonNull(fileOrFolder, "fileOrFolder");
    List<Dictionary> out = new ArrayList<>();
    List<DictionaryException> problems = new ArrayList<>();
    for (Path p : yamlFiles(fileOrFolder)) {
      try {
        out.add(load(p));
      } catch (DictionaryException e) {
        problems.add(e);
      }
    }
    if (!problems.isEmpty()) {
      throw DictionaryException.of(problems);
    }
    return out;
  }

  /**
   * The dictionary files a path names: the file itself, or every {@code .yaml}/{@code .yml} file
   * of a folder (not its subfolders) in name order.
   *
   * @throws DictionaryException when a folder holds no such file
   */
  public static List<Path> yamlFiles(Path fileOrFolder) {
    if (!Files.isDirectory(fileOrFolder)) {
      return List.of(fileOrFolder);
    }
    try (Stream<Path> files = Files.list(fileOrFolder)) {
      List<Path> yaml =
          files
              .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
      if (yaml.isEmpty()) {
        throw new DictionaryException(
            Location.inCode(fileOrFolder.toString()), "the folder holds no .yaml or .yml file");
      }
      return yaml;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a dictionary from a classpath resource, e.g. {@code canon/dictionaries/ai-news.yaml}. */
  public Dictionary loadResource(String resource, ClassLoader loader) {
    Objects.requireNonNull(resource, "resource");
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DictionaryException(Location.inCode(resource), "no such classpath resource");
      }
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return load(name, in.readAllBytes());
    } catch (IOException e) {
      throw new DictionaryException(Location.inCode(resource), "cannot read: " + e.getMessage(), e);
    }
  }

  /** Loads a dictionary from bytes; {@code source} names it in messages. */
  public Dictionary load(String source, byte[] bytes) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bytes, "bytes");
    String text = decodeUtf8(source, bytes);
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints > limits.maxCodePoints()) {
      throw new DictionaryException(Location.inCode(source), "the file has " + codePoints
          + " code points, more than the limit of " + limits.maxCodePoints()
          + "; split it into several dictionaries or raise the limit with DictionaryLoader.withLimits");
    }
    YamlNode root;
    try (StringReader reader = new StringReader(text)) {
      root = new YamlReader(limits).read(reader, source);
    } catch (DictionaryException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw YamlErrors.describe(source, e);
    }
    return new DictionaryParser(source, sha256(bytes)).parse(root);
  }

  /** Strict UTF-8, so a Latin-1 or GBK file fails here, at the first bad byte, not as mojibake. */
  private static String decodeUtf8(String source, byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    if (!result.isError()) {
      return out.flip().toString();
    }
    int bad = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    int column = before.codePointCount(0, before.length()) + 1;
    throw new DictionaryException(new Location(source, line, column), String.format(
        "byte 0x%02X is not valid UTF-8; save the file as UTF-8", bytes[bad] & 0xFF));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
