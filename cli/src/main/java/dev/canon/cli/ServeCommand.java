package dev.canon.cli;

import dev.canon.server.CanonServer;
import dev.canon.server.ServerOptions;
import dev.canon.server.Signals;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code canon serve}: Canon as an HTTP service, with the review page at {@code /}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Runs Canon as an HTTP service: POST /v1/correct, /v1/correct/{srt|vtt|whisper-json},",
        "GET /v1/dictionaries, POST /v1/dictionaries/reload (also on SIGHUP), /healthz, /readyz,",
        "/metrics, and the review page at /. SIGTERM stops gracefully (exit 0)."})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "N", description = "TCP port (default ${DEFAULT-VALUE}; 0 = any free one).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "H",
      description = "Address to bind (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 = every interface).")
  String host = "127.0.0.1";

  @Option(names = "--threads", paramLabel = "N", description = "Texts corrected at once (default: one per core).")
  Integer threads;

  @Option(names = "--queue", paramLabel = "N",
      description = "Requests that may wait for a thread; more get 503 + Retry-After (default: 64 per thread).")
  Integer queue;

  @Option(names = "--max-body", paramLabel = "BYTES",
      description = "Largest request body, and JSON Lines line (default ${DEFAULT-VALUE}).")
  long maxBody = ServerOptions.DEFAULT_MAX_BODY;

  @Option(names = "--grace", paramLabel = "SECONDS",
      description = "On SIGTERM, how long requests in flight may take to finish (default ${DEFAULT-VALUE}).")
  int grace = 30;

  @Mixin DictionaryOptions dictionaries;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new Main.UsageException("--port must be in 0..65535; got " + port);
    }
    if ((threads != null && threads < 1) || (queue != null && queue < 0) || maxBody < 1 || grace < 0) {
      throw new Main.UsageException("--threads must be >= 1, --queue >= 0, --max-body >= 1, --grace >= 0");
    }
    ServerOptions options = ServerOptions.defaults().withHost(host).withPort(port)
        .withDicts(dictionaries.dicts, !dictionaries.noDefault).withMaxBodyBytes(maxBody);
    if (threads != null) {
      options = options.withThreads(threads);
    }
    if (queue != null) {
      options = options.withQueue(queue);
    }
    long started = System.nanoTime();
    CanonServer server;
    try {
      server = CanonServer.start(options);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    CountDownLatch stopped = Signals.install(server, Duration.ofSeconds(grace));
    System.err.printf("canon: serving on http://%s:%d/ (started in %d ms; review page at /)%n",
        host.contains(":") ? "[" + host + "]" : host, server.port(), (System.nanoTime() - started) / 1_000_000);
    stopped.await();
    System.err.println("canon: stopped");
    return 0;
  }
}
