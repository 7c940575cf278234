package dev.canon.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Parses one JSON Lines input line, {@code {"id": ..., "text": "..."}}. {@code id} may be any
 * JSON value and is echoed as it came; every other field ({@code speaker}, {@code start}, ...)
 * is kept, in its order, to pass through to the answer. Text after the object is an error.
 */
final class JsonlInput {

  /** Numbers kept as written: {@code 1.50} passes through as {@code 1.50}, not {@code 1.5}. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  /**
   * A parsed line: its id (or null), text, the other fields (or null), or the reason it cannot
   * be processed.
   */
  record Line(JsonNode id, String text, ObjectNode extras, String error) {}

  private JsonlInput() {}

  static Line parse(String line) {
    JsonNode node;
    try (JsonParser parser = MAPPER.createParser(line)) {
      node = MAPPER.readTree(parser);
      String after = afterValue(parser);
      if (node != null && after != null) {
        return new Line(node.isObject() ? node.get("id") : null, null, null, after);
      }
    } catch (JsonProcessingException e) {
      return new Line(null, null, null, "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String source does not fail to read
    }
    if (node == null || !node.isObject()) {
      return new Line(null, null, null, "expected a JSON object with \"text\"; got "
          + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    ObjectNode rest = (ObjectNode) node;
    JsonNode id = rest.remove("id");
    JsonNode text = rest.remove("text");
    ObjectNode extras = rest.isEmpty() ? null : rest;
    if (text == null) {
      return new Line(id, null, extras, "no \"text\" field");
    }
    if (!text.isTextual()) {
      return new Line(id, null, extras, "\"text\" must be a string; got "
          + text.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    return new Line(id, text.asText(), extras, null);
  }

  /** Null when nothing but spaces follows the value; otherwise what is wrong. */
  private static String afterValue(JsonParser parser) throws IOException {
    try {
      if (parser.nextToken() == null) {
        return null;
      }
    } catch (JsonProcessingException e) {
      // not even a token: the usual case, `{...} trailing`
    }
    return "text after the JSON object, at column " + parser.currentLocation().getColumnNr()
        + "; one object per line";
  }
}
