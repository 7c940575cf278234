package dev.canon.realdata;

import dev.canon.result.Correction;
import dev.canon.result.Edit;
import dev.canon.result.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves corrections between one text and its lines: a document corrected whole is split into
 * one correction per line, and lines corrected one by one are joined into one document. Only the
 * original, the corrected text and the edits are kept (mentions and suggestions are dropped).
 */
final class Lines {

  private Lines() {}

  /**
   * One correction per {@code '\n'}-separated line of {@code whole}, edits moved to line
   * offsets; an edit that crosses a line break is an {@link IllegalStateException}.
   */
  static List<Correction> split(Correction whole) {
    String text = whole.original();
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts.add(i + 1);
    }
    List<List<Edit>> edits = new ArrayList<>();
    starts.forEach(s -> edits.add(new ArrayList<>()));
    int line = 0;
    for (Edit e : whole.edits()) {
      while (line + 1 < starts.size() && starts.get(line + 1) <= e.span().start()) {
        line++;
      }
      int lineEnd = line + 1 < starts.size() ? starts.get(line + 1) - 1 : text.length();
      if (e.span().end() > lineEnd || e.to().indexOf('\n') >= 0) {
        throw new IllegalStateException("edit " + e + " crosses the line break at " + lineEnd);
      }
      int shift = starts.get(line);
      edits.get(line).add(new Edit(new Span(e.span().start() - shift, e.span().end() - shift), e.from(), e.to()));
    }
    List<Correction> out = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    for (int l = 0; l < starts.size(); l++) {
      int end = l + 1 < starts.size() ? starts.get(l + 1) - 1 : text.length();
      String original = text.substring(starts.get(l), end);
      String corrected = apply(original, edits.get(l));
      out.add(new Correction(original, corrected, List.of(), edits.get(l)));
      joined.append(l == 0 ? "" : "\n").append(corrected);
    }
    if (!joined.toString().equals(whole.corrected())) {
      throw new IllegalStateException("the edits do not rebuild the corrected text");
    }
    return out;
  }

  /** The lines' corrections as one document, lines joined by {@code '\n'}. */
  static Correction join(List<Correction> lines) {
    StringBuilder original = new StringBuilder();
    StringBuilder corrected = new StringBuilder();
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Correction c = lines.get(i);
      if (i > 0) {
        original.append('\n');
        corrected.append('\n');
      }
      int shift = original.length();
      for (Edit e : c.edits()) {
        edits.add(new Edit(new Span(e.span().start() + shift, e.span().end() + shift), e.from(), e.to()));
      }
      original.append(c.original());
      corrected.append(c.corrected());
    }
    return new Correction(original.toString(), corrected.toString(), List.of(), edits);
  }

  private static String apply(String text, List<Edit> edits) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Edit e : edits) {
      out.append(text, at, e.span().start()).append(e.to());
      at = e.span().end();
    }
    return out.append(text.substring(at)).toString();
  }
}
