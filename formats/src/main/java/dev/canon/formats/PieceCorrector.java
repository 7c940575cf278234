package dev.canon.formats;

import dev.canon.result.Correction;
import dev.canon.result.Edit;
import dev.canon.result.Mention;
import dev.canon.result.Span;
import dev.canon.result.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Corrects a transcript's pieces as one text, so a mention split over two cues is still found,
 * then maps every edit back into the pieces.
 *
 * <p>Pieces are joined with a separator chosen per boundary: nothing when either side is a space
 * or a CJK character (Chinese has no spaces, so {@code 同意|0码} must read {@code 同意0码}), else
 * one space (so {@code Hugging|Face} reads {@code Hugging Face} and two words never fuse).
 *
 * <p>An edit that runs over a boundary lands in the piece where the mention starts: that piece's
 * part of the mention becomes the whole replacement, and the mention's parts in the following
 * pieces are removed, together with the spaces after them when nothing but spaces precede them.
 * Separators are never edited. Mentions that touch markup ({@link Markup}) are dropped.
 */
final class PieceCorrector {

  /** The outcome: the joined correction, each piece's new text, and the local edits. */
  record Result(
      Correction correction, List<String> texts, List<PieceEdit> edits, List<Located> located) {}

  /** Where a kept mention stands: first and last piece, offsets local to those pieces. */
  record Located(Mention mention, int firstPiece, int startOffset, int lastPiece, int endOffset) {}

  private PieceCorrector() {}

  /** Corrects {@code pieces}; {@code withMarkup} masks subtitle markup first. */
  static Result correct(
      Function<String, Correction> corrector, List<Piece> pieces, boolean withMarkup) {
    int n = pieces.size();
    int[] starts = new int[n];
    StringBuilder joined = new StringBuilder();
    StringBuilder masked = new StringBuilder();
    List<Span> markup = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = pieces.get(i).text();
      String separator = separator(joined, text);
      joined.append(separator);
      masked.append(separator);
      starts[i] = joined.length();
      List<Span> local = withMarkup ? Markup.find(text) : List.of();
      for (Span s : local) {
        markup.add(new Span(s.start() + starts[i], s.end() + starts[i]));
      }
      joined.append(text);
      masked.append(Markup.mask(text, local));
    }
    Correction raw = corrector.apply(masked.toString());
    String original = joined.toString();

    List<Mention> kept = new ArrayList<>();
    List<Edit> edits = new ArrayList<>();
    List<PieceEdit> pieceEdits = new ArrayList<>();
    List<Located> located = new ArrayList<>();
    StringBuilder corrected = new StringBuilder();
    int at = 0;
    for (Mention m : raw.mentions()) {
      if (touches(m.span(), markup)) {
        continue;
      }
      Span span = m.span();
      corrected.append(original, at, span.start());
      int correctedStart = corrected.length();
      String surface = span.of(original);
      String to = m.changed() ? m.correctedSpan().of(raw.corrected()) : surface;
      corrected.append(to);
      Mention mention = new Mention(m.entityId(), m.canonical(), m.type(), m.dictionary(), span,
          new Span(correctedStart, corrected.length()), surface, m.method(), m.score(), m.changed());
      kept.add(mention);
      if (m.changed()) {
        edits.add(new Edit(span, surface, to));
        split(span, to, pieces, starts, pieceEdits);
      }
      located.add(locate(mention, pieces, starts));
      at = span.end();
    }
    corrected.append(original, at, original.length());
    // Suggestions that do not touch markup stay, for review; masking keeps lengths, so their
    // spans point into the joined text as they are.
    List<Suggestion> suggestions = new ArrayList<>();
    for (Suggestion s : raw.suggestions()) {
      if (!touches(s.span(), markup)) {
        suggestions.add(new Suggestion(s.entityId(), s.canonical(), s.dictionary(), s.span(),
            s.span().of(original), s.replacement(), s.method(), s.score()));
      }
    }
    Correction correction = new Correction(
        original, corrected.toString(), kept, edits, suggestions, raw.dictionaries());
    return new Result(correction, apply(pieces, pieceEdits), List.copyOf(pieceEdits), located);
  }

  private static String separator(CharSequence before, String next) {
    if (before.length() == 0 || next.isEmpty()) {
      return "";
    }
    int last = Character.codePointBefore(before, before.length());
    int first = next.codePointAt(0);
    boolean joinsFreely = Character.isWhitespace(last) || Character.isWhitespace(first)
        || isCjk(last) || isCjk(first);
    return joinsFreely ? "" : " ";
  }

  private static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }

  private static boolean touches(Span span, List<Span> markup) {
    for (Span s : markup) {
      if (s.overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /** Splits one joined-text edit into local edits: the replacement first, removals after. */
  private static void split(Span span, String to, List<Piece> pieces, int[] starts, List<PieceEdit> out) {
    boolean first = true;
    for (int i = firstEndingAfter(span.start(), pieces, starts);
        i < pieces.size() && starts[i] < span.end(); i++) {
      String text = pieces.get(i).text();
      int from = Math.max(span.start(), starts[i]) - starts[i];
      int until = Math.min(span.end(), starts[i] + text.length()) - starts[i];
      // Spaces at the edges of a piece's part stay: they separate the mention from its
      // neighbours (Whisper segments start with one), they are not part of the name.
      while (from < until && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (until > from && Character.isWhitespace(text.charAt(until - 1))) {
        until--;
      }
      if (from >= until) {
        continue;
      }
      if (first) {
        out.add(new PieceEdit(i, new Span(from, until), to));
        first = false;
        continue;
      }
      if (text.substring(0, from).isBlank()) {
        while (until < text.length() && Character.isWhitespace(text.charAt(until))) {
          until++;
        }
      }
      out.add(new PieceEdit(i, new Span(from, until), ""));
    }
    assert !first : "edit " + span + " covers no piece";
  }

  private static Located locate(Mention m, List<Piece> pieces, int[] starts) {
    int firstPiece = firstEndingAfter(m.span().start(), pieces, starts);
    int lastPiece = firstPiece;
    while (lastPiece + 1 < pieces.size() && starts[lastPiece + 1] < m.span().end()) {
      lastPiece++;
    }
    int startOffset = Math.max(0, m.span().start() - starts[firstPiece]);
    int endOffset = Math.min(pieces.get(lastPiece).text().length(), m.span().end() - starts[lastPiece]);
    return new Located(m, firstPiece, startOffset, lastPiece, endOffset);
  }

  /** The first piece whose text ends after {@code offset} of the joined text; O(log n). */
  private static int firstEndingAfter(int offset, List<Piece> pieces, int[] starts) {
    int low = 0;
    int high = pieces.size() - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] + pieces.get(mid).text().length() > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** Each piece's text with its edits applied; {@code edits} are sorted by piece, then start. */
  private static List<String> apply(List<Piece> pieces, List<PieceEdit> edits) {
    List<String> texts = new ArrayList<>(pieces.size());
    int next = 0;
    for (int i = 0; i < pieces.size(); i++) {
      String text = pieces.get(i).text();
      StringBuilder out = new StringBuilder(text.length());
      int at = 0;
      for (; next < edits.size() && edits.get(next).piece() == i; next++) {
        PieceEdit e = edits.get(next);
        assert e.span().start() >= at : "piece edits overlap: " + edits;
        out.append(text, at, e.span().start()).append(e.to());
        at = e.span().end();
      }
      texts.add(out.append(text, at, text.length()).toString());
    }
    assert next == edits.size() : "piece edits out of order: " + edits;
    return texts;
  }
}
