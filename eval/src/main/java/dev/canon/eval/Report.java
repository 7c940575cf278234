package dev.canon.eval;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of an evaluation. Immutable.
 *
 * @param categories score per category, sorted by category name
 * @param findings every miss and false positive, in the order of the sentences
 */
public record Report(SortedMap<String, Score> categories, List<Finding> findings) {

  public Report {
    categories = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(categories));
    findings = List.copyOf(findings);
  }

  /** The sum over every category whose name does not start with {@code clean}. */
  public Score labelled() {
    return sum(false);
  }

  /** The sum over the clean-text categories (names starting with {@code clean}). */
  public Score clean() {
    return sum(true);
  }

  /** The score of one category, or {@link Score#EMPTY}. */
  public Score category(String name) {
    return categories.getOrDefault(name, Score.EMPTY);
  }

  private Score sum(boolean clean) {
    Score total = Score.EMPTY;
    for (Map.Entry<String, Score> e : categories.entrySet()) {
      if (e.getKey().startsWith(Evaluator.CLEAN_PREFIX) == clean) {
        total = total.plus(e.getValue());
      }
    }
    return total;
  }
}
