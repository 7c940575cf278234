package dev.canon.dictionary;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A regular-expression rewrite: every match of {@code pattern} is replaced by {@code replace}
 * ({@code $1}-style group references, as {@link java.util.regex.Matcher#replaceAll}).
 *
 * @param pattern the compiled pattern
 * @param replace the replacement template
 * @param location where the rule is declared
 */
public record Rule(Pattern pattern, String replace, Location location) {

  public Rule {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(replace, "replace");
    Objects.requireNonNull(location, "location");
  }
}
