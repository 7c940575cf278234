package dev.canon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses one JSON Lines input line, {@code {"id": ..., "text": "..."}}. Other fields are ignored;
 * {@code id} may be any JSON value and is echoed as it came.
 */
final class JsonlInput {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A parsed line: its id (or null) and text, or the reason it cannot be processed. */
  record Line(JsonNode id, String text, String error) {}

  private JsonlInput() {}

  static Line parse(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return new Line(null, null, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Line(null, null, "expected a JSON object with \"text\"; got " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
    }
    JsonNode id = node.get("id");
    JsonNode text = node.get("text");
    if (text == null) {
      return new Line(id, null, "no \"text\" field");
    }
    if (!text.isTextual()) {
      return new Line(id, null, "\"text\" must be a string; got " + text.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }
    return new Line(id, text.asText(), null);
  }
}
