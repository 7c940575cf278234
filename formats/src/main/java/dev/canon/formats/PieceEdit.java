package dev.canon.formats;

import dev.canon.result.Span;

/**
 * A replacement inside one piece: chars {@code span} of the piece's text become {@code to}.
 *
 * @param piece index of the piece in the list given to {@link PieceCorrector}
 * @param span UTF-16 range in that piece's text, half-open
 * @param to the replacement; empty where a mention's tail is removed
 */
record PieceEdit(int piece, Span span, String to) {}
