package dev.canon.stream;

import dev.canon.result.Correction;
import dev.canon.result.Edit;
import dev.canon.result.Span;
import java.util.List;

/**
 * One correction of a window {@code text[from, end)} of a hypothesis, with the spans of the
 * candidates that took part in overlap resolution, in window coordinates. Immutable.
 *
 * @param from where the window starts in the hypothesis, UTF-16 index
 * @param correction the correction of the window
 * @param contested the candidates' spans, from {@link dev.canon.Corrector#correct(String,
 *     java.util.function.Consumer)}
 */
record Pass(int from, Correction correction, List<Span> contested) {

  /** True when no contested span crosses the hypothesis position {@code position}. */
  boolean cutAt(int position) {
    int at = position - from;
    for (Span s : contested) {
      if (s.start() < at && at < s.end()) {
        return false;
      }
    }
    return true;
  }

  /** The corrected index of window index {@code at}, which no edit crosses. O(edits). */
  int correctedAt(int at) {
    int delta = 0;
    for (Edit e : correction.edits()) {
      if (e.span().end() > at) {
        break;
      }
      delta += e.to().length() - e.from().length();
    }
    return at + delta;
  }
}
