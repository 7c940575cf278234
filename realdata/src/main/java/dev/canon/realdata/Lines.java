package dev.canon.realdata;

import dev.canon.result.Correction;
import dev.canon.result.Edit;
import dev.canon.result.Mention;
import dev.canon.result.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves corrections between one text and its lines: a document corrected whole is split into
 * one correction per line, and lines corrected one by one are joined into one document. The
 * original, the corrected text, the edits and the mentions are kept (suggestions are dropped).
 */
final class Lines {

  private Lines() {}

  /**
   * One correction per {@code '\n'}-separated line of {@code whole}, edits and mentions moved to
   * line offsets; an edit that crosses or writes a line break is an {@link IllegalStateException}.
   */
  static List<Correction> split(Correction whole) {
    List<Integer> starts = lineStarts(whole.original());
    List<List<Edit>> edits = new ArrayList<>();
    starts.forEach(s -> edits.add(new ArrayList<>()));
    for (Edit e : whole.edits()) {
      int line = lineOf(starts, e.span().start());
      int lineEnd = line + 1 < starts.size() ? starts.get(line + 1) - 1 : whole.original().length();
      if (e.span().end() > lineEnd || e.to().indexOf('\n') >= 0) {
        throw new IllegalStateException("edit " + e + " crosses the line break at " + lineEnd);
      }
      edits.get(line).add(new Edit(shift(e.span(), -starts.get(line)), e.from(), e.to()));
    }
    List<Integer> correctedStarts = lineStarts(whole.corrected());
    if (correctedStarts.size() != starts.size()) {
      throw new IllegalStateException("the corrected text has " + correctedStarts.size() + " lines, the original "
          + starts.size());
    }
    List<List<Mention>> mentions = new ArrayList<>();
    starts.forEach(s -> mentions.add(new ArrayList<>()));
    for (Mention m : whole.mentions()) {
      int line = lineOf(starts, m.span().start());
      mentions.get(line).add(shift(m, -starts.get(line), -correctedStarts.get(line)));
    }
    List<Correction> out = new ArrayList<>();
    for (int l = 0; l < starts.size(); l++) {
      out.add(new Correction(line(whole.original(), starts, l), line(whole.corrected(), correctedStarts, l),
          mentions.get(l), edits.get(l)));
    }
    return out;
  }

  /** The lines' corrections as one document, lines joined by {@code '\n'}. */
  static Correction join(List<Correction> lines) {
    StringBuilder original = new StringBuilder();
    StringBuilder corrected = new StringBuilder();
    List<Edit> edits = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Correction c = lines.get(i);
      if (i > 0) {
        original.append('\n');
        corrected.append('\n');
      }
      int shift = original.length();
      int correctedShift = corrected.length();
      c.edits().forEach(e -> edits.add(new Edit(shift(e.span(), shift), e.from(), e.to())));
      c.mentions().forEach(m -> mentions.add(shift(m, shift, correctedShift)));
      original.append(c.original());
      corrected.append(c.corrected());
    }
    return new Correction(original.toString(), corrected.toString(), mentions, edits);
  }

  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts.add(i + 1);
    }
    return starts;
  }

  private static int lineOf(List<Integer> starts, int offset) {
    int line = 0;
    while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
      line++;
    }
    return line;
  }

  private static String line(String text, List<Integer> starts, int l) {
    int end = l + 1 < starts.size() ? starts.get(l + 1) - 1 : text.length();
    return text.substring(starts.get(l), end);
  }

  private static Span shift(Span s, int by) {
    return new Span(s.start() + by, s.end() + by);
  }

  private static Mention shift(Mention m, int by, int correctedBy) {
    return new Mention(m.entityId(), m.canonical(), m.type(), m.dictionary(), shift(m.span(), by),
        shift(m.correctedSpan(), correctedBy), m.surface(), m.method(), m.score(), m.changed());
  }
}
