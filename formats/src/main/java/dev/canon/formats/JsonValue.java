package dev.canon.formats;

/**
 * A string or number literal of a JSON text, with where it stands, so it can be replaced without
 * touching the bytes around it.
 *
 * @param start index of its first char in the JSON text (the opening quote of a string)
 * @param end index just after its last char, exclusive
 * @param text the decoded string, or the number as written
 * @param number the number's value; 0 for strings
 */
public record JsonValue(int start, int end, String text, double number) {

  public JsonValue {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("start must be >= 0 and end >= start; got " + start + ", " + end);
    }
  }
}
