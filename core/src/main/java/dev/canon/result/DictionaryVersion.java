package dev.canon.result;

import java.util.Objects;

/**
 * Names one dictionary a result was computed with, and the exact content of it.
 *
 * @param name the dictionary's name
 * @param fingerprint SHA-256 of its file's bytes, hex
 */
public record DictionaryVersion(String name, String fingerprint) {

  public DictionaryVersion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
