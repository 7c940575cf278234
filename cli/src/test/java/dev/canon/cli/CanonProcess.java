package dev.canon.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the CLI as a real process (a JVM on the test class path), for tests of pipes and kills. */
final class CanonProcess {

  private CanonProcess() {}

  /** A command line that runs {@code canon ARGS...} in a new JVM. */
  static ProcessBuilder builder(String... args) {
    // surefire runs the tests from a manifest-only jar; the real class path is in this property
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** A small dictionary, so a new JVM starts in about a second. */
  static Path smallDictionary(Path dir) throws IOException {
    Path dict = dir.resolve("small.yaml");
    Files.writeString(dict, String.join("\n",
        "name: small",
        "version: 1",
        "entities:",
        "  - {canonical: CodeFuse, aliases: [CodeFus]}",
        "  - {canonical: 通义灵码, aliases: [同意0码]}",
        ""), StandardCharsets.UTF_8);
    return dict;
  }
}
