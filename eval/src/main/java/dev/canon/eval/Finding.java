package dev.canon.eval;

import java.util.Objects;

/**
 * One error of the corrector on one sentence: a gold edit it missed, or an edit it made that is not
 * gold. A wrong replacement of a gold span shows up as both.
 *
 * @param kind {@code MISS} or {@code FALSE_POSITIVE}
 * @param id the sentence id (for clean text: file name and line number)
 * @param category the sentence category
 * @param edit the edit missed or wrongly made
 * @param text the original sentence, for context
 * @param corrected what the corrector made of it
 */
public record Finding(
    Kind kind, String id, String category, TextEdit edit, String text, String corrected) {

  /** Which way the corrector went wrong. */
  public enum Kind { MISS, FALSE_POSITIVE }

  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(edit, "edit");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(corrected, "corrected");
  }
}
