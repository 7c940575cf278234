package dev.canon.realdata;

import dev.canon.dictionary.Dictionary;
import java.util.List;

/**
 * What a runner returns: its Markdown report and its headline figures.
 *
 * @param report the full Markdown report
 * @param summary the line for {@link RealdataMain}'s table
 * @param alreadyNamesOnly whether the dictionaries used are names only already, so that a
 *     {@code --names-only} run would give the same figures
 */
public record Run(String report, Summary summary, boolean alreadyNamesOnly) {

  /** A run whose dictionaries were {@code used}. */
  static Run of(String report, Summary summary, List<Dictionary> used) {
    return new Run(report, summary, NamesOnly.of(used).equals(used));
  }
}
