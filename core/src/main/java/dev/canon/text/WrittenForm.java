package dev.canon.text;

/**
 * A replacement written the way the text around it is written: in full width inside full-width
 * text ({@code ＧＰＴ－４} stays, {@code ｇｐｔ－４} becomes {@code ＧＰＴ－４}), in traditional
 * characters inside traditional text ({@code 阿里雲} stays, {@code 同意靈碼} becomes
 * {@code 通義靈碼}) and in simplified ones inside simplified text where the surface writes them so
 * (a canonical {@code 台積電} is {@code 台积电} there; but {@code 昇腾} keeps its {@code 昇}, a
 * variant simplified text uses in the name, when the surface has another char there), and with the spaces a spaced-out Chinese surface had between its chars
 * ({@code 阶 跃 新 辰} becomes {@code 阶 跃 星 辰}). A name already right in another width, script
 * or spacing is then its own replacement: linked, not changed. Pure functions.
 */
public final class WrittenForm {

  private WrittenForm() {}

  /**
   * {@code replacement} for {@code surface}, the chars {@code [start, end)} of {@code text},
   * written in the surface's width, the script of the text around it and the surface's spacing.
   */
  public static String like(String text, int start, int end, String surface, String replacement) {
    if (replacement.equals(surface)) {
      return replacement;
    }
    String out = replacement;
    // the text around is read only for a replacement with chars of one script (most have none)
    if (has(out, true) && ChineseScript.isTraditionalAround(text, start, end)) {
      out = ChineseScript.toTraditional(out);
    } else if (has(out, false) && ChineseScript.isSimplifiedAround(text, start, end)) {
      out = simplifiedAsWritten(out, surface);
    }
    if (isFullWidth(surface)) {
      out = toFullWidth(out);
    }
    return withSpacing(surface, out);
  }

  /**
   * {@code canonical} with each traditional char simplified only where the surface, aligned char
   * by char, writes that simplified char: a name's variant chars ({@code 昇腾}, not 升腾) stay
   * as the dictionary writes them unless the text itself writes them otherwise. A surface of
   * another length aligns nothing: the canonical as written.
   */
  private static String simplifiedAsWritten(String canonical, String surface) {
    int[] want = canonical.codePoints().toArray();
    int[] got = surface.codePoints().toArray();
    if (want.length != got.length) {
      return canonical;
    }
    StringBuilder out = new StringBuilder(canonical.length());
    for (int i = 0; i < want.length; i++) {
      String simplified = ChineseScript.toSimplified(new String(Character.toChars(want[i])));
      boolean asWritten = simplified.codePointCount(0, simplified.length()) == 1 && simplified.codePointAt(0) == got[i];
      out.appendCodePoint(asWritten ? got[i] : want[i]);
    }
    return out.toString();
  }

  /** True when {@code s} has a char written only in simplified (or, if not, only in traditional) text. */
  private static boolean has(String s, boolean simplifiedOnly) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (simplifiedOnly ? ChineseScript.isSimplified(c) : ChineseScript.isTraditional(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Scripts.isHorizontalSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Full-width Latin letters, digits or signs, and no half-width ones. */
  private static boolean isFullWidth(String s) {
    boolean full = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        full = true;
      } else if (c > ' ' && c < 0x7F) {
        return false;
      }
    }
    return full;
  }

  private static String toFullWidth(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
    }
    return out.toString();
  }

  /**
   * The replacement with the surface's spaces between Han chars put back after the same chars,
   * when the surface without them has as many chars as the replacement; else the replacement.
   */
  private static String withSpacing(String surface, String replacement) {
    if (!hasSpace(surface)) {
      return replacement; // the common case: nothing to carry over, nothing made
    }
    StringBuilder bare = new StringBuilder(surface.length());
    int[] gapAfter = new int[surface.length()];
    String[] gaps = new String[surface.length()];
    int gapCount = 0;
    for (int i = 0; i < surface.length(); ) {
      int j = i;
      while (j < surface.length() && Scripts.isHorizontalSpace(surface.charAt(j))) {
        j++;
      }
      if (j > i) {
        if (bare.length() == 0 || j == surface.length() || !Scripts.isHan(surface.charAt(j))
            || !Scripts.isHan(bare.charAt(bare.length() - 1))) {
          return replacement; // spaces not between Han chars: not a spaced-out name
        }
        gapAfter[gapCount] = bare.length();
        gaps[gapCount++] = surface.substring(i, j);
        i = j;
      } else {
        bare.append(surface.charAt(i++));
      }
    }
    if (gapCount == 0 || bare.length() != replacement.length()) {
      return replacement;
    }
    StringBuilder out = new StringBuilder(surface.length());
    int g = 0;
    for (int k = 0; k < replacement.length(); k++) {
      out.append(replacement.charAt(k));
      while (g < gapCount && gapAfter[g] == k + 1) {
        out.append(gaps[g++]);
      }
    }
    return out.toString();
  }
}
