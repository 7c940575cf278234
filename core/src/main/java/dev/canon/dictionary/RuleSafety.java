package dev.canon.dictionary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses rules that cannot be applied: a replacement that names a group the pattern lacks, and a
 * pattern that matches the empty string (it would insert text everywhere). Runaway backtracking
 * is bounded when rules run, see {@code dev.canon.candidate.RuleMatcher}.
 */
final class RuleSafety {

  private RuleSafety() {}

  static void check(Pattern pattern, String replace, Location at, String path) {
    Matcher empty = pattern.matcher("");
    if (empty.matches()) {
      throw new DictionaryException(
          at, path + "pattern matches the empty string; it must match at least one character");
    }
    int groups = empty.groupCount();
    for (int i = 0; i < replace.length(); i++) {
      char c = replace.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '$' && i + 1 < replace.length() && Character.isDigit(replace.charAt(i + 1))) {
        int group = replace.charAt(i + 1) - '0';
        if (group > groups) {
          throw new DictionaryException(
              at, path + "replace refers to group $" + group + " but the pattern has " + groups);
        }
      }
    }
  }
}
