package dev.canon.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.canon.Corrector;
import dev.canon.formats.json.ResultJson;
import dev.canon.resolution.Considered;
import dev.canon.result.Correction;
import io.javalin.http.Context;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text endpoint, {@code POST /v1/correct}: one text, a batch, or JSON Lines (see
 * {@link FileApi} for files). Each request takes one {@link Corrector} at its start and uses it for
 * its whole answer, so every answer comes from one dictionary version, named in its
 * {@code "dictionaries"} (a reload swaps the corrector for later requests only).
 */
final class CorrectApi {

  private final DictionaryHolder dictionaries;
  private final WorkQueue work;
  private final ServerMetrics metrics;
  private final long maxBody;

  CorrectApi(DictionaryHolder dictionaries, WorkQueue work, ServerMetrics metrics, long maxBody) {
    this.dictionaries = dictionaries;
    this.work = work;
    this.metrics = metrics;
    this.maxBody = maxBody;
  }

  /** {@code POST /v1/correct}: one object, a batch, or JSON Lines. */
  void correct(Context ctx) throws Exception {
    if (Bodies.mediaType(ctx).equals("application/x-ndjson")) {
      stream(ctx);
      return;
    }
    Bodies.requireJson(ctx);
    JsonNode body = Bodies.json(Bodies.utf8(Bodies.read(ctx, maxBody)));
    if (!body.isObject()) {
      throw ApiException.badRequest("send a JSON object: {\"text\": \"...\"} or {\"texts\": [...]}");
    }
    boolean explain = body.path("explain").asBoolean(false);
    JsonNode texts = body.get("texts");
    if (texts != null) {
      if (!texts.isArray()) {
        throw ApiException.badRequest("\"texts\" must be an array of strings");
      }
      for (int i = 0; i < texts.size(); i++) {
        if (!texts.get(i).isTextual()) {
          throw ApiException.badRequest("texts[" + i + "] is not a string");
        }
      }
      String answer = work.run(() -> {
        Corrector corrector = dictionaries.current();
        StringBuilder out = new StringBuilder("{\"results\":[");
        for (int i = 0; i < texts.size(); i++) {
          out.append(i == 0 ? "" : ",").append(one(corrector, i, texts.get(i).asText(), explain));
        }
        return out.append("]}").toString();
      });
      json(ctx, answer);
      return;
    }
    JsonNode text = body.get("text");
    if (text == null || !text.isTextual()) {
      throw ApiException.badRequest("missing \"text\" (a string), or \"texts\" (an array of strings)");
    }
    JsonNode id = body.get("id");
    json(ctx, work.run(() -> one(dictionaries.current(), id, text.asText(), explain)));
  }

  private String one(Corrector corrector, Object id, String text, boolean explain) {
    Correction c = corrector.correct(text);
    List<Considered> explained = explain ? corrector.explain(text) : null;
    metrics.corrected(text);
    return ResultJson.write(id, c, explained, null);
  }

  /**
   * JSON Lines in and out, like {@code canon correct --input-format jsonl}: each input line
   * {@code {"id", "text"}} gets its answer line as soon as it is ready (flushed), in order; a bad
   * line gets an {@code {"id", "error"}} line and the rest go on. One corrector for the stream.
   */
  private void stream(Context ctx) throws Exception {
    ctx.contentType("application/x-ndjson; charset=utf-8");
    work.run(() -> {
      Corrector corrector = dictionaries.current();
      InputStream in = new BufferedInputStream(ctx.req().getInputStream());
      OutputStream out = ctx.res().getOutputStream();
      int number = 0;
      for (byte[] line; (line = line(in)) != null; ) {
        number++;
        String answer = streamLine(corrector, number, line);
        if (answer != null) {
          out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      }
      return null;
    });
  }

  private String streamLine(Corrector corrector, int number, byte[] line) {
    if (line.length > maxBody) {
      return ResultJson.error(null, "line " + number + " is over the limit of " + maxBody + " bytes");
    }
    String text;
    try {
      text = Bodies.utf8(line).strip();
    } catch (ApiException e) {
      return ResultJson.error(null, "line " + number + ": not valid UTF-8");
    }
    if (text.isEmpty()) {
      return null;
    }
    JsonNode node;
    try {
      node = Bodies.json(text);
    } catch (ApiException e) {
      return ResultJson.error(null, "line " + number + ": " + e.getMessage());
    }
    JsonNode id = node.get("id");
    if (!node.path("text").isTextual()) {
      return ResultJson.error(id, "line " + number + ": missing \"text\" (a string)");
    }
    return one(corrector, id, node.get("text").asText(), node.path("explain").asBoolean(false));
  }

  /** The next line without its end, or null at the end; a line over the limit is skipped, kept short. */
  private byte[] line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    for (int b; (b = in.read()) >= 0; ) {
      if (b == '\n') {
        return length > maxBody ? new byte[(int) Math.min(length, maxBody + 1)] : line.toByteArray();
      }
      if (++length <= maxBody) {
        line.write(b);
      }
    }
    return length == 0 ? null
        : length > maxBody ? new byte[(int) Math.min(length, maxBody + 1)] : line.toByteArray();
  }

  static void json(Context ctx, String json) {
    ctx.contentType("application/json; charset=utf-8").result(json.getBytes(StandardCharsets.UTF_8));
  }
}
