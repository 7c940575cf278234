package dev.canon.formats.json;

/**
 * Converts UTF-16 indices of one string to code-point indices, for JSON output. Calls with
 * non-decreasing indices cost O(distance moved); a smaller index restarts from the beginning.
 */
public final class CodePoints {

  private final String text;
  private int utf16;
  private int codePoints;

  public CodePoints(String text) {
    this.text = text;
  }

  public int at(int index) {
    if (index < utf16) {
      utf16 = 0;
      codePoints = 0;
    }
    codePoints += text.codePointCount(utf16, index);
    utf16 = index;
    return codePoints;
  }
}
