package dev.canon.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback: a fixed number of requests from a few client threads against
 * the bundled dictionary; every answer must come back, for its own request (no lost or mixed
 * answers). Throughput and p50/p99 latency go to {@code server/target/load-test.txt}; they are
 * recorded, not asserted (the machine running the build decides them).
 */
class LoadTest {

  private static final int CLIENTS = 4;
  private static final int REQUESTS = 2000;

  @Test
  void correct_fixedLoad_noLostOrMixedAnswers() throws Exception {
    CanonServer server = CanonServer.start(ServerOptions.defaults().withHost("127.0.0.1").withPort(0));
    try {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/correct");
      send(uri, 0); // warm up the first request's lazy work
      long[] nanos = new long[REQUESTS];
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<Integer>> wrong = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        wrong.add(clients.submit(() -> {
          int bad = 0;
          for (int i = client; i < REQUESTS; i += CLIENTS) {
            long t = System.nanoTime();
            bad += send(uri, i) ? 0 : 1;
            nanos[i] = System.nanoTime() - t;
          }
          return bad;
        }));
      }
      int bad = 0;
      for (Future<Integer> f : wrong) {
        bad += f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      clients.shutdown();
      assertEquals(0, bad, "lost or mixed answers");
      Arrays.sort(nanos);
      String report = String.format(Locale.ROOT,
          "load test: %d requests, %d client threads, %d work threads, %d cores: %.0f requests/s,"
              + " p50 %.2f ms, p99 %.2f ms, 0 lost or mixed%n",
          REQUESTS, CLIENTS, server.options().threads(), Runtime.getRuntime().availableProcessors(),
          REQUESTS / seconds, nanos[REQUESTS / 2] / 1e6, nanos[REQUESTS * 99 / 100] / 1e6);
      System.out.print(report);
      Files.writeString(Path.of("target", "load-test.txt"), report);
    } finally {
      server.stop(Duration.ofSeconds(5));
    }
  }

  /** One request whose text carries its number; true when its answer is its own, corrected. */
  private static boolean send(URI uri, int i) {
    String body = "{\"id\": " + i + ", \"text\": \"第" + i + "期：阿里云的同意0码和CodeFus\"}";
    HttpResponse<String> r = TestServer.send(HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    if (r.statusCode() != 200) {
      return false;
    }
    JsonNode j = TestServer.json(r);
    return j.get("id").asInt() == i
        && j.get("corrected").asText().equals("第" + i + "期：阿里云的通义灵码和CodeFuse");
  }
}
