package dev.canon.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output or error is a terminal. Java 17 cannot ask isatty for one stream, so
 * on Linux this reads where {@code /proc/self/fd/N} points; elsewhere it falls back to
 * {@link System#console()} (both stdin and stdout interactive).
 */
final class Terminal {

  private Terminal() {}

  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | SecurityException e) {
      // fall through to the portable guess
    }
    return System.console() != null;
  }
}
