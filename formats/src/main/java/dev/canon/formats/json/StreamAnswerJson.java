package dev.canon.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canon.stream.StreamAnswer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The partials messages of live captions, shared by {@code canon correct --input-format partials}
 * and the service's {@code /v1/stream}: a message in is {@code {"stream": ..., "text": "...",
 * "final": true|false}}; an answer out is {@code stream}, {@code corrected}, {@code stable} (code
 * points of {@code corrected} that will not change again in this segment), {@code final}, {@code
 * "stableRevoked": true} when an earlier stable prefix could not be kept, {@code entities} and
 * {@code edits} (offsets in code points); a message that cannot be answered gets {@code
 * {"stream": ..., "error": "..."}}. One line of JSON each. Thread-safe (stateless).
 */
public final class StreamAnswerJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private StreamAnswerJson() {}

  /**
   * One message in.
   *
   * @param stream the {@code "stream"} value as sent (any JSON value), or null when absent
   * @param text the hypothesis so far
   * @param isFinal whether it ends the stream's segment
   */
  public record Message(JsonNode stream, String text, boolean isFinal) {

    /** Equal for messages of the same stream: its JSON value ({@code 7} and {@code "7"} differ). */
    public String key() {
      return stream == null ? "" : "=" + stream;
    }
  }

  /** A message that cannot be answered; {@link #stream()} is echoed in its error answer. */
  public static final class BadMessage extends IllegalArgumentException {
    private final transient JsonNode stream;

    BadMessage(JsonNode stream, String message) {
      super(message, null);
      this.stream = stream;
    }

    /** The message's {@code "stream"} value, or null when there was none or it was not read. */
    public JsonNode stream() {
      return stream;
    }
  }

  /**
   * Reads one message.
   *
   * @throws BadMessage when it is not JSON, not an object, or {@code text} or {@code final} has
   *     the wrong type (the message says which)
   */
  public static Message read(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BadMessage(null, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadMessage(null, "expected a JSON object with \"text\"; got " + kind(node));
    }
    JsonNode stream = node.get("stream");
    JsonNode text = node.get("text");
    JsonNode last = node.get("final");
    if (text == null || !text.isTextual()) {
      throw new BadMessage(stream, "\"text\" must be a string; got " + kind(text));
    }
    if (last != null && !last.isBoolean()) {
      throw new BadMessage(stream, "\"final\" must be true or false; got " + kind(last));
    }
    return new Message(stream, text.asText(), last != null && last.booleanValue());
  }

  /** The answer to a message of {@code stream} (null: none was given). */
  public static String write(JsonNode stream, StreamAnswer a) {
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
      ResultJson.writeEntities(g, a.original(), a.corrected(), a.mentions(), false);
      ResultJson.writeEdits(g, a.original(), a.edits());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toString();
  }

  /** The error answer {@code {"stream": ..., "error": message}}. */
  public static String error(JsonNode stream, String message) {
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
}
