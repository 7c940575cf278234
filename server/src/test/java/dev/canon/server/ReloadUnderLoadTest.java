package dev.canon.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads alternate two dictionary versions while clients correct: every answer (a batch and a
 * JSON Lines stream included) must come whole from one version, the one its fingerprint names.
 */
class ReloadUnderLoadTest {

  private static final int CLIENTS = 4;
  private static final int MIN_REQUESTS = 40;
  private static final int RELOADS = 8;

  @TempDir Path folder;

  @Test
  void reload_underLoad_everyAnswerComesWholeFromOneVersion() throws Exception {
    String a = TestServer.resource("/dictionaries/review-test.yaml");
    String b = a.replace("canonical: CodeFuse\n", "canonical: CodeFuse Pro\n");
    Map<String, String> expected = Map.of(sha256(a), "CodeFuse", sha256(b), "CodeFuse Pro");
    Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    List<String> problems = new ArrayList<>();
    AtomicBoolean reloading = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger sent = new AtomicInteger();

    try (TestServer server = new TestServer(folder)) {
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        running.add(clients.submit(() -> {
          for (int i = 0; i < MIN_REQUESTS || reloading.get(); i++) {
            sent.incrementAndGet();
            List<JsonNode> answers = ask(server, (client + i) % 3);
            answered.incrementAndGet();
            String fingerprint = null;
            for (JsonNode r : answers) {
              String f = r.get("dictionaries").get(0).get("fingerprint").asText();
              String want = expected.get(f);
              String got = r.get("corrected").asText();
              if (want == null || !got.equals(want + " ships") || (fingerprint != null && !fingerprint.equals(f))) {
                synchronized (problems) {
                  problems.add("fingerprint " + f + " answered " + got);
                }
              }
              fingerprint = f;
              seen.computeIfAbsent(f, k -> new AtomicInteger()).incrementAndGet();
            }
          }
          return null;
        }));
      }
      // Each reload waits (bounded) until a client has been answered by the new version.
      for (int r = 0; r < RELOADS; r++) {
        String next = r % 2 == 0 ? b : a;
        TestServer.write(server.dictionary, next);
        assertEquals(200, server.post("v1/dictionaries/reload", null, "").statusCode());
        AtomicInteger counter = seen.computeIfAbsent(sha256(next), k -> new AtomicInteger());
        int before = counter.get();
        for (int wait = 0; wait < 400 && counter.get() == before; wait++) {
          Thread.sleep(25);
        }
      }
      reloading.set(false);
      for (Future<?> f : running) {
        f.get();
      }
      clients.shutdown();
    }
    assertEquals(List.of(), problems);
    assertEquals(sent.get(), answered.get(), "lost answers");
    assertTrue(seen.get(sha256(a)).get() > 0 && seen.get(sha256(b)).get() > 0, "both versions served: " + seen);
  }

  /** One request of kind 0 (single), 1 (batch of 5) or 2 (JSON Lines, 3 lines); its results. */
  private static List<JsonNode> ask(TestServer server, int kind) {
    List<JsonNode> out = new ArrayList<>();
    if (kind == 0) {
      out.add(TestServer.json(ok(server.postJson("v1/correct", "{\"text\": \"CodeFus ships\"}"))));
    } else if (kind == 1) {
      String texts = String.join(",", java.util.Collections.nCopies(5, "\"CodeFus ships\""));
      TestServer.json(ok(server.postJson("v1/correct", "{\"texts\": [" + texts + "]}")))
          .get("results").forEach(out::add);
    } else {
      String lines = "{\"id\":1,\"text\":\"CodeFus ships\"}\n".repeat(3);
      for (String line : ok(server.post("v1/correct", "application/x-ndjson", lines)).body().split("\n")) {
        out.add(TestServer.json(line));
      }
      // a stream uses one corrector from its start to its end
      assertEquals(3, out.size());
    }
    return out;
  }

  private static HttpResponse<String> ok(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return r;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
