package dev.canon.formats;

import dev.canon.result.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each Whisper word stands in its segment's text. Whisper writes words with their leading
 * space ({@code " Hugging"}) and the segment text is their concatenation, but other tools trim
 * one or the other, so each word is looked up by its content (the word without surrounding
 * spaces), left to right.
 */
final class WordAlignment {

  private WordAlignment() {}

  /**
   * The content span of each word in {@code text}, or empty when the words do not spell the text
   * in order (then the words are left as they are).
   */
  static Optional<List<Span>> align(String text, List<WhisperWord> words) {
    List<Span> spans = new ArrayList<>(words.size());
    int at = 0;
    for (WhisperWord w : words) {
      String content = w.word().text().strip();
      while (at < text.length() && Character.isWhitespace(text.charAt(at))
          && !content.isEmpty()) {
        at++;
      }
      if (!text.startsWith(content, at)) {
        return Optional.empty();
      }
      spans.add(new Span(at, at + content.length()));
      at += content.length();
    }
    return Optional.of(spans);
  }
}
