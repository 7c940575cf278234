package dev.canon;

import dev.canon.candidate.Candidate;
import dev.canon.result.Correction;
import dev.canon.result.DictionaryVersion;
import dev.canon.result.Edit;
import dev.canon.result.Mention;
import dev.canon.result.Span;
import dev.canon.result.Suggestion;
import dev.canon.scoring.Score;
import java.util.ArrayList;
import java.util.List;

/** Applies resolved candidates to a text, giving the {@link Correction}. */
final class Corrections {

  private Corrections() {}

  /** {@code chosen} and {@code suggested} must each be sorted by start and disjoint. */
  static Correction apply(String text, List<Candidate> chosen, List<Candidate> suggested,
      List<DictionaryVersion> dictionaries) {
    StringBuilder corrected = new StringBuilder(text.length() + 16);
    List<Mention> mentions = new ArrayList<>(chosen.size());
    List<Edit> edits = new ArrayList<>();
    int at = 0;
    for (Candidate c : chosen) {
      Span span = c.span();
      assert span.start() >= at : "candidates overlap or are unsorted: " + chosen;
      corrected.append(text, at, span.start());
      int correctedStart = corrected.length();
      boolean changed = c.changes();
      corrected.append(changed ? c.replacement() : c.surface());
      if (changed) {
        edits.add(new Edit(span, c.surface(), c.replacement()));
      }
      var entity = c.target().entity();
      mentions.add(new Mention(entity.id(), entity.canonical(), entity.type(), c.target().dictionary(),
          span, new Span(correctedStart, corrected.length()), c.surface(), c.method(),
          Score.round(c.score().total()), changed));
      at = span.end();
    }
    corrected.append(text, at, text.length());
    List<Suggestion> suggestions = new ArrayList<>(suggested.size());
    for (Candidate c : suggested) {
      var entity = c.target().entity();
      suggestions.add(new Suggestion(entity.id(), entity.canonical(), c.target().dictionary(), c.span(),
          c.surface(), c.replacement(), c.method(), Score.round(c.score().total())));
    }
    return new Correction(text, corrected.toString(), mentions, edits, suggestions, dictionaries);
  }
}
