package dev.canon.formats;

import java.util.Objects;

/**
 * One run of text of a transcript that the corrector sees: a line of a cue, or a segment's text.
 *
 * @param unit 0-based position of the cue or segment the text belongs to
 * @param text the text, without line breaks
 */
record Piece(int unit, String text) {

  Piece {
    Objects.requireNonNull(text, "text");
  }
}
