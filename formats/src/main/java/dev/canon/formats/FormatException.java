package dev.canon.formats;

/**
 * A transcript file that does not follow its format. Thrown before anything is written, so a
 * caller never gets half a file.
 */
public final class FormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Format format;
  private final int line;

  /**
   * @param format the format being read
   * @param line the 1-based line where the problem is (counting the line a BOM sits on as 1)
   * @param problem what is wrong and, where it helps, what was expected
   */
  public FormatException(Format format, int line, String problem) {
    super(format.cliName() + " line " + line + ": " + problem);
    this.format = format;
    this.line = line;
  }

  /** The format being read. */
  public Format format() {
    return format;
  }

  /** The 1-based line of the problem. */
  public int line() {
    return line;
  }
}
