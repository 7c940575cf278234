package dev.canon.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canon.Corrector;
import dev.canon.formats.json.CodePoints;
import dev.canon.result.Edit;
import dev.canon.result.Mention;
import dev.canon.stream.StreamAnswer;
import dev.canon.stream.StreamSession;
import dev.canon.stream.StreamingCorrector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code canon correct --input-format partials}: JSON Lines {@code {"stream": ..., "text": "...",
 * "final": true|false}} of live ASR hypotheses in, one answer line per input line out, written
 * and flushed at once: {@code stream}, {@code corrected}, {@code stable} (code points of {@code
 * corrected} that will not change again in this segment), {@code final}, {@code entities}, {@code
 * edits}, and {@code "stableRevoked": true} when an earlier stable prefix could not be kept. Each
 * stream (any JSON value; absent is one stream of its own) has its own {@link StreamSession}; a
 * {@code final} line ends its segment. Lines are answered in order on one thread: a stream's
 * answers depend on its earlier lines.
 */
final class PartialsRun {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private final StreamingCorrector streaming;
  private final PrintStream out;
  private final Map<String, StreamSession> sessions = new HashMap<>();

  PartialsRun(Corrector corrector, PrintStream out) {
    this.streaming = StreamingCorrector.of(corrector);
    this.out = out;
  }

  /** Answers every line of {@code in}; returns true when some line could not be processed. */
  boolean run(String name, InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)));
    boolean failed = false;
    long number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      String answer;
      try {
        answer = answer(line);
      } catch (BadLine e) {
        failed = true;
        System.err.println("canon: " + name + ":" + number + ": " + e.getMessage());
        answer = error(e.stream, e.getMessage());
      }
      out.println(answer);
      out.flush(); // a caption waits for this line
    }
    return failed;
  }

  private String answer(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadLine(null, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadLine(null, "expected a JSON object with \"text\"; got " + kind(node));
    }
    JsonNode stream = node.get("stream");
    JsonNode text = node.get("text");
    JsonNode last = node.get("final");
    if (text == null || !text.isTextual()) {
      throw new BadLine(stream, "\"text\" must be a string; got " + kind(text));
    }
    if (last != null && !last.isBoolean()) {
      throw new BadLine(stream, "\"final\" must be true or false; got " + kind(last));
    }
    String key = stream == null ? "" : "=" + stream;
    StreamSession session = sessions.computeIfAbsent(key, k -> streaming.open());
    StreamAnswer a;
    if (last != null && last.booleanValue()) {
      a = session.finalize(text.asText());
      sessions.remove(key); // the next segment of this stream starts afresh anyway
    } else {
      a = session.partial(text.asText());
    }
    return write(stream, a);
  }

  static String write(JsonNode stream, StreamAnswer a) {
    StringWriter buffer = new StringWriter(a.corrected().length() * 2 + 128);
    try (JsonGenerator g = FACTORY.createGenerator(buffer)) {
      g.writeStartObject();
      writeStream(g, stream);
      g.writeStringField("corrected", a.corrected());
      CodePoints corrected = new CodePoints(a.corrected());
      g.writeNumberField("stable", corrected.at(a.stable()));
      g.writeBooleanField("final", a.isFinal());
      if (a.stableRevoked()) {
        g.writeBooleanField("stableRevoked", true);
      }
      CodePoints original = new CodePoints(a.original());
      CodePoints correctedSpans = new CodePoints(a.corrected());
      g.writeArrayFieldStart("entities");
      for (Mention m : a.mentions()) {
        g.writeStartObject();
        g.writeStringField("id", m.entityId());
        g.writeStringField("canonical", m.canonical());
        g.writeStringField("type", m.type());
        g.writeNumberField("start", original.at(m.span().start()));
        g.writeNumberField("end", original.at(m.span().end()));
        g.writeStringField("text", m.surface());
        g.writeNumberField("correctedStart", correctedSpans.at(m.correctedSpan().start()));
        g.writeNumberField("correctedEnd", correctedSpans.at(m.correctedSpan().end()));
        g.writeStringField("method", m.method().jsonName());
        g.writeNumberField("score", m.score());
        g.writeBooleanField("changed", m.changed());
        g.writeEndObject();
      }
      g.writeEndArray();
      CodePoints edits = new CodePoints(a.original());
      g.writeArrayFieldStart("edits");
      for (Edit e : a.edits()) {
        g.writeStartObject();
        g.writeNumberField("start", edits.at(e.span().start()));
        g.writeNumberField("end", edits.at(e.span().end()));
        g.writeStringField("from", e.from());
        g.writeStringField("to", e.to());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toString();
  }

  private static String error(JsonNode stream, String message) {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(buffer)) {
      g.writeStartObject();
      writeStream(g, stream);
      g.writeStringField("error", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toString();
  }

  private static void writeStream(JsonGenerator g, JsonNode stream) throws IOException {
    g.writeFieldName("stream");
    if (stream == null) {
      g.writeNull();
    } else {
      g.writeTree(stream);
    }
  }

  private static String kind(JsonNode node) {
    return node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  /** An input line that cannot be answered; its stream (nullable) is echoed in the error line. */
  private static final class BadLine extends RuntimeException {
    final transient JsonNode stream;

    BadLine(JsonNode stream, String message) {
      super(message, null, false, false);
      this.stream = stream;
    }
  }
}
