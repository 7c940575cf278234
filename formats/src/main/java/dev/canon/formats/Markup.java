package dev.canon.formats;

import dev.canon.result.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subtitle markup that the corrector must neither read nor rewrite: tags ({@code <i>},
 * {@code <v Speaker>}, {@code <00:01.500>}), SSA overrides ({@code {\an8}}) and character
 * references ({@code &amp;}).
 */
final class Markup {

  private static final Pattern MARKUP =
      Pattern.compile("<[^<>\\n]*>|\\{\\\\[^{}\\n]*\\}|&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);");

  private Markup() {}

  /** Ranges of markup in {@code text}, sorted and disjoint. */
  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = MARKUP.matcher(text);
    while (m.find()) {
      spans.add(new Span(m.start(), m.end()));
    }
    return spans;
  }

  /**
   * {@code text} with each markup char replaced by a space: same length, so offsets still point
   * into the original, and the corrector sees word breaks where tags stood.
   */
  static String mask(String text, List<Span> markup) {
    if (markup.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (Span s : markup) {
      java.util.Arrays.fill(chars, s.start(), s.end(), ' ');
    }
    return new String(chars);
  }
}
