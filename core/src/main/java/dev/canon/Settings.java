package dev.canon;

import dev.canon.dictionary.Thresholds;

/**
 * Tunable settings of a corrector.
 *
 * @param thresholds apply/suggest thresholds for entities and dictionaries that set none
 */
record Settings(Thresholds thresholds) {

  static final Settings DEFAULT = new Settings(Thresholds.DEFAULT);
}
