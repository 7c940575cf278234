package dev.canon.result;

import java.util.Locale;

/** How a mention was found. The JSON name is the lower-case constant name. */
public enum Method {
  /** The span is, after normalization, the entity's canonical name or one of its synonyms. */
  EXACT,
  /** The span is, after normalization, one of the entity's aliases (a known wrong form). */
  ALIAS,
  /** The span is close in spelling to a form (bounded edit distance, token-aware). */
  FUZZY,
  /** The span sounds like an English form (Double Metaphone keys). */
  PHONETIC,
  /** The span reads like a Chinese form in pinyin (homophones and near-homophones). */
  PINYIN,
  /** A regular-expression rule of a dictionary matched the span. */
  RULE;

  /** The name used in JSON and on the command line: {@code exact}, {@code alias}, ... */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
