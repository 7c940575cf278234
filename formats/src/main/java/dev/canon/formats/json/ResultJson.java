package dev.canon.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.canon.result.Correction;
import dev.canon.result.DictionaryVersion;
import dev.canon.result.Edit;
import dev.canon.result.Mention;
import dev.canon.result.Suggestion;
import dev.canon.resolution.Considered;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Correction} as the JSON object of SPEC, one line, offsets in code points. The
 * object also names the dictionaries used and their fingerprints, so a result can be reproduced.
 */
public final class ResultJson {

  private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

  private ResultJson() {}

  /**
   * The fields a result object can carry, in the order they are written ({@code --fields});
   * {@code explain} only with {@code --explain}, {@code timed} only for transcripts.
   */
  public static final List<String> FIELDS = List.of("id", "original", "corrected", "entities", "edits",
      "suggestions", "diff", "explain", "timed", "dictionaries");

  public static String write(Object id, Correction c, List<Considered> explained, TimedJson timed) {
    return write(id, null, Set.copyOf(FIELDS), c, explained, timed);
  }

  /**
   * The result object with only the chosen {@code fields}; {@code extras} (nullable), the other
   * fields of the input record, follow {@code id} as they came, except those whose name is one of
   * {@link #FIELDS} (or {@code error}), which Canon writes itself.
   */
  public static String write(Object id, ObjectNode extras, Set<String> fields, Correction c,
      List<Considered> explained, TimedJson timed) {
    StringWriter out = new StringWriter(c.original().length() * 2 + 256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      if (fields.contains("id")) {
        writeId(g, id);
      }
      writeExtras(g, extras);
      if (fields.contains("original")) {
        g.writeStringField("original", c.original());
      }
      if (fields.contains("corrected")) {
        g.writeStringField("corrected", c.corrected());
      }
      if (fields.contains("entities")) {
        writeEntities(g, c);
      }
      if (fields.contains("edits")) {
        writeEdits(g, c);
      }
      if (fields.contains("suggestions")) {
        writeSuggestions(g, c);
      }
      if (fields.contains("diff")) {
        g.writeStringField("diff", c.inlineDiff());
      }
      if (explained != null && fields.contains("explain")) {
        ExplainJson.write(g, c.original(), explained);
      }
      if (timed != null && fields.contains("timed")) {
        timed.write(g);
      }
      if (fields.contains("dictionaries")) {
        writeDictionaries(g, c);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeExtras(JsonGenerator g, ObjectNode extras) throws IOException {
    if (extras == null) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = extras.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!FIELDS.contains(field.getKey()) && !field.getKey().equals("error")) {
        g.writeFieldName(field.getKey());
        g.writeTree(field.getValue());
      }
    }
  }

  private static void writeEntities(JsonGenerator g, Correction c) throws IOException {
    writeEntities(g, c.original(), c.corrected(), c.mentions(), true);
  }

  /**
   * The {@code entities} array, offsets in code points of {@code original} and {@code corrected};
   * {@code withDictionary} adds each mention's dictionary name. Shared with {@link StreamAnswerJson}.
   */
  static void writeEntities(JsonGenerator g, String original, String corrected, List<Mention> mentions,
      boolean withDictionary) throws IOException {
    CodePoints from = new CodePoints(original);
    CodePoints to = new CodePoints(corrected);
    g.writeArrayFieldStart("entities");
    for (Mention m : mentions) {
      g.writeStartObject();
      g.writeStringField("id", m.entityId());
      g.writeStringField("canonical", m.canonical());
      g.writeStringField("type", m.type());
      g.writeNumberField("start", from.at(m.span().start()));
      g.writeNumberField("end", from.at(m.span().end()));
      g.writeStringField("text", m.surface());
      g.writeNumberField("correctedStart", to.at(m.correctedSpan().start()));
      g.writeNumberField("correctedEnd", to.at(m.correctedSpan().end()));
      g.writeStringField("method", m.method().jsonName());
      g.writeNumberField("score", m.score());
      g.writeBooleanField("changed", m.changed());
      if (withDictionary) {
        g.writeStringField("dictionary", m.dictionary());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeEdits(JsonGenerator g, Correction c) throws IOException {
    writeEdits(g, c.original(), c.edits());
  }

  /** The {@code edits} array, offsets in code points of {@code original}. Shared with {@link StreamAnswerJson}. */
  static void writeEdits(JsonGenerator g, String original, List<Edit> edits) throws IOException {
    CodePoints at = new CodePoints(original);
    g.writeArrayFieldStart("edits");
    for (Edit e : edits) {
      g.writeStartObject();
      g.writeNumberField("start", at.at(e.span().start()));
      g.writeNumberField("end", at.at(e.span().end()));
      g.writeStringField("from", e.from());
      g.writeStringField("to", e.to());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeSuggestions(JsonGenerator g, Correction c) throws IOException {
    CodePoints suggestions = new CodePoints(c.original());
    g.writeArrayFieldStart("suggestions");
    for (Suggestion sg : c.suggestions()) {
      g.writeStartObject();
      g.writeStringField("id", sg.entityId());
      g.writeStringField("canonical", sg.canonical());
      g.writeNumberField("start", suggestions.at(sg.span().start()));
      g.writeNumberField("end", suggestions.at(sg.span().end()));
      g.writeStringField("text", sg.surface());
      g.writeStringField("replacement", sg.replacement());
      g.writeStringField("method", sg.method().jsonName());
      g.writeNumberField("score", sg.score());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeDictionaries(JsonGenerator g, Correction c) throws IOException {
    g.writeArrayFieldStart("dictionaries");
    for (DictionaryVersion d : c.dictionaries()) {
      g.writeStartObject();
      g.writeStringField("name", d.name());
      g.writeStringField("fingerprint", d.fingerprint());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** An error line for an input line that could not be processed. */
  public static String error(Object id, String message) {
    return error(id, null, message);
  }

  /** An error line that keeps the input record's other fields ({@code extras}, nullable). */
  public static String error(Object id, ObjectNode extras, String message) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      writeId(g, id);
      writeExtras(g, extras);
      g.writeStringField("error", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeId(JsonGenerator g, Object id) throws IOException {
    g.writeFieldName("id");
    if (id == null) {
      g.writeNull();
    } else if (id instanceof JsonNode node) {
      g.writeTree(node);
    } else if (id instanceof Number n) {
      g.writeNumber(n.toString());
    } else {
      g.writeString(id.toString());
    }
  }
}
