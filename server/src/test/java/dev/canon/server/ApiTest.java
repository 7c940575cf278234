package dev.canon.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint and every error status, over real HTTP on loopback. */
class ApiTest {

  static final String TEXT = "The CodeFus team and the Mixtrel model from Antropic, 同意0码 too.";
  static final String SRT = "1\n00:00:01,000 --> 00:00:02,000\nThe CodeFus team and the Mixtrel\n\n"
      + "2\n00:00:02,000 --> 00:00:03,000\nmodel from Antropic.\n";

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

  /** Whatever a test did, the server still answers. */
  @AfterEach
  void stillHealthy() {
    assertEquals(200, server.get("healthz").statusCode());
    JsonNode ok = TestServer.json(server.postJson("v1/correct", "{\"text\": \"CodeFus\"}"));
    assertEquals("CodeFuse", ok.get("corrected").asText());
  }

  @Test
  void correct_oneText_returnsTheCliObjectWithCodePointOffsets() {
    HttpResponse<String> r = server.postJson("v1/correct", "{\"id\": \"a1\", \"text\": \"😀 \" }"
        .replace("\" }", TEXT + "\"}"));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode j = TestServer.json(r);
    assertEquals("a1", j.get("id").asText());
    assertEquals("😀 " + TEXT.replace("CodeFus ", "CodeFuse ").replace("同意0码", "通义灵码"),
        j.get("corrected").asText());
    JsonNode codefuse = j.get("entities").get(0);
    assertEquals("codefuse", codefuse.get("id").asText());
    assertEquals(6, codefuse.get("start").asInt()); // the emoji is one code point, two UTF-16 units
    assertEquals(13, codefuse.get("end").asInt());
    assertEquals(2, j.get("suggestions").size());
    assertEquals("Mixtrel", j.get("suggestions").get(0).get("text").asText());
    assertEquals("review-test", j.get("dictionaries").get(0).get("name").asText());
    assertFalse(j.has("explain"));
  }

  @Test
  void correct_explain_listsEveryCandidateWithItsReason() {
    JsonNode j = TestServer.json(server.postJson("v1/correct",
        "{\"text\": \"" + TEXT + "\", \"explain\": true}"));
    JsonNode mixtrel = null;
    for (JsonNode e : j.get("explain")) {
      if (e.get("text").asText().equals("Mixtrel")) {
        mixtrel = e;
      }
    }
    assertEquals("suggested", mixtrel.get("decision").asText());
    assertFalse(mixtrel.get("reason").asText().isBlank());
  }

  @Test
  void correct_texts_returnsResultsInOrder() {
    JsonNode j = TestServer.json(server.postJson("v1/correct", "{\"texts\": [\"CodeFus\", \"同意0码\", \"\"]}"));
    assertEquals(3, j.get("results").size());
    assertEquals("CodeFuse", j.get("results").get(0).get("corrected").asText());
    assertEquals("通义灵码", j.get("results").get(1).get("corrected").asText());
    assertEquals("", j.get("results").get(2).get("corrected").asText());
    assertEquals(1, j.get("results").get(1).get("id").asInt());
  }

  @Test
  void correct_curlDefaultContentType_isReadAsJson() {
    HttpResponse<String> r = server.post("v1/correct", "application/x-www-form-urlencoded",
        "{\"text\":\"阿里云的同意0码\"}");
    assertEquals("阿里云的通义灵码", TestServer.json(r).get("corrected").asText());
  }

  @Test
  void correct_ndjson_answersEachLineInOrderAndReportsBadLines() {
    HttpResponse<String> r = server.post("v1/correct", "application/x-ndjson",
        "{\"id\": 1, \"text\": \"CodeFus\"}\n{not json\n\n{\"id\": \"x\"}\n{\"id\": 3, \"text\": \"同意0码\"}");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
    String[] lines = r.body().split("\n");
    assertEquals(4, lines.length);
    assertEquals("CodeFuse", TestServer.json(lines[0]).get("corrected").asText());
    assertTrue(TestServer.json(lines[1]).get("error").asText().startsWith("line 2: bad JSON"));
    assertEquals("x", TestServer.json(lines[2]).get("id").asText());
    assertTrue(TestServer.json(lines[2]).get("error").asText().contains("missing \"text\""));
    assertEquals(3, TestServer.json(lines[3]).get("id").asInt());
    assertEquals("通义灵码", TestServer.json(lines[3]).get("corrected").asText());
  }

  @Test
  void correctFile_srt_returnsTheCorrectedFile() {
    HttpResponse<String> r = server.post("v1/correct/srt", "application/x-subrip", SRT);
    assertEquals(200, r.statusCode());
    assertEquals(SRT.replace("CodeFus ", "CodeFuse "), r.body());
  }

  @Test
  void correctFile_reportJson_givesTimedMentionsAndSuggestions() {
    JsonNode j = TestServer.json(server.post("v1/correct/srt?report=json&explain=true", "text/plain", SRT));
    assertEquals("The CodeFus team and the Mixtrel model from Antropic.", j.get("original").asText());
    assertEquals("srt", j.get("format").asText());
    assertEquals(SRT.replace("CodeFus ", "CodeFuse "), j.get("output").asText());
    assertEquals(1.0, j.get("timed").get(0).get("startTime").asDouble());
    assertEquals(2, j.get("suggestions").size());
    assertEquals("review-test", j.get("dictionaries").get(0).get("name").asText());
    assertTrue(j.get("explain").size() >= 3);
  }

  @Test
  void correctFile_vttAndWhisper_areCorrected() {
    String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nthe CodeFus team\n";
    assertEquals(vtt.replace("CodeFus", "CodeFuse"), server.post("v1/correct/vtt", "text/vtt", vtt).body());
    String whisper = "{\"text\": \" the CodeFus team\", \"segments\": [{\"start\": 0.0, \"end\": 2.0,"
        + " \"text\": \" the CodeFus team\"}]}";
    HttpResponse<String> r = server.post("v1/correct/whisper-json", "application/json", whisper);
    assertEquals(whisper.replace("CodeFus", "CodeFuse"), r.body());
  }

  @Test
  void review_text_appliesAcceptedSuggestionsAndUndoesRejectedCorrections() {
    String decisions = "[{\"start\": 25, \"end\": 32, \"entity\": \"mixtral\", \"decision\": \"accept\"},"
        + " {\"start\": 44, \"end\": 52, \"entity\": \"anthropic\", \"decision\": \"reject\"},"
        + " {\"start\": 4, \"end\": 11, \"entity\": \"codefuse\", \"decision\": \"reject\"},"
        + " {\"start\": 0, \"end\": 3, \"entity\": \"nobody\", \"decision\": \"accept\"}]";
    HttpResponse<String> r = server.postJson("v1/review/text",
        "{\"input\": \"" + TEXT + "\", \"decisions\": " + decisions + "}");
    assertEquals(200, r.statusCode());
    assertEquals(TEXT.replace("Mixtrel", "Mixtral").replace("同意0码", "通义灵码"), r.body());
  }

  @Test
  void review_srt_writesTheDecisionsIntoTheFile() {
    String decisions = "[{\"start\": 25, \"end\": 32, \"entity\": \"mixtral\", \"decision\": \"accept\"},"
        + " {\"start\": 4, \"end\": 11, \"entity\": \"codefuse\", \"decision\": \"reject\"}]";
    String body = "{\"input\": " + Bodies.JSON.getNodeFactory().textNode(SRT) + ", \"decisions\": " + decisions + "}";
    HttpResponse<String> r = server.postJson("v1/review/srt", body);
    assertEquals(200, r.statusCode());
    assertEquals(SRT.replace("Mixtrel", "Mixtral"), r.body());
  }

  @Test
  void review_vttAndWhisper_writeTheDecisionsIntoTheFile() {
    String decisions = "[{\"start\": 4, \"end\": 11, \"entity\": \"codefuse\", \"decision\": \"reject\"},"
        + " {\"start\": 25, \"end\": 32, \"entity\": \"mixtral\", \"decision\": \"accept\"}]";
    String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nThe CodeFus team and the Mixtrel model\n";
    assertEquals(vtt.replace("Mixtrel", "Mixtral"), server.postJson("v1/review/vtt",
        "{\"input\": " + Bodies.JSON.getNodeFactory().textNode(vtt) + ", \"decisions\": " + decisions + "}").body());
    String whisper = "{\"text\": \"The CodeFus team and the Mixtrel model\", \"segments\": [{\"start\": 0.0,"
        + " \"end\": 2.0, \"text\": \"The CodeFus team and the Mixtrel model\"}]}";
    assertEquals(whisper.replace("Mixtrel", "Mixtral"), server.postJson("v1/review/whisper-json",
        "{\"input\": " + Bodies.JSON.getNodeFactory().textNode(whisper) + ", \"decisions\": " + decisions + "}").body());
  }

  @Test
  void dictionaries_namesFingerprintsAndCounts() {
    JsonNode d = TestServer.json(server.get("v1/dictionaries")).get("dictionaries").get(0);
    assertEquals("review-test", d.get("name").asText());
    assertEquals(4, d.get("entities").asInt());
    assertEquals(64, d.get("fingerprint").asText().length());
  }

  @Test
  void reload_newVersionServesAndABrokenOneLeavesTheOldServing() {
    String original = TestServer.resource("/dictionaries/review-test.yaml");
    String before = TestServer.json(server.get("v1/dictionaries")).get("dictionaries").get(0)
        .get("fingerprint").asText();
    try {
      TestServer.write(server.dictionary, original.replace("aliases: [CodeFus]", "aliases: [CodeFus, Kodefuse]"));
      HttpResponse<String> ok = server.post("v1/dictionaries/reload", null, "");
      assertEquals(200, ok.statusCode());
      String after = TestServer.json(ok).get("dictionaries").get(0).get("fingerprint").asText();
      assertNotEquals(before, after);
      assertEquals("CodeFuse", TestServer.json(server.postJson("v1/correct", "{\"text\": \"Kodefuse\"}"))
          .get("corrected").asText());

      TestServer.write(server.dictionary, original.replace("  - canonical: Mixtral\n", "  - canonical: Mixtral\n    bogus: 1\n"));
      HttpResponse<String> broken = server.post("v1/dictionaries/reload", null, "");
      assertEquals(422, broken.statusCode());
      JsonNode error = TestServer.json(broken);
      assertEquals("dictionary", error.get("error").asText());
      assertTrue(error.get("detail").asText().matches("(?s).*review-test\\.yaml:\\d+:\\d+: .*bogus.*"),
          error.get("detail").asText());
      assertEquals(after, TestServer.json(server.get("v1/dictionaries")).get("dictionaries").get(0)
          .get("fingerprint").asText());
      assertEquals("CodeFuse", TestServer.json(server.postJson("v1/correct", "{\"text\": \"Kodefuse\"}"))
          .get("corrected").asText());
    } finally {
      TestServer.write(server.dictionary, original);
      assertEquals(200, server.post("v1/dictionaries/reload", null, "").statusCode());
    }
  }

  @Test
  void health_ready_andMetricsInPrometheusText() {
    assertEquals("ok", TestServer.json(server.get("healthz")).get("status").asText());
    assertEquals("ready", TestServer.json(server.get("readyz")).get("status").asText());
    server.postJson("v1/correct", "{\"text\": \"CodeFus\"}");
    server.post("v1/correct", "text/plain", "x");
    HttpResponse<String> m = server.get("metrics");
    assertEquals(200, m.statusCode());
    assertTrue(m.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    String text = m.body();
    for (String expected : new String[] {
        "canon_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/correct\",status=\"200\",le=",
        "canon_http_errors_total{route=\"/v1/correct\",status=\"415\"}",
        "canon_texts_corrected_total ", "canon_chars_corrected_total ",
        "canon_dictionary_info{fingerprint=\"", "canon_queue_waiting "}) {
      assertTrue(text.contains(expected), "metrics lack " + expected);
    }
  }

  @Test
  void reviewPage_isServedFromTheJar() {
    HttpResponse<String> page = server.get("");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<script src=\"review.js\">"));
    assertEquals(200, server.get("review.js").statusCode());
    assertEquals(200, server.get("review.css").statusCode());
  }

  // ---- errors: status and a JSON {"error", "detail"} ----

  private static void assertError(int status, String error, HttpResponse<String> r) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
    JsonNode j = TestServer.json(r);
    assertEquals(error, j.get("error").asText());
    assertFalse(j.get("detail").asText().isBlank());
  }

  @Test
  void errors_badJsonMissingTextBadFile_are400() {
    assertError(400, "bad_request", server.postJson("v1/correct", "{\"text\": "));
    assertError(400, "bad_request", server.postJson("v1/correct", "{\"txt\": \"CodeFus\"}"));
    assertError(400, "bad_request", server.postJson("v1/correct", "{\"text\": 42}"));
    assertError(400, "bad_request", server.postJson("v1/correct", "[1, 2]"));
    assertError(400, "bad_request", server.postJson("v1/correct", ""));
    assertError(400, "bad_request", server.postJson("v1/correct", "{\"texts\": [\"a\", 3]}"));
    assertError(400, "bad_file", server.post("v1/correct/srt", "text/plain", "1\nnot a time\nhello\n"));
    assertError(400, "bad_request", server.postJson("v1/review/text", "{\"input\": \"x\", \"decisions\": [{}]}"));
  }

  @Test
  void errors_bodyOverTheLimit_is413() {
    String big = "{\"text\": \"" + "a".repeat(70 * 1024) + "\"}";
    assertError(413, "too_large", server.postJson("v1/correct", big));
    assertError(413, "too_large", server.post("v1/correct/srt", "text/plain", big));
  }

  @Test
  void errors_wrongContentType_is415() {
    assertError(415, "unsupported_media_type", server.post("v1/correct", "text/plain", "CodeFus"));
    assertError(415, "unsupported_media_type",
        server.post("v1/correct/srt", "multipart/form-data; boundary=x", "--x--"));
  }

  @Test
  void errors_unknownEndpointOrFormat_is404() {
    assertError(404, "not_found", server.get("v1/nothing"));
    assertError(404, "unknown_format", server.post("v1/correct/docx", "text/plain", "x"));
  }

  @Test
  void start_portInUse_saysWhichAddress() {
    int port = server.server.port();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CanonServer.start(
        ServerOptions.defaults().withPort(port).withDicts(List.of(server.dictionary), false)));
    assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + port), e.getMessage());
  }
}
