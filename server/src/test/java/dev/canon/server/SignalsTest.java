package dev.canon.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** In a child JVM: SIGHUP reloads the dictionaries; SIGTERM finishes the request in flight, exits 0. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SignalsTest {

  @TempDir Path folder;

  @Test
  void signals_hupReloads_termStopsGracefullyWithExit0() throws Exception {
    Path dictionary = folder.resolve("review-test.yaml");
    String original = TestServer.resource("/dictionaries/review-test.yaml");
    TestServer.write(dictionary, original);
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ServeMain.class.getName(), dictionary.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertTrue(line != null && line.startsWith("port "), "child said " + line);
      URI base = URI.create("http://127.0.0.1:" + line.substring(5) + "/");
      String before = fingerprint(base);

      TestServer.write(dictionary, original.replace("aliases: [CodeFus]", "aliases: [CodeFus, Kodefuse]"));
      new ProcessBuilder("kill", "-HUP", Long.toString(child.pid())).start().waitFor();
      String after = before;
      for (int i = 0; i < 400 && after.equals(before); i++) {
        Thread.sleep(25);
        after = fingerprint(base);
      }
      assertNotEquals(before, after, "SIGHUP did not reload");

      HeldStream inFlight = new HeldStream(base);
      inFlight.send("{\"id\": 1, \"text\": \"Kodefuse\"}");
      assertTrue(inFlight.next().contains("\"CodeFuse\""));
      child.destroy(); // SIGTERM
      assertTrue(!child.waitFor(300, TimeUnit.MILLISECONDS), "exited with a request in flight");
      inFlight.send("{\"id\": 2, \"text\": \"CodeFus\"}");
      inFlight.close();
      assertTrue(inFlight.next().contains("\"CodeFuse\""));
      assertNull(inFlight.next());
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, child.exitValue());
    } finally {
      child.destroyForcibly();
    }
  }

  private static String fingerprint(URI base) {
    var r = TestServer.send(java.net.http.HttpRequest.newBuilder(base.resolve("v1/dictionaries")).build());
    return TestServer.json(r).get("dictionaries").get(0).get("fingerprint").asText();
  }
}
