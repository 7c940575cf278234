package dev.canon.formats;

import dev.canon.Corrector;
import dev.canon.result.Correction;
import dev.canon.result.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Corrects parsed transcripts with a {@link Corrector}, changing only mention text: cue and
 * segment count, order, numbering and timings never change. Immutable and thread-safe.
 *
 * <p>All cue lines (or segment texts) are corrected as one text, so a mention split over a
 * boundary ({@code Hugging | Face}, {@code 同意 | 0码}) is found. Its correction lands in the cue
 * where the mention starts; the rest of the mention is removed from the cue(s) after it, with the
 * spaces that follow when the removed part began the line. A cue left without text keeps its
 * number and timing. Markup ({@code <i>}, {@code {\an8}}, {@code &amp;}) is never rewritten: a
 * mention touching it is left alone.
 *
 * <p>Whisper JSON: segment {@code text} and the touched {@code words} are rewritten (see
 * {@code WordRetimer}: a correction of the same length keeps every word and its timings;
 * otherwise a corrected word starts with its first source word and ends with its last); the top-level {@code text}, when it is the segments' texts concatenated, becomes the
 * corrected ones concatenated, and is otherwise corrected on its own. Other keys, {@code tokens}
 * included, are kept as they are.
 */
public final class TranscriptCorrector {

  private final Function<String, Correction> corrector;

  /** A transcript corrector using {@code corrector}. */
  public TranscriptCorrector(Corrector corrector) {
    this(Objects.requireNonNull(corrector, "corrector")::correct);
  }

  /**
   * A transcript corrector using any function from a text to its correction, e.g. a
   * {@code LiveCorrector}, or a corrector whose result a reviewer changed (accepted suggestions,
   * undone edits). The function must be thread-safe for this object to be.
   */
  public TranscriptCorrector(Function<String, Correction> corrector) {
    this.corrector = Objects.requireNonNull(corrector, "corrector");
  }

  /** Corrects an SRT or WebVTT document. */
  public FormatCorrection correct(SubtitleDocument document) {
    List<Cue> cues = document.cues();
    List<Piece> pieces = new ArrayList<>();
    for (Cue cue : cues) {
      cue.lines().forEach(line -> pieces.add(new Piece(cue.index(), line)));
    }
    PieceCorrector.Result result = PieceCorrector.correct(corrector, pieces, true);
    List<List<String>> lines = new ArrayList<>();
    cues.forEach(c -> lines.add(new ArrayList<>()));
    for (int i = 0; i < pieces.size(); i++) {
      String text = result.texts().get(i);
      // A cue's text has no blank line (it would end the cue), so a line emptied by a removed
      // mention tail goes away.
      if (!text.isBlank()) {
        lines.get(pieces.get(i).unit()).add(text);
      }
    }
    List<TimedMention> mentions = new ArrayList<>();
    for (PieceCorrector.Located at : result.located()) {
      int first = pieces.get(at.firstPiece()).unit();
      int last = pieces.get(at.lastPiece()).unit();
      TimeRange time = cues.get(first).time().cover(cues.get(last).time());
      mentions.add(new TimedMention(at.mention(), first, last, time));
    }
    String output = result.edits().isEmpty() ? document.write() : document.withCueLines(lines).write();
    return new FormatCorrection(document.format(), output, result.correction(), mentions);
  }

  /** Corrects a Whisper JSON document. */
  public FormatCorrection correct(WhisperDocument document) {
    List<WhisperSegment> segments = document.segments();
    List<Piece> pieces = new ArrayList<>();
    segments.forEach(s -> pieces.add(new Piece(s.index(), s.text().text())));
    PieceCorrector.Result result = PieceCorrector.correct(corrector, pieces, false);
    String json = document.json();
    boolean ascii = JsonText.escapesNonAscii(json);
    List<Splice> splices = new ArrayList<>();
    List<List<PieceEdit>> bySegment = new ArrayList<>();
    segments.forEach(s -> bySegment.add(new ArrayList<>()));
    result.edits().forEach(e -> bySegment.get(e.piece()).add(e));
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (WhisperSegment s : segments) {
      String text = result.texts().get(s.index());
      before.append(s.text().text());
      after.append(text);
      if (text.equals(s.text().text())) {
        continue;
      }
      splices.add(new Splice(s.text().start(), s.text().end(), JsonText.quote(text, ascii)));
      splices.addAll(WordRetimer.retime(json, s, bySegment.get(s.index()), ascii));
    }
    document.text().ifPresent(top -> {
      String now = top.text().equals(before.toString())
          ? after.toString() : corrector.apply(top.text()).corrected();
      if (!now.equals(top.text())) {
        splices.add(new Splice(top.start(), top.end(), JsonText.quote(now, ascii)));
      }
    });
    List<TimedMention> mentions = new ArrayList<>();
    for (PieceCorrector.Located at : result.located()) {
      WhisperSegment first = segments.get(at.firstPiece());
      WhisperSegment last = segments.get(at.lastPiece());
      int firstEnd = first == last ? at.endOffset() : first.text().text().length();
      int lastStart = first == last ? at.startOffset() : 0;
      double start = wordTime(first, new Span(at.startOffset(), firstEnd), true)
          .orElse(first.time().start());
      double end = wordTime(last, new Span(lastStart, at.endOffset()), false)
          .orElse(last.time().end());
      TimeRange time = new TimeRange(start, Math.max(start, end));
      mentions.add(new TimedMention(at.mention(), first.index(), last.index(), time));
    }
    String output = (document.bom() ? String.valueOf(LineFile.BOM) : "") + Splice.apply(json, splices);
    return new FormatCorrection(Format.WHISPER_JSON, output, result.correction(), mentions);
  }

  /** Start of the first (or end of the last) timed word of {@code segment} inside {@code span}. */
  private static Optional<Double> wordTime(WhisperSegment segment, Span span, boolean start) {
    Optional<List<Span>> aligned = WordAlignment.align(segment.text().text(), segment.words());
    if (aligned.isEmpty()) {
      return Optional.empty();
    }
    Optional<Double> found = Optional.empty();
    for (int k = 0; k < segment.words().size(); k++) {
      Optional<TimeRange> time = segment.words().get(k).time();
      if (aligned.get().get(k).overlaps(span) && time.isPresent()) {
        found = Optional.of(start ? time.get().start() : time.get().end());
        if (start) {
          return found;
        }
      }
    }
    return found;
  }
}
