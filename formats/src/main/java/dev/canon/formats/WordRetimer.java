package dev.canon.formats;

import dev.canon.result.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the {@code words} of a corrected Whisper segment. Words no edit touches stay byte for
 * byte. The words an edit touches are replaced by the corrected text of their stretch, split at
 * spaces:
 * <ul>
 *   <li>as many code points as before, with the same text between the words
 *       ({@code 二|甲|双|瓜 → 二|甲|双|胍}, {@code 同意|0|码 → 通义|灵|码}): each word keeps its own
 *       object and timings and takes the new letters at its code-point positions;
 *   <li>as many new words as old ones ({@code Hugging Fase → Hugging Face}): each keeps its own
 *       object, timings included, with only {@code "word"} changed;
 *   <li>one new word from several ({@code Code|Fus → CodeFuse}): it starts where the first old
 *       word starts and ends where the last one ends (both copied as written);
 *   <li>another count: the old span is shared out by length in code points, first start and last
 *       end kept exactly, inner bounds rounded to milliseconds, so timings are monotone and stay
 *       inside the span;
 *   <li>none (the tail of a mention that landed in the previous segment): the words are removed.
 * </ul>
 * Other keys of a new word ({@code probability}, ...) come from the old word it takes the place of.
 */
final class WordRetimer {

  private static final Pattern TOKEN = Pattern.compile("(\\s*)(\\S+)");

  private WordRetimer() {}

  /** Splices of {@code json} for the edits of one segment ({@code edits} local to its text). */
  static List<Splice> retime(String json, WhisperSegment segment, List<PieceEdit> edits, boolean ascii) {
    List<WhisperWord> words = segment.words();
    Optional<List<Span>> aligned = WordAlignment.align(segment.text().text(), words);
    if (words.isEmpty() || edits.isEmpty() || aligned.isEmpty()) {
      return List.of();
    }
    List<Span> spans = aligned.get();
    List<Splice> out = new ArrayList<>();
    int first = -1;
    int last = -1;
    List<PieceEdit> group = new ArrayList<>();
    for (PieceEdit e : edits) {
      int from = -1;
      int to = -1;
      for (int k = 0; k < spans.size(); k++) {
        if (spans.get(k).overlaps(e.span())) {
          from = from < 0 ? k : from;
          to = k;
        }
      }
      if (from < 0) {
        continue;
      }
      if (first >= 0 && from > last) {
        out.add(rewrite(json, segment, spans, first, last, group, ascii));
        group.clear();
        first = -1;
      }
      first = first < 0 ? from : first;
      last = Math.max(last, to);
      group.add(e);
    }
    if (first >= 0) {
      out.add(rewrite(json, segment, spans, first, last, group, ascii));
    }
    return out;
  }

  private static Splice rewrite(String json, WhisperSegment segment, List<Span> spans, int first,
      int last, List<PieceEdit> edits, boolean ascii) {
    String text = segment.text().text();
    List<WhisperWord> words = segment.words();
    int from = Math.min(spans.get(first).start(), edits.get(0).span().start());
    int until = Math.max(spans.get(last).end(), edits.get(edits.size() - 1).span().end());
    StringBuilder region = new StringBuilder();
    int at = from;
    for (PieceEdit e : edits) {
      region.append(text, at, e.span().start()).append(e.to());
      at = e.span().end();
    }
    region.append(text, at, until);
    Optional<Splice> inPlace = inPlace(json, text, spans, first, last, from, until, region.toString(), words, ascii);
    if (inPlace.isPresent()) {
      return inPlace.get();
    }
    String firstWord = words.get(first).word().text();
    String lastWord = words.get(last).word().text();
    String lead = firstWord.substring(0, firstWord.length() - firstWord.stripLeading().length());
    String trail = lastWord.substring(lastWord.stripTrailing().length());
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(region.toString().strip());
    while (m.find()) {
      tokens.add((tokens.isEmpty() ? lead : m.group(1)) + m.group(2));
    }
    if (tokens.isEmpty()) {
      return removal(json, words, first, last);
    }
    tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + trail);
    List<String> objects = new ArrayList<>(tokens.size());
    int n = last - first + 1;
    for (int k = 0; k < tokens.size(); k++) {
      WhisperWord template = words.get(first + (tokens.size() == n ? k : k * n / tokens.size()));
      Times times = tokens.size() == n ? Times.own(template) : Times.shared(words.get(first),
          words.get(last), tokens, k);
      objects.add(object(json, template, JsonText.quote(tokens.get(k), ascii), times));
    }
    WhisperWord firstOld = words.get(first);
    return new Splice(firstOld.objectStart(), words.get(last).objectEnd(),
        String.join(separator(json, words, first), objects));
  }

  /**
   * When the corrected stretch has as many code points as the old one and the same text between
   * the words ({@code 二|甲|双|瓜 → 二|甲|双|胍}, {@code 同意|0|码 → 通义|灵|码}), each word keeps its
   * object and its times and takes the new letters at its own code-point positions. Empty when
   * the lengths differ or a new word would contain a space.
   */
  private static Optional<Splice> inPlace(String json, String text, List<Span> spans, int first, int last,
      int from, int until, String region, List<WhisperWord> words, boolean ascii) {
    String old = text.substring(from, until);
    int[] oldPoints = old.codePoints().toArray();
    int[] newPoints = region.codePoints().toArray();
    if (oldPoints.length != newPoints.length) {
      return Optional.empty();
    }
    boolean[] inWord = new boolean[oldPoints.length];
    for (int k = first; k <= last; k++) {
      int start = old.codePointCount(0, Math.max(0, spans.get(k).start() - from));
      int end = old.codePointCount(0, Math.min(old.length(), spans.get(k).end() - from));
      for (int i = start; i < end; i++) {
        inWord[i] = true;
      }
    }
    for (int i = 0; i < oldPoints.length; i++) {
      boolean kept = inWord[i] ? !Character.isWhitespace(newPoints[i]) : oldPoints[i] == newPoints[i];
      if (!kept) {
        return Optional.empty();
      }
    }
    int base = words.get(first).objectStart();
    List<Splice> splices = new ArrayList<>();
    for (int k = first; k <= last; k++) {
      WhisperWord w = words.get(k);
      int start = old.codePointCount(0, spans.get(k).start() - from);
      int end = old.codePointCount(0, spans.get(k).end() - from);
      String written = w.word().text();
      String lead = written.substring(0, written.length() - written.stripLeading().length());
      String trail = written.substring(written.stripTrailing().length());
      String now = lead + new String(newPoints, start, end - start) + trail;
      if (!now.equals(written)) {
        splices.add(new Splice(w.word().start() - base, w.word().end() - base, JsonText.quote(now, ascii)));
      }
    }
    int objectsEnd = words.get(last).objectEnd();
    return Optional.of(new Splice(base, objectsEnd, Splice.apply(json.substring(base, objectsEnd), splices)));
  }

  private static Splice removal(String json, List<WhisperWord> words, int first, int last) {
    if (last + 1 < words.size()) {
      return new Splice(words.get(first).objectStart(), words.get(last + 1).objectStart(), "");
    }
    if (first > 0) {
      return new Splice(words.get(first - 1).objectEnd(), words.get(last).objectEnd(), "");
    }
    return new Splice(words.get(first).objectStart(), words.get(last).objectEnd(), "");
  }

  /** The text between two words of the array, as the file writes it. */
  private static String separator(String json, List<WhisperWord> words, int at) {
    if (words.size() < 2) {
      return ", ";
    }
    int k = at + 1 < words.size() ? at : at - 1;
    return json.substring(words.get(k).objectEnd(), words.get(k + 1).objectStart());
  }

  private static String object(String json, WhisperWord template, String word, Times times) {
    List<Splice> splices = new ArrayList<>();
    int base = template.objectStart();
    splices.add(new Splice(template.word().start() - base, template.word().end() - base, word));
    template.start().ifPresent(v -> times.start.ifPresent(
        t -> splices.add(new Splice(v.start() - base, v.end() - base, t))));
    template.end().ifPresent(v -> times.end.ifPresent(
        t -> splices.add(new Splice(v.start() - base, v.end() - base, t))));
    return Splice.apply(json.substring(base, template.objectEnd()), splices);
  }

  /** The start and end a new word is written with, as JSON number text. */
  private record Times(Optional<String> start, Optional<String> end) {

    static Times own(WhisperWord w) {
      return new Times(w.start().map(JsonValue::text), w.end().map(JsonValue::text));
    }

    static Times shared(WhisperWord first, WhisperWord last, List<String> tokens, int k) {
      if (first.start().isEmpty() || last.end().isEmpty()) {
        return new Times(Optional.empty(), Optional.empty());
      }
      JsonValue s = first.start().get();
      JsonValue e = last.end().get();
      double total = 0;
      double before = 0;
      for (int i = 0; i < tokens.size(); i++) {
        double len = tokens.get(i).strip().codePointCount(0, tokens.get(i).strip().length());
        before += i < k ? len : 0;
        total += len;
      }
      double len = tokens.get(k).strip().codePoints().count();
      String start = k == 0 ? s.text() : inside(s, e, (before) / total);
      String end = k == tokens.size() - 1 ? e.text() : inside(s, e, (before + len) / total);
      return new Times(Optional.of(start), Optional.of(end));
    }

    private static String inside(JsonValue s, JsonValue e, double fraction) {
      double value = s.number() + (Math.max(e.number(), s.number()) - s.number()) * fraction;
      String text = JsonText.seconds(value);
      double rounded = Double.parseDouble(text);
      return rounded < s.number() ? s.text() : rounded > e.number() ? e.text() : text;
    }
  }
}
