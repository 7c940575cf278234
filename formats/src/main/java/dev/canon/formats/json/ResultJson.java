package dev.canon.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canon.result.Correction;
import dev.canon.result.DictionaryVersion;
import dev.canon.result.Edit;
import dev.canon.result.Mention;
import dev.canon.result.Suggestion;
import dev.canon.resolution.Considered;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a {@link Correction} as the JSON object of SPEC, one line, offsets in code points. The
 * object also names the dictionaries used and their fingerprints, so a result can be reproduced.
 */
public final class ResultJson {

  private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

  private ResultJson() {}

  public static String write(Object id, Correction c, List<Considered> explained, TimedJson timed) {
    StringWriter out = new StringWriter(c.original().length() * 2 + 256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      writeId(g, id);
      g.writeStringField("original", c.original());
      g.writeStringField("corrected", c.corrected());
      CodePoints original = new CodePoints(c.original());
      CodePoints corrected = new CodePoints(c.corrected());
      g.writeArrayFieldStart("entities");
      for (Mention m : c.mentions()) {
        g.writeStartObject();
        g.writeStringField("id", m.entityId());
        g.writeStringField("canonical", m.canonical());
        g.writeStringField("type", m.type());
        g.writeNumberField("start", original.at(m.span().start()));
        g.writeNumberField("end", original.at(m.span().end()));
        g.writeStringField("text", m.surface());
        g.writeNumberField("correctedStart", corrected.at(m.correctedSpan().start()));
        g.writeNumberField("correctedEnd", corrected.at(m.correctedSpan().end()));
        g.writeStringField("method", m.method().jsonName());
        g.writeNumberField("score", m.score());
        g.writeBooleanField("changed", m.changed());
        g.writeStringField("dictionary", m.dictionary());
        g.writeEndObject();
      }
      g.writeEndArray();
      CodePoints edits = new CodePoints(c.original());
      g.writeArrayFieldStart("edits");
      for (Edit e : c.edits()) {
        g.writeStartObject();
        g.writeNumberField("start", edits.at(e.span().start()));
        g.writeNumberField("end", edits.at(e.span().end()));
        g.writeStringField("from", e.from());
        g.writeStringField("to", e.to());
        g.writeEndObject();
      }
      g.writeEndArray();
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
      g.writeStringField("diff", c.inlineDiff());
      if (explained != null) {
        ExplainJson.write(g, c.original(), explained);
      }
      if (timed != null) {
        timed.write(g);
      }
      g.writeArrayFieldStart("dictionaries");
      for (DictionaryVersion d : c.dictionaries()) {
        g.writeStartObject();
        g.writeStringField("name", d.name());
        g.writeStringField("fingerprint", d.fingerprint());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** An error line for an input line that could not be processed. */
  public static String error(Object id, String message) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      writeId(g, id);
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
