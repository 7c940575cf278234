package dev.canon.eval;

import java.util.Objects;

/**
 * One sentence of a labelled set: a noisy transcript line and the text it should become.
 * A negative example has {@code expected.equals(text)}: nothing in it may change.
 *
 * @param id unique within its set
 * @param category what kind of error (or of trap) the sentence holds, e.g. {@code pinyin-homophone}
 * @param text the recognizer's output
 * @param expected the text with every misheard entity corrected and nothing else changed
 */
public record LabelledSentence(String id, String category, String text, String expected) {

  public LabelledSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(expected, "expected");
  }

  /** True when the sentence must come out unchanged. */
  public boolean negative() {
    return text.equals(expected);
  }
}
