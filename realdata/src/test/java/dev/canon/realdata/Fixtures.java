package dev.canon.realdata;

import dev.canon.dictionary.Entity;
import dev.canon.result.Correction;
import dev.canon.result.Mention;
import dev.canon.result.Method;
import dev.canon.result.Edit;
import dev.canon.result.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tiny synthetic references and hand-made corrections, so scoring tests need no data files. */
final class Fixtures {

  private Fixtures() {}

  /** A reference from {@code "word/tag word word/tag,tag"} notation: tags after a slash. */
  static Reference reference(String id, String tokens, Map<String, String> types) {
    List<String> lines = new ArrayList<>();
    lines.add("token|speaker|ts|endTs|punctuation|case|tags|wer_tags");
    for (String t : tokens.split(" ")) {
      String[] parts = t.split("/", 2);
      String tags = parts.length > 1 ? "['" + String.join("', '", parts[1].split(",")) + "']" : "[]";
      lines.add(parts[0] + "|0||||LC|[]|" + tags);
    }
    return Reference.of(id, NlpFile.parse(lines, id), types);
  }

  /** The correction of {@code original} made of the given edits ({@code from} found left to right). */
  static Correction correction(String original, String... fromTo) {
    List<Edit> edits = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    StringBuilder corrected = new StringBuilder();
    int at = 0;
    for (int k = 0; k < fromTo.length; k += 2) {
      String from = fromTo[k];
      String to = fromTo[k + 1];
      int start = original.indexOf(from, at);
      Span span = new Span(start, start + from.length());
      corrected.append(original, at, start);
      Span correctedSpan = new Span(corrected.length(), corrected.length() + to.length());
      corrected.append(to);
      edits.add(new Edit(span, from, to));
      mentions.add(new Mention(Entity.deriveId(to), to, "", "test", span, correctedSpan, from, Method.EXACT, 1.0,
          true));
      at = span.end();
    }
    corrected.append(original.substring(at));
    return new Correction(original, corrected.toString(), mentions, edits);
  }
}
