package dev.canon.server;

import dev.canon.dictionary.DictionaryException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Unix signals for a running server: SIGHUP reloads the dictionaries (a broken one is logged and
 * the old ones keep serving); SIGTERM and SIGINT stop gracefully and let the process exit 0.
 *
 * <p>Uses {@code sun.misc.Signal} (module {@code jdk.unsupported}): the JDK has no supported API
 * for SIGHUP, and a shutdown hook alone would make SIGTERM exit 143, not 0. Where the JVM runs with
 * {@code -Xrs} or the platform lacks a signal, that signal is left alone (logged).
 */
public final class Signals {

  private static final Logger LOG = LoggerFactory.getLogger(Signals.class);

  private Signals() {}

  /**
   * Installs the handlers and returns a latch that opens once a stop signal has stopped
   * {@code server}; the caller waits on it and exits 0.
   */
  public static CountDownLatch install(CanonServer server, Duration grace) {
    CountDownLatch stopped = new CountDownLatch(1);
    handle("HUP", () -> {
      try {
        server.reload();
      } catch (DictionaryException | IllegalArgumentException e) {
        LOG.error("SIGHUP reload failed, the previous dictionaries keep serving: {}", e.getMessage());
      }
    });
    Runnable stop = () -> {
      if (stopped.getCount() > 0) {
        LOG.info("stopping: finishing requests in flight (at most {} s)", grace.toSeconds());
        server.stop(grace);
        stopped.countDown();
      }
    };
    handle("TERM", stop);
    handle("INT", stop);
    return stopped;
  }

  private static void handle(String name, Runnable action) {
    try {
      // The JVM runs a handler on its own thread; the work goes to another so a second signal
      // (a reload during a reload) is not blocked.
      Signal.handle(new Signal(name), s -> new Thread(action, "canon-signal-" + name).start());
    } catch (IllegalArgumentException e) {
      LOG.warn("SIG{} not handled here: {}", name, e.getMessage());
    }
  }
}
