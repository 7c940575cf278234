package dev.canon.dictionary;

/**
 * A dictionary could not be loaded or combined. The message starts with the location, e.g.
 * {@code ai-news.yaml:41:7: alias "Lama" of entity "llama" is already an alias of "lama-tibetan"}.
 */
public final class DictionaryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String problem;

  public DictionaryException(Location location, String problem) {
    this(location, problem, null);
  }

  public DictionaryException(Location location, String problem, Throwable cause) {
    super(location + ": " + problem, cause);
    this.location = location;
    this.problem = problem;
  }

  /** Where the problem is. */
  public Location location() {
    return location;
  }

  /** What is wrong and what to fix, without the location. */
  public String problem() {
    return problem;
  }
}
