package dev.canon.formats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.canon.candidate.Candidate;
import dev.canon.resolution.Considered;
import dev.canon.scoring.Score;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** {@code --explain}: every candidate considered, with its score parts and decision. */
public final class ExplainJson {

  private ExplainJson() {}

  /** In order of span, then decision (applied first). */
  public static List<Considered> sorted(List<Considered> considered) {
    List<Considered> out = new ArrayList<>(considered);
    out.sort(Comparator.comparing((Considered c) -> c.candidate().span())
        .thenComparing(Considered::decision)
        .thenComparing(c -> -c.candidate().score().total()));
    return out;
  }

  public static void write(JsonGenerator g, String original, List<Considered> considered) throws IOException {
    g.writeArrayFieldStart("explain");
    for (Considered c : sorted(considered)) {
      Candidate k = c.candidate();
      Score s = k.score();
      g.writeStartObject();
      g.writeNumberField("start", original.codePointCount(0, k.span().start()));
      g.writeNumberField("end", original.codePointCount(0, k.span().end()));
      g.writeStringField("text", k.surface());
      g.writeStringField("entity", k.target().entity().id());
      g.writeStringField("form", k.form());
      g.writeStringField("replacement", k.replacement());
      g.writeStringField("method", k.method().jsonName());
      g.writeNumberField("score", Score.round(s.total()));
      g.writeObjectFieldStart("parts");
      g.writeNumberField("spelling", Score.round(s.spelling()));
      g.writeNumberField("sound", Score.round(s.sound()));
      g.writeNumberField("length", Score.round(s.length()));
      g.writeNumberField("context", Score.round(s.context()));
      if (s.profile() > 0) {
        g.writeNumberField("profile", Score.round(s.profile())); // only with a learned engine profile
      }
      g.writeEndObject();
      g.writeStringField("decision", c.decision().name().toLowerCase(Locale.ROOT));
      g.writeStringField("reason", c.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The human-readable report of {@code canon correct --explain --format text}. */
  public static String text(String label, List<Considered> considered) {
    StringBuilder out = new StringBuilder("== ").append(label).append('\n');
    if (considered.isEmpty()) {
      out.append("   no candidates\n");
    }
    for (Considered c : sorted(considered)) {
      Candidate k = c.candidate();
      Score s = k.score();
      out.append(String.format(Locale.ROOT, "%-9s %s \"%s\" -> \"%s\" [%s, %s %.3f: spelling %.2f, sound %.2f, length %.2f, context %.0f]%n      %s%n",
          c.decision().name().toLowerCase(Locale.ROOT), k.span(), k.surface(), k.replacement(),
          k.target().entity().id(), k.method().jsonName(), s.total(), s.spelling(), s.sound(), s.length(),
          s.context(), c.reason()));
    }
    return out.toString();
  }
}
