package dev.canon.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.canon.Corrector;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.formats.json.StreamAnswerJson;
import dev.canon.stream.StreamSession;
import dev.canon.stream.StreamingCorrector;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /v1/stream} over a real WebSocket on loopback (the JDK's client). */
class StreamSocketTest {

  @TempDir static Path folder;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(folder);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Whatever a test did, the server still answers, over HTTP and on a new socket. */
  @AfterEach
  void stillHealthy() throws Exception {
    assertEquals(200, server.get("healthz").statusCode());
    try (Socket s = new Socket(server)) {
      assertEquals("CodeFuse", s.ask("{\"text\":\"CodeFus\",\"final\":true}").get("corrected").asText());
    }
  }

  @Test
  void partialsThenFinal_nameSplitAcrossPartials_finalIsTheBatchCorrectionAllStable() throws Exception {
    try (Socket s = new Socket(server)) {
      JsonNode first = s.ask("{\"stream\":\"room-1\",\"text\":\"阿里云的同意\",\"final\":false}");
      assertEquals("room-1", first.get("stream").asText());
      assertEquals("阿里云的同意", first.get("corrected").asText());
      assertFalse(first.get("final").asBoolean());
      JsonNode last = s.ask("{\"stream\":\"room-1\",\"text\":\"阿里云的同意0码上线\",\"final\":true}");
      String corrected = last.get("corrected").asText();
      assertEquals("阿里云的通义灵码上线", corrected);
      assertTrue(last.get("final").asBoolean());
      assertEquals(corrected.codePointCount(0, corrected.length()), last.get("stable").asInt());
      assertEquals("通义灵码", last.get("entities").get(0).get("canonical").asText());
      JsonNode batch = TestServer.json(server.postJson("v1/correct", "{\"text\":\"阿里云的同意0码上线\"}"));
      assertEquals(batch.get("corrected"), last.get("corrected"));
      assertEquals(batch.get("edits"), last.get("edits"));
    }
  }

  @Test
  void interleavedStreams_eachAnsweredAsTheCliWouldAnswerIt() throws Exception {
    List<String> in = List.of(
        "{\"stream\":\"a\",\"text\":\"阿里云的同意\",\"final\":false}",
        "{\"stream\":7,\"text\":\"The CodeFus\"}",
        "{\"stream\":\"a\",\"text\":\"阿里云的同意0码上线\",\"final\":false}",
        "{\"stream\":7,\"text\":\"The CodeFus team ships\",\"final\":true}",
        "{\"stream\":\"a\",\"text\":\"阿里云的同意0码上线了\",\"final\":true}",
        "{\"stream\":7,\"text\":\"CodeFus again\",\"final\":true}");
    // The same messages answered locally, as PartialsRun does: one session per stream id.
    Corrector corrector = Corrector.builder()
        .addAll(DictionaryLoader.defaults().loadAll(server.dictionary)).build();
    StreamingCorrector streaming = StreamingCorrector.of(corrector);
    java.util.Map<String, StreamSession> local = new java.util.HashMap<>();
    try (Socket s = new Socket(server)) {
      for (String message : in) {
        StreamAnswerJson.Message m = StreamAnswerJson.read(message);
        StreamSession session = local.computeIfAbsent(m.key(), k -> streaming.open());
        String expected = StreamAnswerJson.write(m.stream(),
            m.isFinal() ? session.finalize(m.text()) : session.partial(m.text()));
        if (m.isFinal()) {
          local.remove(m.key());
        }
        assertEquals(expected, s.askRaw(message));
      }
    }
  }

  @Test
  void badMessages_errorAnswerAndTheConnectionStaysOpen() throws Exception {
    try (Socket s = new Socket(server)) {
      JsonNode notJson = s.ask("not json");
      assertTrue(notJson.get("stream").isNull());
      assertTrue(notJson.get("error").asText().startsWith("not JSON"), notJson.toString());
      JsonNode noText = s.ask("{\"stream\":1,\"text\":5}");
      assertEquals(1, noText.get("stream").asInt());
      assertTrue(noText.get("error").asText().contains("\"text\" must be a string"), noText.toString());
      assertTrue(s.ask("[1]").get("error").asText().contains("expected a JSON object"));
      assertTrue(s.ask("{\"text\":\"x\",\"final\":\"yes\"}").get("error").asText()
          .contains("\"final\" must be true or false"));
      assertEquals("通义灵码", s.ask("{\"stream\":1,\"text\":\"同意0码\",\"final\":true}").get("corrected").asText());
    }
    String metrics = server.get("metrics").body();
    assertTrue(metrics.contains("canon_stream_messages_total{result=\"error\"}"), metrics);
  }

  @Test
  void tooManyStreams_errorUntilOneEnds() throws Exception {
    try (Socket s = new Socket(server)) {
      for (int i = 0; i < StreamSocket.MAX_STREAMS; i++) {
        assertEquals("CodeFuse", s.ask("{\"stream\":" + i + ",\"text\":\"CodeFus\"}").get("corrected").asText());
      }
      JsonNode refused = s.ask("{\"stream\":\"one more\",\"text\":\"CodeFus\"}");
      assertEquals("one more", refused.get("stream").asText());
      assertTrue(refused.get("error").asText().contains("too many open streams"), refused.toString());
      // open streams still go on; ending one makes room
      assertTrue(s.ask("{\"stream\":3,\"text\":\"CodeFus team\",\"final\":true}").get("final").asBoolean());
      assertEquals("CodeFuse", s.ask("{\"stream\":\"one more\",\"text\":\"CodeFus\"}").get("corrected").asText());
    }
    // each connection has its own streams
    try (Socket s = new Socket(server)) {
      assertEquals("CodeFuse", s.ask("{\"stream\":\"one more\",\"text\":\"CodeFus\"}").get("corrected").asText());
    }
  }

  @Test
  void closedConnections_areCountedGone() throws Exception {
    try (Socket s = new Socket(server)) {
      s.ask("{\"stream\":1,\"text\":\"CodeFus\"}");
      assertTrue(server.get("metrics").body().contains("canon_stream_connections 1.0"));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String metrics = server.get("metrics").body();
    while (!metrics.contains("canon_stream_connections 0.0") && System.nanoTime() < deadline) {
      Thread.sleep(20); // the server sees the close frame asynchronously
      metrics = server.get("metrics").body();
    }
    assertTrue(metrics.contains("canon_stream_connections 0.0"), metrics);
  }

  @Test
  void reload_openStreamsKeepTheirCorrector_newStreamsTakeTheNewOne(@TempDir Path own) throws Exception {
    try (TestServer reloading = new TestServer(own); Socket s = new Socket(reloading)) {
      assertEquals("CodeFoo team", s.ask("{\"stream\":\"old\",\"text\":\"CodeFoo team\"}").get("corrected").asText());
      TestServer.write(reloading.dictionary, TestServer.resource("/dictionaries/review-test.yaml")
          .replace("aliases: [CodeFus]", "aliases: [CodeFus, CodeFoo]"));
      assertEquals(200, reloading.post("v1/dictionaries/reload", null, "").statusCode());
      assertEquals("CodeFuse team", s.ask("{\"stream\":\"new\",\"text\":\"CodeFoo team\"}").get("corrected").asText());
      assertEquals("CodeFoo team!",
          s.ask("{\"stream\":\"old\",\"text\":\"CodeFoo team!\",\"final\":true}").get("corrected").asText());
      // its next segment is a new session, with the new dictionary
      assertEquals("CodeFuse team",
          s.ask("{\"stream\":\"old\",\"text\":\"CodeFoo team\",\"final\":true}").get("corrected").asText());
    }
  }

  /** A WebSocket client that sends one message and waits for its answer. */
  static final class Socket implements AutoCloseable, WebSocket.Listener {
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final StringBuilder part = new StringBuilder();
    private final WebSocket socket;

    Socket(TestServer server) throws Exception {
      URI uri = URI.create("ws://127.0.0.1:" + server.server.port() + "/v1/stream");
      socket = TestServer.CLIENT.newWebSocketBuilder().buildAsync(uri, this).get(10, TimeUnit.SECONDS);
    }

    String askRaw(String message) throws Exception {
      socket.sendText(message, true).get(10, TimeUnit.SECONDS);
      String answer = answers.poll(30, TimeUnit.SECONDS);
      assertNotNull(answer, "no answer to " + message);
      return answer;
    }

    JsonNode ask(String message) throws Exception {
      return TestServer.json(askRaw(message));
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      part.append(data);
      if (last) {
        answers.add(part.toString());
        part.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void close() throws Exception {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
      assertTrue(answers.isEmpty(), "unasked answers: " + new ArrayList<>(answers));
    }
  }
}
