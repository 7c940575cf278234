package dev.canon.result;

import java.util.List;
import java.util.Objects;

/**
 * The result of correcting one text. Immutable.
 *
 * <p>Invariants (checked by the tests for every result): {@code edits} are sorted by start and
 * disjoint; applying them to {@code original} gives {@code corrected}; every mention's span lies
 * inside {@code original} and slices it to the mention's surface; every mention's corrected span
 * slices {@code corrected} to the canonical form when the mention changed the text.
 *
 * @param original the caller's text, unchanged
 * @param corrected the text with every edit applied
 * @param mentions the mentions found, in order of their start
 * @param edits the replacements, in order of their start
 * @param suggestions corrections not applied but offered for review, in order of their start
 * @param dictionaries the dictionaries the result was computed with, so it can be reproduced
 */
public record Correction(
    String original,
    String corrected,
    List<Mention> mentions,
    List<Edit> edits,
    List<Suggestion> suggestions,
    List<DictionaryVersion> dictionaries) {

  public Correction {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(corrected, "corrected");
    mentions = List.copyOf(mentions);
    edits = List.copyOf(edits);
    suggestions = List.copyOf(suggestions);
    dictionaries = List.copyOf(dictionaries);
  }

  /** A correction without suggestions, made with unnamed dictionaries. */
  public Correction(String original, String corrected, List<Mention> mentions, List<Edit> edits) {
    this(original, corrected, mentions, edits, List.of(), List.of());
  }

  /** True when at least one edit was made. */
  public boolean changed() {
    return !edits.isEmpty();
  }

  /**
   * The change as a unified diff of lines ({@code --- original}, {@code +++ corrected}), with
   * three lines of context; empty when nothing changed.
   */
  public String unifiedDiff() {
    return Diff.unified(original, corrected, "original", "corrected");
  }

  /**
   * The original text with each edit marked inline, {@code [-removed-]{+added+}}: at character
   * level inside CJK text and at token level inside Latin text.
   */
  public String inlineDiff() {
    return Diff.inline(original, edits);
  }
}
