package dev.canon.formats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.canon.formats.FormatCorrection;
import dev.canon.formats.TimedMention;
import java.io.IOException;

/** The {@code "timed"} array of a transcript result: each mention's cues and time range. */
public final class TimedJson {

  private final FormatCorrection correction;

  private TimedJson(FormatCorrection correction) {
    this.correction = correction;
  }

  public static TimedJson of(FormatCorrection correction) {
    return new TimedJson(correction);
  }

  public void write(JsonGenerator g) throws IOException {
    g.writeStringField("format", correction.format().cliName());
    g.writeStringField("output", correction.output());
    g.writeArrayFieldStart("timed");
    CodePoints points = new CodePoints(correction.joinedText());
    for (TimedMention m : correction.mentions()) {
      g.writeStartObject();
      g.writeStringField("id", m.mention().entityId());
      g.writeNumberField("start", points.at(m.mention().span().start()));
      g.writeNumberField("end", points.at(m.mention().span().end()));
      g.writeStringField("text", m.mention().surface());
      g.writeBooleanField("changed", m.mention().changed());
      g.writeNumberField("firstCue", m.firstUnit());
      g.writeNumberField("lastCue", m.lastUnit());
      g.writeNumberField("startTime", m.time().start());
      g.writeNumberField("endTime", m.time().end());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
