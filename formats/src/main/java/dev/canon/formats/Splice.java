package dev.canon.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replace chars {@code [start, end)} of a text by {@code text}; how a corrected Whisper file is
 * written without touching anything else.
 */
record Splice(int start, int end, String text) {

  /** {@code source} with every splice applied; splices must be disjoint. */
  static String apply(String source, List<Splice> splices) {
    List<Splice> sorted = new ArrayList<>(splices);
    sorted.sort(Comparator.comparingInt(Splice::start));
    StringBuilder out = new StringBuilder(source.length() + 64);
    int at = 0;
    for (Splice s : sorted) {
      assert s.start >= at : "splices overlap: " + sorted;
      out.append(source, at, s.start).append(s.text);
      at = s.end;
    }
    return out.append(source, at, source.length()).toString();
  }
}
