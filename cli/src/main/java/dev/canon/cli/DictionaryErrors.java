package dev.canon.cli;

import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.DictionaryException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints dictionary problems on the command line: one {@code file:line:column: message} line
 * each, and, when one names a bundled dictionary, how to do without it.
 */
final class DictionaryErrors {

  private DictionaryErrors() {}

  static void print(String command, DictionaryException e, PrintWriter err) {
    List<DictionaryException> problems = e.problems();
    if (problems.size() == 1) {
      err.println(command + ": dictionary error: " + e.getMessage());
    } else {
      err.println(command + ": " + problems.size() + " dictionary errors:");
      problems.forEach(p -> err.println(p.getMessage()));
    }
    hint(problems, err);
  }

  /** A line pointing out {@code --no-default-dict} when a problem involves a bundled dictionary. */
  static void hint(List<DictionaryException> problems, PrintWriter err) {
    long bundled = problems.stream().filter(DictionaryErrors::mentionsBundled).count();
    if (bundled > 0) {
      err.println("hint: " + bundled + (bundled == 1 ? " problem involves" : " problems involve")
          + " a bundled dictionary: resolve " + (bundled == 1 ? "it" : "each") + " in your file (override: true,"
          + " disable: [id], or another form),"
          + " or load only your own dictionaries with --no-default-dict");
    }
  }

  private static boolean mentionsBundled(DictionaryException p) {
    for (String name : BundledDictionaries.names()) {
      if (p.getMessage().contains(BundledDictionaries.label(name))) {
        return true;
      }
    }
    return false;
  }
}
