package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code canon serve} usage errors exit 2 with one line saying what to fix. (The running service
 * is tested over HTTP in the server module.)
 */
class ServeCommandTest {

  @Test
  void serve_badOptions_exitTwo() {
    CliRun port = CliRun.run("", "serve", "--port", "70000");
    assertEquals(2, port.exit());
    assertTrue(port.err().contains("--port must be in 0..65535"), port.err());
    assertEquals(2, CliRun.run("", "serve", "--threads", "0").exit());
  }

  @Test
  void serve_missingOrBrokenDictionary_exitTwo(@TempDir Path dir) throws IOException {
    CliRun missing = CliRun.run("", "serve", "--port", "0", "--no-default-dict", "--dict", dir.resolve("nope.yaml").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("no such file or folder"), missing.err());
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "name: broken\nversion: 1\nentities:\n  - {canonical: A, bogus: 1}\n");
    CliRun bad = CliRun.run("", "serve", "--port", "0", "--no-default-dict", "--dict", broken.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("broken.yaml:4:"), bad.err());
  }

  @Test
  void serve_portInUse_exitTwo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.run("", "serve", "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(2, run.exit(), run.err());
      assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
    }
  }
}
