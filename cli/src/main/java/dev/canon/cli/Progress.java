package dev.canon.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Counts what {@code correct} did and reports it on standard error: while it runs, a one-line
 * progress report (records, rate, and for inputs of known size the percentage and time left),
 * only when standard error is a terminal; at the end, one summary line (records, changed,
 * errors, skipped, rate), unless {@code --quiet}.
 *
 * <p>The time left is the bytes still to answer divided by the rate of the last
 * {@value #WINDOW_SECONDS} seconds (bytes of answered records, not bytes read ahead), so a slow
 * start (class loading, JIT) is forgotten once the window has passed it and a momentary stall
 * does not swing it. Not thread-safe: one thread at a time (the JSON Lines writer thread, or the
 * main thread).
 */
final class Progress {

  /** What became of one record. */
  enum Outcome { CHANGED, UNCHANGED, ERROR, SKIPPED }

  static final int WINDOW_SECONDS = 10;
  private static final long EVERY_NANOS = 200_000_000L;
  private static final long WINDOW_NANOS = WINDOW_SECONDS * 1_000_000_000L;

  private record Sample(long nanos, long bytes) {}

  private final PrintStream err;
  private final boolean live;
  private final boolean summary;
  private final LongSupplier clock;
  private final long started;
  private final Deque<Sample> window = new ArrayDeque<>();
  private long lastShown;
  private boolean shown;
  private long totalBytes;
  private long base;
  private long done;
  private long records;
  private long changed;
  private long errors;
  private long skipped;

  /**
   * @param live show the progress line (standard error is a terminal, not {@code --quiet})
   * @param summary print the summary line at the end (not {@code --quiet})
   */
  Progress(PrintStream err, boolean live, boolean summary) {
    this(err, live, summary, System::nanoTime);
  }

  Progress(PrintStream err, boolean live, boolean summary, LongSupplier clock) {
    this.err = err;
    this.live = live;
    this.summary = summary;
    this.clock = clock;
    this.started = clock.getAsLong();
    window.add(new Sample(started, 0));
  }

  /** Sets the total size of all inputs in bytes (0 when unknown, e.g. standard input). */
  void expect(long bytes) {
    this.totalBytes = bytes;
  }

  /** Starts the next input: bytes from now on count from its start. */
  void nextInput() {
    base = done;
  }

  /** Records one more record, having answered {@code bytesInInput} bytes of the current input. */
  void step(long bytesInInput, Outcome outcome) {
    switch (outcome) {
      case CHANGED -> { records++; changed++; }
      case UNCHANGED -> records++;
      case ERROR -> { records++; errors++; }
      case SKIPPED -> skipped++;
    }
    done = Math.max(done, base + bytesInInput);
    long now = clock.getAsLong();
    if (now - lastShown < EVERY_NANOS) {
      return;
    }
    lastShown = now;
    window.addLast(new Sample(now, done));
    while (window.size() > 2 && now - window.peekFirst().nanos() > WINDOW_NANOS) {
      window.removeFirst();
    }
    if (live) {
      err.print("\r" + line(now) + "\033[K");
      err.flush();
      shown = true;
    }
  }

  /** The progress line at time {@code now} (no carriage return). */
  String line(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String line = String.format(Locale.ROOT, "%,d records  %,.0f records/s", records, records / seconds);
    double left = secondsLeft(now);
    if (totalBytes > 0) {
      line += String.format(Locale.ROOT, "  %3.0f%%", Math.min(100.0, 100.0 * done / totalBytes));
      if (left >= 0) {
        line += "  ETA " + clock(left);
      }
    }
    return line;
  }

  /** Seconds left at the rate of the last window, or -1 when unknown. */
  double secondsLeft(long now) {
    Sample first = window.peekFirst();
    double seconds = (now - first.nanos()) / 1e9;
    long bytes = done - first.bytes();
    if (totalBytes <= 0 || seconds <= 0 || bytes <= 0) {
      return -1;
    }
    return Math.max(0, totalBytes - done) / (bytes / seconds);
  }

  /** Clears the progress line, so a message can be printed on a line of its own. */
  void clear() {
    if (live && shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }

  /** Clears the progress line and prints the summary. */
  void done() {
    clear();
    if (summary) {
      err.println(summary(clock.getAsLong()));
      err.flush();
    }
  }

  /** {@code canon: 1,000 records, 12 changed, 1 error, 2 skipped in 1.2 s (833 records/s, 1.5 MB/s)}. */
  String summary(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double rate = records / seconds;
    return String.format(Locale.ROOT, "canon: %,d %s, %,d changed, %,d %s, %,d skipped in %.1f s (%s records/s, %.1f MB/s)",
        records, records == 1 ? "record" : "records", changed, errors, errors == 1 ? "error" : "errors", skipped,
        seconds, String.format(Locale.ROOT, rate < 10 ? "%.1f" : "%,.0f", rate), done / seconds / 1e6);
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
