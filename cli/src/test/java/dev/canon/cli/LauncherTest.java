package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/canon}, the launcher script, in a copy of the checkout layout whose
 * {@code cli/target/canon.jar} is a manifest-only jar pointing at the test class path.
 */
class LauncherTest {

  private static final Path SCRIPT = Path.of("..", "bin", "canon");

  private static Path checkout(Path dir, boolean withJar) throws IOException {
    Path root = Files.createDirectories(dir.resolve("checkout"));
    Files.createDirectories(root.resolve("bin"));
    Files.copy(SCRIPT, root.resolve("bin/canon"));
    if (withJar) {
      Files.createDirectories(root.resolve("cli/target"));
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
      List<String> urls = new ArrayList<>();
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      for (String entry : classPath.split(File.pathSeparator)) {
        urls.add(Path.of(entry).toUri().toString());
      }
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
      try (OutputStream out = Files.newOutputStream(root.resolve("cli/target/canon.jar"));
          JarOutputStream jar = new JarOutputStream(out, manifest)) {
        jar.flush();
      }
    }
    return root;
  }

  private static String[] run(Path script, String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = builder.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new String[] {String.valueOf(p.exitValue()), out, err};
  }

  @Test
  void launcher_fromAnyFolderAndThroughALink_runsTheJarNextToIt(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell");
    Path root = checkout(dir, true);
    Path dict = CanonProcess.smallDictionary(dir);
    String[] direct = run(root.resolve("bin/canon"), "CodeFus\n", "correct", "--quiet", "--no-default-dict",
        "--dict", dict.toString());
    assertEquals("0", direct[0], direct[2]);
    assertEquals("CodeFuse\n", direct[1]);
    Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("elsewhere")).resolve("canon"),
        root.resolve("bin/canon"));
    String[] linked = run(link, "同意0码\n", "correct", "--quiet", "--no-default-dict", "--dict", dict.toString());
    assertEquals("通义灵码\n", linked[1], linked[2]);
  }

  @Test
  void launcher_withoutTheJar_saysHowToBuildIt(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell");
    String[] run = run(checkout(dir, false).resolve("bin/canon"), "", "--version");
    assertEquals("2", run[0]);
    assertTrue(run[2].contains("mvn -B -q -pl cli -am package -DskipTests"), run[2]);
  }
}
