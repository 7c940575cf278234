package dev.canon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files: compared for equality; rewritten when {@code -Dcanon.golden.update=true}. */
final class Golden {

  private Golden() {}

  static void check(Path file, String actual) throws IOException {
    if (Boolean.getBoolean("canon.golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        file + " differs; if the change is intended, rerun with -Dcanon.golden.update=true and review the diff");
  }
}
