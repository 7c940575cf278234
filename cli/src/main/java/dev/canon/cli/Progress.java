package dev.canon.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress report on standard error: lines done, rate, and for files of known size the
 * percentage and time left. Silent unless standard error is a terminal, or with {@code --quiet}.
 */
final class Progress {

  private static final long EVERY_NANOS = 200_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastShown;
  private long totalBytes;
  private long lines;

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Sets the expected total input size in bytes (0 when unknown, e.g. standard input). */
  void expect(long bytes) {
    this.totalBytes = bytes;
  }

  /** Records one more line done, having read {@code bytesRead} bytes in all. */
  void step(long bytesRead) {
    lines++;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastShown < EVERY_NANOS) {
      return;
    }
    lastShown = now;
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double rate = lines / seconds;
    String line = String.format(Locale.ROOT, "\r%,d lines  %,.0f lines/s", lines, rate);
    if (totalBytes > 0 && bytesRead > 0) {
      double done = Math.min(1, (double) bytesRead / totalBytes);
      double left = seconds / done - seconds;
      line += String.format(Locale.ROOT, "  %3.0f%%  ETA %s", done * 100, eta(left));
    }
    err.print(line);
    err.flush();
  }

  /** Clears the progress line. */
  void done() {
    clear();
  }

  /** Clears the progress line, so a message can be printed on a line of its own. */
  void clear() {
    if (enabled && lastShown != 0) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private static String eta(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
