package dev.canon.eval;

import dev.canon.stream.StreamingCorrector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns the final text of a segment into the partial hypotheses a streaming ASR shows on the way:
 * growing word by word (a Latin word with its space and punctuation, or one or two Chinese
 * characters), and now and then showing its last one or two words wrong first (a Latin word cut
 * short or another word of the transcript; Chinese characters replaced by others of the
 * transcript), the way partial results are revised. Revisions stay inside the revisable tail of
 * {@link StreamingCorrector} (they never reach further back than its last {@code tokens} tokens),
 * so the sequence keeps the input contract. Deterministic for a given {@link Random}.
 */
final class PartialSequences {

  private final Random random;
  private final double reviseRate;
  private final int tokens;
  private final List<String> latinWords;
  private final String hanChars;

  /**
   * @param random the source of every choice (seeded by the caller)
   * @param reviseRate chance that a partial shows its last words wrong, in {@code [0, 1]}
   * @param tokens the revisable tail of the input contract
   * @param transcript the whole transcript, where wrong words and characters are drawn from
   */
  PartialSequences(Random random, double reviseRate, int tokens, String transcript) {
    this.random = random;
    this.reviseRate = reviseRate;
    this.tokens = tokens;
    List<String> latin = new ArrayList<>();
    StringBuilder han = new StringBuilder();
    for (String w : words(transcript, new Random(0))) {
      String core = w.strip();
      if (!core.isEmpty() && isLatin(core.codePointAt(0))) {
        latin.add(core);
      } else {
        core.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
            .forEach(han::appendCodePoint);
      }
    }
    this.latinWords = latin.isEmpty() ? List.of("the") : latin;
    this.hanChars = han.length() == 0 ? "的" : han.toString();
  }

  /** The partials of one segment, in order; the segment itself is the final text. */
  List<String> partials(String segment) {
    List<String> words = words(segment, random);
    List<String> out = new ArrayList<>();
    StringBuilder shown = new StringBuilder();
    for (int k = 0; k < words.size(); k++) {
      shown.append(words.get(k));
      String correct = shown.toString();
      if (random.nextDouble() < reviseRate) {
        int wrong = random.nextInt(3) == 0 ? 2 : 1;
        wrong = Math.min(wrong, k + 1);
        int from = correct.length();
        for (int i = 0; i < wrong; i++) {
          from -= words.get(k - i).length();
        }
        if (from >= StreamingCorrector.revisableFrom(correct, tokens)) {
          StringBuilder h = new StringBuilder(correct.substring(0, from));
          for (int i = wrong - 1; i >= 0; i--) {
            h.append(misheard(words.get(k - i)));
          }
          out.add(h.toString());
        }
      }
      out.add(correct);
    }
    return out;
  }

  /** What a hypothesis shows before the ASR settles on {@code word}. */
  private String misheard(String word) {
    String core = word.strip();
    int lead = word.indexOf(core.isEmpty() ? word : core);
    if (!core.isEmpty() && isLatin(core.codePointAt(0))) {
      String other = core.length() > 3 && random.nextBoolean()
          ? core.substring(0, 1 + random.nextInt(core.length() - 1))
          : latinWords.get(random.nextInt(latinWords.size()));
      return word.substring(0, lead) + other;
    }
    StringBuilder out = new StringBuilder();
    word.codePoints().forEach(cp -> {
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        int at = hanChars.offsetByCodePoints(0, random.nextInt(hanChars.codePointCount(0, hanChars.length())));
        out.appendCodePoint(hanChars.codePointAt(at));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /**
   * The text cut into the steps an ASR grows by: a Latin or digit word with the spaces before it
   * and the punctuation after it; one or two Chinese characters with the punctuation after them.
   * The pieces joined give the text back.
   */
  static List<String> words(String text, Random random) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isWhitespace(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i < text.length()) {
        int cp = text.codePointAt(i);
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
          int chars = 1 + random.nextInt(2);
          for (int c = 0; c < chars && i < text.length()
              && Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.HAN; c++) {
            i += Character.charCount(text.codePointAt(i));
          }
        } else if (Character.isLetterOrDigit(cp)) {
          while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))
              && Character.UnicodeScript.of(text.codePointAt(i)) != Character.UnicodeScript.HAN) {
            i += Character.charCount(text.codePointAt(i));
          }
        }
        // punctuation and symbols go with the word before them
        while (i < text.length() && !Character.isWhitespace(text.codePointAt(i))
            && !Character.isLetterOrDigit(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
      }
      if (i == start) {
        i += Character.charCount(text.codePointAt(i));
      }
      out.add(text.substring(start, i));
    }
    return out;
  }

  private static boolean isLatin(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }
}
