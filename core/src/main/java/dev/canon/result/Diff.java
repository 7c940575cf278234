package dev.canon.result;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** Renders corrections as diffs. Stateless; all methods are thread-safe. */
public final class Diff {

  private Diff() {}

  /**
   * A unified diff of the lines of {@code original} and {@code corrected}, with three lines of
   * context. Returns {@code ""} when the two are equal.
   */
  public static String unified(String original, String corrected, String fromName, String toName) {
    if (original.equals(corrected)) {
      return "";
    }
    List<String> before = lines(original);
    List<String> after = lines(corrected);
    Patch<String> patch = DiffUtils.diff(before, after);
    List<String> out = UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, before, patch, 3);
    return String.join("\n", out) + "\n";
  }

  /**
   * The original text with every edit marked as {@code [-from-]{+to+}}. Inside an edit, the parts
   * that stay the same are left unmarked: tokens are single CJK characters and whole Latin words,
   * so CJK text is marked by character and Latin text by word.
   */
  public static String inline(String original, List<Edit> edits) {
    StringBuilder out = new StringBuilder(original.length() + edits.size() * 8);
    int at = 0;
    for (Edit edit : edits) {
      out.append(original, at, edit.span().start());
      markTokens(edit.from(), edit.to(), out);
      at = edit.span().end();
    }
    return out.append(original, at, original.length()).toString();
  }

  private static void markTokens(String from, String to, StringBuilder out) {
    List<String> a = InlineTokens.split(from);
    List<String> b = InlineTokens.split(to);
    Patch<String> patch = DiffUtils.diff(a, b);
    int at = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int pos = delta.getSource().getPosition();
      join(a, at, pos, out);
      List<String> removed = delta.getSource().getLines();
      List<String> added = delta.getTarget().getLines();
      if (!removed.isEmpty()) {
        out.append("[-").append(String.join("", removed)).append("-]");
      }
      if (!added.isEmpty()) {
        out.append("{+").append(String.join("", added)).append("+}");
      }
      at = pos + removed.size();
    }
    join(a, at, a.size(), out);
  }

  private static void join(List<String> tokens, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      out.append(tokens.get(i));
    }
  }

  /** Splits on line ends, keeping a trailing empty line out, so "a\nb\n" is [a, b]. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
