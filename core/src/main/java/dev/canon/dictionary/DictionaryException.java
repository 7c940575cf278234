package dev.canon.dictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A dictionary could not be loaded or combined. The message starts with the location, e.g.
 * {@code ai-news.yaml:41:7: alias "Lama" of entity "llama" is already an alias of "lama-tibetan"}.
 *
 * <p>One exception may carry several problems (every bad value of a file, every broken file of a
 * folder, every clash between dictionaries), so that a user fixes them in one round. Then
 * {@link #problems()} lists them in file order, {@link #location()} and {@link #problem()} are
 * those of the first, and the message holds one line per problem.
 */
public final class DictionaryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String problem;
  private final transient List<DictionaryException> problems;

  public DictionaryException(Location location, String problem) {
    this(location, problem, null);
  }

  public DictionaryException(Location location, String problem, Throwable cause) {
    super(location + ": " + problem, cause);
    this.location = location;
    this.problem = problem;
    this.problems = List.of(this);
  }

  private DictionaryException(List<DictionaryException> all) {
    super(String.join("\n", all.stream().map(DictionaryException::getMessage).toList()), all.get(0).getCause());
    this.location = all.get(0).location();
    this.problem = all.get(0).problem();
    this.problems = List.copyOf(all);
  }

  /**
   * One exception for {@code found}: the problem itself when there is one, else one that lists
   * them all (each exception's own problems flattened, in the order given).
   *
   * @param found at least one exception
   */
  public static DictionaryException of(List<DictionaryException> found) {
    Objects.requireNonNull(found, "found");
    if (found.isEmpty()) {
      throw new IllegalArgumentException("found must hold at least one problem");
    }
    List<DictionaryException> flat = new ArrayList<>();
    found.forEach(e -> flat.addAll(e.problems()));
    return flat.size() == 1 ? flat.get(0) : new DictionaryException(flat);
  }

  /** Throws {@link #of} the problems of {@code found}, sorted by file, line and column, if any. */
  static void throwIfAny(List<DictionaryException> found) {
    if (!found.isEmpty()) {
      List<DictionaryException> sorted = new ArrayList<>(found);
      sorted.sort(Comparator.comparing((DictionaryException e) -> e.location().source())
          .thenComparingInt(e -> e.location().line())
          .thenComparingInt(e -> e.location().column()));
      throw of(sorted);
    }
  }

  /** Where the (first) problem is. */
  public Location location() {
    return location;
  }

  /** What is wrong and what to fix, without the location; of the first problem when there are several. */
  public String problem() {
    return problem;
  }

  /** Every problem, each with its own location; a list of this exception alone when there is one. */
  public List<DictionaryException> problems() {
    return problems;
  }
}
