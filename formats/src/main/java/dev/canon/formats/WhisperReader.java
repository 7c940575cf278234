package dev.canon.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Whisper-style JSON strictly: Jackson's streaming parser checks the syntax (duplicate keys
 * included) and gives each literal's position; this class checks the shape and records where the
 * values Canon may change stand. Stateless and thread-safe.
 */
public final class WhisperReader {

  private static final JsonFactory FACTORY = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().getFactory();

  private WhisperReader() {}

  /**
   * Reads a Whisper JSON file (a UTF-8 BOM is allowed and kept).
   *
   * @throws FormatException with the 1-based line of the first problem
   */
  public static WhisperDocument read(String input) {
    boolean bom = !input.isEmpty() && input.charAt(0) == LineFile.BOM;
    String json = bom ? input.substring(1) : input;
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw error(p, "expected a JSON object with a \"segments\" array");
      }
      List<WhisperSegment> segments = null;
      Optional<JsonValue> text = Optional.empty();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("segments")) {
          segments = segments(p, json);
        } else if (name.equals("text") && value == JsonToken.VALUE_STRING) {
          text = Optional.of(string(p, json));
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw error(p, "unexpected content after the JSON object");
      }
      if (segments == null) {
        throw new FormatException(Format.WHISPER_JSON, 1, "no \"segments\" array");
      }
      return new WhisperDocument(bom, json, segments, text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new FormatException(Format.WHISPER_JSON, line, e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String: cannot happen
    }
  }

  private static List<WhisperSegment> segments(JsonParser p, String json) throws IOException {
    expect(p, JsonToken.START_ARRAY, "\"segments\" must be an array");
    List<WhisperSegment> segments = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p, JsonToken.START_OBJECT, "each segment must be an object");
      int line = p.currentTokenLocation().getLineNr();
      JsonValue start = null;
      JsonValue end = null;
      JsonValue text = null;
      List<WhisperWord> words = List.of();
      boolean wordsPresent = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "start" -> start = number(p, json, "segment \"start\"");
          case "end" -> end = number(p, json, "segment \"end\"");
          case "text" -> text = requireString(p, json, "segment \"text\"");
          case "words" -> {
            words = words(p, json);
            wordsPresent = true;
          }
          default -> p.skipChildren();
        }
      }
      if (start == null || end == null || text == null) {
        throw new FormatException(Format.WHISPER_JSON, line,
            "segment " + segments.size() + " needs \"start\", \"end\" and \"text\"");
      }
      if (start.number() < 0 || end.number() < start.number()) {
        throw new FormatException(Format.WHISPER_JSON, line,
            "segment " + segments.size() + " ends before it starts or starts before 0");
      }
      TimeRange time = new TimeRange(start.number(), end.number());
      segments.add(new WhisperSegment(segments.size(), time, text, words, wordsPresent));
    }
    return segments;
  }

  private static List<WhisperWord> words(JsonParser p, String json) throws IOException {
    expect(p, JsonToken.START_ARRAY, "\"words\" must be an array");
    List<WhisperWord> words = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p, JsonToken.START_OBJECT, "each word must be an object");
      int objectStart = offset(p);
      int line = p.currentTokenLocation().getLineNr();
      JsonValue word = null;
      Optional<JsonValue> start = Optional.empty();
      Optional<JsonValue> end = Optional.empty();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        boolean present = value != JsonToken.VALUE_NULL;
        switch (name) {
          case "word" -> word = requireString(p, json, "word \"word\"");
          case "start" -> start = present ? Optional.of(number(p, json, "word \"start\"")) : start;
          case "end" -> end = present ? Optional.of(number(p, json, "word \"end\"")) : end;
          default -> p.skipChildren();
        }
      }
      if (word == null) {
        throw new FormatException(Format.WHISPER_JSON, line, "a word needs a \"word\" string");
      }
      words.add(new WhisperWord(objectStart, offset(p) + 1, word, start, end));
    }
    return words;
  }

  private static JsonValue number(JsonParser p, String json, String what) throws IOException {
    if (!p.currentToken().isNumeric()) {
      throw error(p, what + " must be a number");
    }
    int start = offset(p);
    int end = JsonText.numberEnd(json, start);
    return new JsonValue(start, end, json.substring(start, end), p.getDoubleValue());
  }

  private static JsonValue requireString(JsonParser p, String json, String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw error(p, what + " must be a string");
    }
    return string(p, json);
  }

  private static JsonValue string(JsonParser p, String json) throws IOException {
    int start = offset(p);
    return new JsonValue(start, JsonText.stringEnd(json, start), p.getText(), 0);
  }

  private static void expect(JsonParser p, JsonToken token, String problem) {
    if (p.currentToken() != token) {
      throw error(p, problem);
    }
  }

  private static int offset(JsonParser p) {
    return Math.toIntExact(p.currentTokenLocation().getCharOffset());
  }

  private static FormatException error(JsonParser p, String problem) {
    return new FormatException(Format.WHISPER_JSON, p.currentTokenLocation().getLineNr(), problem);
  }
}
