package dev.canon.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import dev.canon.result.Correction;
import dev.canon.result.Edit;
import dev.canon.result.Mention;
import dev.canon.result.Span;
import dev.canon.result.Suggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A reviewer's decisions on one text, applied to its correction: an accepted suggestion becomes
 * an edit, a rejected applied correction is undone (its mention stays, unchanged). Decisions are
 * {@code {"start", "end", "entity", "decision"}} with code-point offsets into the text, as the
 * review page writes them ({@code canon learn --decisions} format); one that matches no mention or
 * suggestion of that span and entity is ignored, so decisions made on one text never change
 * another. Immutable and thread-safe.
 */
final class Decisions {

  private record Key(int start, int end, String entity) {}

  private final Map<Key, Boolean> accepted;

  private Decisions(Map<Key, Boolean> accepted) {
    this.accepted = accepted;
  }

  /** Reads a JSON array of decisions; 400 naming the bad entry otherwise. */
  static Decisions parse(JsonNode array) {
    Map<Key, Boolean> out = new HashMap<>();
    if (array == null || array.isNull()) {
      return new Decisions(out);
    }
    if (!array.isArray()) {
      throw ApiException.badRequest("\"decisions\" must be an array");
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode d = array.get(i);
      String decision = d.path("decision").asText("");
      if (!d.path("start").canConvertToInt() || !d.path("end").canConvertToInt()
          || !d.path("entity").isTextual() || !(decision.equals("accept") || decision.equals("reject"))) {
        throw ApiException.badRequest("decisions[" + i + "] needs integer \"start\" and \"end\", "
            + "an \"entity\" id and \"decision\" \"accept\" or \"reject\"");
      }
      out.put(new Key(d.get("start").asInt(), d.get("end").asInt(), d.get("entity").asText()),
          decision.equals("accept"));
    }
    return new Decisions(out);
  }

  /** A correction function: {@code corrector}'s answer with these decisions applied. */
  Function<String, Correction> over(Corrector corrector) {
    return text -> apply(corrector, corrector.correct(text));
  }

  Correction apply(Corrector corrector, Correction c) {
    if (accepted.isEmpty()) {
      return c;
    }
    String text = c.original();
    Map<String, String> types = types(corrector);
    // Changes in order: each mention with its replacement (null = unchanged).
    record Change(Mention mention, String to) {}
    List<Change> changes = new ArrayList<>();
    for (Mention m : c.mentions()) {
      boolean undo = m.changed() && Boolean.FALSE.equals(accepted.get(key(text, m.span(), m.entityId())));
      changes.add(new Change(m, m.changed() && !undo ? m.correctedSpan().of(c.corrected()) : null));
    }
    List<Suggestion> left = new ArrayList<>();
    for (Suggestion s : c.suggestions()) {
      boolean take = Boolean.TRUE.equals(accepted.get(key(text, s.span(), s.entityId())))
          && changes.stream().noneMatch(ch -> ch.mention().span().overlaps(s.span()));
      if (take) {
        Mention m = new Mention(s.entityId(), s.canonical(), types.getOrDefault(s.entityId(), ""),
            s.dictionary(), s.span(), s.span(), s.surface(), s.method(), s.score(), true);
        changes.add(new Change(m, s.replacement()));
      } else {
        left.add(s);
      }
    }
    changes.sort(Comparator.comparingInt(ch -> ch.mention().span().start()));
    StringBuilder corrected = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    List<Edit> edits = new ArrayList<>();
    int at = 0;
    for (Change ch : changes) {
      Mention m = ch.mention();
      corrected.append(text, at, m.span().start());
      int from = corrected.length();
      String to = ch.to() == null ? m.surface() : ch.to();
      corrected.append(to);
      boolean changed = ch.to() != null && !ch.to().equals(m.surface());
      mentions.add(new Mention(m.entityId(), m.canonical(), m.type(), m.dictionary(), m.span(),
          new Span(from, corrected.length()), m.surface(), m.method(), m.score(), changed));
      if (changed) {
        edits.add(new Edit(m.span(), m.surface(), to));
      }
      at = m.span().end();
    }
    corrected.append(text, at, text.length());
    return new Correction(text, corrected.toString(), mentions, edits, left, c.dictionaries());
  }

  private static Key key(String text, Span span, String entity) {
    return new Key(text.codePointCount(0, span.start()), text.codePointCount(0, span.end()), entity);
  }

  private static Map<String, String> types(Corrector corrector) {
    Map<String, String> out = new HashMap<>();
    for (Dictionary d : corrector.dictionaries()) {
      for (Entity e : d.entities()) {
        out.put(e.id(), e.type() == null ? "" : e.type());
      }
    }
    return out;
  }
}
