package dev.canon.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryException;
import dev.canon.formats.FormatException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Canon as an HTTP service (Javalin on Jetty): the JSON API, metrics, health and the review page.
 * See the README, "Run it as a service", for the endpoints.
 *
 * <pre>{@code
 * CanonServer server = CanonServer.start(ServerOptions.defaults().withPort(0));
 * int port = server.port();
 * ...
 * server.stop(Duration.ofSeconds(30));
 * }</pre>
 *
 * <p>Thread-safe. {@link #stop} is graceful: the server stops accepting connections, answers
 * new requests on open connections with 503, lets requests in flight finish, then closes.
 */
public final class CanonServer {

  private static final Logger LOG = LoggerFactory.getLogger(CanonServer.class);

  /** A {@code /v1/stream} connection without any message (or ping) for this long is closed. */
  static final Duration STREAM_IDLE = Duration.ofMinutes(5);

  private final ServerOptions options;
  private final WorkQueue work;
  private final ServerMetrics metrics;
  // Set once the dictionaries have loaded (while the HTTP server starts); until then every
  // request but /healthz and /metrics answers 503 "starting".
  private volatile DictionaryHolder dictionaries;
  private volatile CorrectApi api;
  private volatile FileApi files;
  private volatile StreamSocket stream;
  /**
   * Requests from their start until Jetty has completed their response, last chunk written:
   * counted around Javalin, since an after-handler runs before the response is complete and a
   * stop at that moment cut the end of a JSON Lines answer (OverloadAndShutdownTest, seen under load).
   */
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean draining;
  private Javalin app;

  private CanonServer(ServerOptions options) {
    this.options = options;
    this.work = new WorkQueue(options.threads(), options.queue());
    this.metrics = new ServerMetrics(work::waiting);
  }

  private void load() {
    DictionaryHolder loaded = new DictionaryHolder(options);
    metrics.dictionaries(loaded.current());
    api = new CorrectApi(loaded, work, metrics, options.maxBodyBytes());
    files = new FileApi(loaded, work, metrics, options.maxBodyBytes());
    stream = new StreamSocket(loaded, work, metrics);
    dictionaries = loaded;
  }

  /**
   * Loads the dictionaries and starts listening.
   *
   * @throws DictionaryException when a dictionary does not load
   * @throws IllegalArgumentException when a {@code --dict} path does not exist, or the address
   *     cannot be listened on (port in use)
   */
  public static CanonServer start(ServerOptions options) {
    CanonServer server = new CanonServer(options);
    // Jetty starts on another thread while this one loads the dictionaries: on two cores that
    // takes a good part off the time to the first answer.
    CompletableFuture<Javalin> http = CompletableFuture.supplyAsync(
        () -> server.create().start(options.host(), options.port()));
    try {
      server.load();
    } catch (RuntimeException e) {
      http.thenAccept(Javalin::stop);
      server.work.close();
      throw e;
    }
    try {
      server.app = http.join();
    } catch (CompletionException e) {
      server.work.close();
      if (e.getCause() instanceof JavalinBindException bind) {
        throw new IllegalArgumentException("cannot listen on " + options.host() + ":" + options.port()
            + " (" + bind.getMessage() + ")", bind);
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    return server;
  }

  /** The port listened on (the chosen one when the options said 0). */
  public int port() {
    return app.port();
  }

  public ServerOptions options() {
    return options;
  }

  /**
   * Reloads the dictionaries from their paths (as {@code POST /v1/dictionaries/reload} and SIGHUP
   * do). Requests in flight finish with the old ones.
   *
   * @throws DictionaryException when one does not load; the old ones keep serving
   */
  public Corrector reload() {
    try {
      Corrector next = dictionaries.reload();
      metrics.reload(true);
      metrics.dictionaries(next);
      LOG.info("dictionaries reloaded: {}", next.versions());
      return next;
    } catch (RuntimeException e) {
      metrics.reload(false);
      throw e;
    }
  }

  /**
   * Stops gracefully: no new connections, 503 for new requests, requests in flight finish (for
   * at most {@code grace}), then the server closes.
   */
  public void stop(Duration grace) {
    draining = true;
    // Stop taking connections but keep the open ones: Connector.shutdown() and close() would
    // also end requests in flight. New connections wait in the backlog until the socket closes.
    for (Connector c : app.jettyServer().server().getConnectors()) {
      if (c instanceof AbstractConnector listener) {
        listener.setAccepting(false);
      }
    }
    long deadline = System.nanoTime() + grace.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    app.stop();
    work.close();
  }

  private Javalin create() {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      // HTTP threads only read, wait and write (work runs on the WorkQueue); a request waiting
      // in the queue holds one, so the pool must be larger than the queue.
      QueuedThreadPool http = new QueuedThreadPool(Math.max(200, options.queue() + options.threads() + 50), 8);
      http.setName("canon-http");
      config.jetty.threadPool = http;
      // Javalin attaches its servlet context inside a wrapper the server already has
      config.jetty.modifyServer(server -> server.setHandler(new CountInFlight(inFlight)));
      config.staticFiles.add("/canon/review", Location.CLASSPATH);
      config.routes.before(this::admit);
      config.routes.after(this::record);
      config.routes.get("/healthz", ctx -> route(ctx, "/healthz").result("{\"status\":\"ok\"}"));
      config.routes.get("/readyz", this::ready);
      config.routes.get("/metrics", ctx -> route(ctx, "/metrics")
          .contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
      config.routes.get("/v1/dictionaries", ctx -> CorrectApi.json(route(ctx, "/v1/dictionaries"),
          describe(dictionaries.current()).toString()));
      config.routes.post("/v1/dictionaries/reload", this::reload);
      config.routes.post("/v1/correct", ctx -> api.correct(route(ctx, "/v1/correct")));
      config.routes.post("/v1/correct/{format}", ctx -> files.correctFile(route(ctx, "/v1/correct/{format}")));
      config.routes.post("/v1/review/{format}", ctx -> files.review(route(ctx, "/v1/review/{format}")));
      config.routes.ws("/v1/stream", ws -> StreamSocket.configure(ws, () -> stream));
      config.jetty.modifyWebSocketServletFactory(ws -> {
        ws.setMaxTextMessageSize(options.maxBodyBytes());
        ws.setIdleTimeout(STREAM_IDLE); // captions may pause longer than Jetty's 30 s default
      });
      config.routes.exception(ApiException.class, (e, ctx) -> {
        if (e.retryAfter() != null) {
          ctx.header("Retry-After", e.retryAfter());
        }
        error(ctx, e.status(), e.error(), e.getMessage());
      });
      config.routes.exception(FormatException.class,
          (e, ctx) -> error(ctx, 400, "bad_file", e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal", "the server failed on this request: " + e);
      });
      config.routes.error(404, ctx -> {
        if (ctx.attribute("canon.error") == null) {
          error(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
        }
      });
      config.routes.error(405, ctx -> error(ctx, 405, "method_not_allowed",
          ctx.method() + " is not allowed on " + ctx.path()));
    });
  }

  private void admit(Context ctx) {
    ctx.attribute("canon.start", System.nanoTime());
    if (dictionaries == null && !ctx.path().equals("/healthz") && !ctx.path().equals("/metrics")) {
      throw new ApiException(503, "starting", "the dictionaries are still loading", "1");
    }
    if (draining && !ctx.path().equals("/healthz")) {
      ctx.header("Connection", "close");
      throw new ApiException(503, "shutting_down", "the server is shutting down", "5");
    }
  }

  private void record(Context ctx) {
    Long start = ctx.attribute("canon.start");
    String route = ctx.attribute("canon.route");
    if (start != null) {
      metrics.request(ctx.method().name(), route == null ? "other" : route, ctx.statusCode(),
          System.nanoTime() - start);
    }
  }

  private static Context route(Context ctx, String route) {
    ctx.attribute("canon.route", route);
    return ctx;
  }

  private void ready(Context ctx) {
    route(ctx, "/readyz");
    if (draining) {
      error(ctx, 503, "shutting_down", "the server is shutting down");
    } else {
      CorrectApi.json(ctx, "{\"status\":\"ready\"}");
    }
  }

  private void reload(Context ctx) throws Exception {
    route(ctx, "/v1/dictionaries/reload");
    try {
      CorrectApi.json(ctx, describe(reload()).toString());
    } catch (DictionaryException e) {
      error(ctx, 422, "dictionary", e.getMessage() + " (the previous dictionaries keep serving)");
    } catch (IllegalArgumentException e) {
      error(ctx, 422, "dictionary", e.getMessage() + " (the previous dictionaries keep serving)");
    }
  }

  private static ObjectNode describe(Corrector corrector) {
    ObjectNode out = Bodies.JSON.createObjectNode();
    ArrayNode list = out.putArray("dictionaries");
    for (Dictionary d : corrector.dictionaries()) {
      list.addObject().put("name", d.name()).put("fingerprint", d.fingerprint())
          .put("entities", d.entities().size()).put("source", d.source());
    }
    return out;
  }

  static void error(Context ctx, int status, String error, String detail) {
    ObjectNode body = Bodies.JSON.createObjectNode().put("error", error).put("detail", detail);
    ctx.attribute("canon.error", error);
    ctx.status(status).contentType("application/json; charset=utf-8")
        .result(body.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Counts each request from its start until its completion (the response fully written or failed). */
  private static final class CountInFlight extends Handler.Wrapper {
    private final AtomicInteger inFlight;

    CountInFlight(AtomicInteger inFlight) {
      this.inFlight = inFlight;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      inFlight.incrementAndGet();
      Request.addCompletionListener(request, failure -> inFlight.decrementAndGet());
      return super.handle(request, response, callback);
    }
  }
}
