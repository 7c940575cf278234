package dev.canon.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full queue answers 503 + Retry-After; a stop lets requests in flight finish. */
class OverloadAndShutdownTest {

  @TempDir Path folder;

  /** Waits (bounded) until {@code /metrics} shows {@code n} requests waiting for a thread. */
  private static void awaitWaiting(TestServer server, int n) throws InterruptedException {
    String line = "canon_queue_waiting " + n + ".0";
    for (int i = 0; i < 600 && !server.get("metrics").body().contains(line); i++) {
      Thread.sleep(50);
    }
    String metrics = server.get("metrics").body();
    assertTrue(metrics.contains(line), "never saw " + line + " in\n" + metrics);
  }

  @Test
  void correct_whenTheQueueIsFull_is503WithRetryAfterAndTheServerRecovers() throws Exception {
    try (TestServer server = new TestServer(folder, ServerOptions.defaults().withThreads(1).withQueue(1))) {
      HeldStream running = new HeldStream(server.base);
      running.send("{\"id\": 1, \"text\": \"CodeFus\"}");
      assertEquals(200, running.status());
      assertTrue(running.next().contains("\"CodeFuse\""));
      HeldStream queued = new HeldStream(server.base);
      queued.send("{\"id\": 2, \"text\": \"同意0码\"}");
      awaitWaiting(server, 1);

      HttpResponse<String> refused = server.postJson("v1/correct", "{\"text\": \"CodeFus\"}");
      assertEquals(503, refused.statusCode());
      assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
      assertEquals("overloaded", TestServer.json(refused).get("error").asText());

      running.close();
      assertNull(running.next());
      assertTrue(queued.next().contains("\"通义灵码\""));
      queued.close();
      assertNull(queued.next());
      assertEquals(200, server.get("healthz").statusCode());
      assertEquals("CodeFuse", TestServer.json(server.postJson("v1/correct", "{\"text\": \"CodeFus\"}"))
          .get("corrected").asText());
    }
  }

  @Test
  void stop_finishesRequestsInFlightAndTakesNoNewOnes() throws Exception {
    TestServer server = new TestServer(folder);
    HeldStream inFlight = new HeldStream(server.base);
    inFlight.send("{\"id\": 1, \"text\": \"CodeFus\"}");
    assertTrue(inFlight.next().contains("\"CodeFuse\""));

    Thread stopper = new Thread(() -> server.server.stop(Duration.ofSeconds(60)));
    stopper.start();
    // Wait until the server is not ready any more: from then on no new request is taken.
    HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest ready = HttpRequest.newBuilder(server.base.resolve("readyz")).timeout(Duration.ofSeconds(2)).build();
    boolean refused = false;
    for (int i = 0; i < 600 && !refused; i++) {
      try {
        refused = fresh.send(ready, HttpResponse.BodyHandlers.ofString()).statusCode() == 503;
      } catch (IOException e) {
        refused = true; // not accepted: times out in the backlog
      }
      if (!refused) {
        Thread.sleep(50);
      }
    }
    assertTrue(refused, "the server still took new requests while stopping");
    assertTrue(stopper.isAlive(), "stop returned with a request in flight");

    inFlight.send("{\"id\": 2, \"text\": \"同意0码\"}");
    inFlight.close();
    JsonNode second = TestServer.json(inFlight.next());
    assertEquals("通义灵码", second.get("corrected").asText());
    assertNull(inFlight.next());
    stopper.join(60_000);
    assertTrue(!stopper.isAlive());
  }
}
