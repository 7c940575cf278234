package dev.canon.dictionary;

/**
 * Where something stands in a dictionary file: source name, 1-based line and column.
 *
 * @param source file name or other label of the source, e.g. {@code ai-news.yaml}
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String source, int line, int column) {

  /** A location for data built in code rather than read from a file. */
  public static Location inCode(String label) {
    return new Location(label, 0, 0);
  }

  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ":" + column : source;
  }
}
