package dev.canon.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How {@code canon serve} runs. Immutable.
 *
 * @param host the address to bind; loopback unless the operator says otherwise
 * @param port the TCP port; 0 picks a free one (tests)
 * @param dicts YAML files or folders, loaded after the bundled dictionaries, in order; reloaded
 *     on {@code POST /v1/dictionaries/reload} and SIGHUP
 * @param defaultDicts whether the bundled dictionaries load
 * @param threads how many requests are corrected at once (the work threads)
 * @param queue how many more requests may wait for a work thread; past that the answer is 503
 *     with {@code Retry-After}
 * @param maxBodyBytes the largest request body (for JSON Lines: the largest line), in bytes
 */
public record ServerOptions(
    String host, int port, List<Path> dicts, boolean defaultDicts, int threads, int queue,
    long maxBodyBytes) {

  /** 4 MiB: an hour of transcript is about 60 KB of text, Whisper JSON with words a few MB. */
  public static final long DEFAULT_MAX_BODY = 4L << 20;

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    dicts = List.copyOf(dicts);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535; got " + port);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1; got " + threads);
    }
    if (queue < 0) {
      throw new IllegalArgumentException("queue must be >= 0; got " + queue);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1; got " + maxBodyBytes);
    }
  }

  /** Loopback, port 8080, bundled dictionaries, one thread per core, a queue of 64 per thread. */
  public static ServerOptions defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ServerOptions("127.0.0.1", 8080, List.of(), true, cores, 64 * cores, DEFAULT_MAX_BODY);
  }

  public ServerOptions withHost(String value) {
    return new ServerOptions(value, port, dicts, defaultDicts, threads, queue, maxBodyBytes);
  }

  public ServerOptions withPort(int value) {
    return new ServerOptions(host, value, dicts, defaultDicts, threads, queue, maxBodyBytes);
  }

  public ServerOptions withDicts(List<Path> value, boolean withDefaults) {
    return new ServerOptions(host, port, value, withDefaults, threads, queue, maxBodyBytes);
  }

  /** {@code value} work threads; the queue stays 64 per thread unless set after. */
  public ServerOptions withThreads(int value) {
    return new ServerOptions(host, port, dicts, defaultDicts, value, 64 * value, maxBodyBytes);
  }

  public ServerOptions withQueue(int value) {
    return new ServerOptions(host, port, dicts, defaultDicts, threads, value, maxBodyBytes);
  }

  public ServerOptions withMaxBodyBytes(long value) {
    return new ServerOptions(host, port, dicts, defaultDicts, threads, queue, value);
  }
}
