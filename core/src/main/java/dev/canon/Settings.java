package dev.canon;

/**
 * Tunable settings of a corrector.
 *
 * @param applyThreshold fuzzy, phonetic and pinyin candidates scoring at least this are applied
 */
record Settings(double applyThreshold) {

  static final double DEFAULT_APPLY = 0.8;
  static final Settings DEFAULT = new Settings(DEFAULT_APPLY);
}
