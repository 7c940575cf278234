package dev.canon.server;

import dev.canon.Corrector;
import dev.canon.result.DictionaryVersion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The service's metrics, through Micrometer, shown by {@code GET /metrics} in Prometheus text
 * format: requests and their latency (a histogram, by route and status), errors (by status),
 * texts and chars corrected, dictionary reloads, the queue, and the dictionaries in use
 * ({@code canon_dictionary_info{name, fingerprint} 1}), and the {@code /v1/stream} connections
 * open and messages answered. Thread-safe.
 */
final class ServerMetrics {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter texts;
  private final Counter chars;
  private final MultiGauge dictionaries;
  private final AtomicInteger streamConnections = new AtomicInteger();
  private final Counter streamAnswered;
  private final Counter streamFailed;

  ServerMetrics(Supplier<Integer> waiting) {
    texts = Counter.builder("canon.texts.corrected").description("Texts corrected").register(registry);
    chars = Counter.builder("canon.chars.corrected")
        .description("Characters (UTF-16 units) of text corrected").register(registry);
    dictionaries = MultiGauge.builder("canon.dictionary.info")
        .description("The dictionaries in use, by name and fingerprint (SHA-256); always 1")
        .register(registry);
    Gauge.builder("canon.queue.waiting", waiting::get)
        .description("Requests waiting for a work thread").register(registry);
    Gauge.builder("canon.stream.connections", streamConnections::get)
        .description("Open /v1/stream WebSocket connections").register(registry);
    streamAnswered = streamMessages("ok");
    streamFailed = streamMessages("error");
  }

  private Counter streamMessages(String result) {
    return Counter.builder("canon.stream.messages")
        .description("/v1/stream messages answered, by result (error: an error answer)")
        .tag("result", result).register(registry);
  }

  void streamConnection(int delta) {
    streamConnections.addAndGet(delta);
  }

  void streamMessage(boolean ok) {
    (ok ? streamAnswered : streamFailed).increment();
  }

  /** One answered request: {@code route} is its template ({@code /v1/correct/{format}}). */
  void request(String method, String route, int status, long nanos) {
    Timer.builder("canon.http.requests")
        .description("HTTP requests answered, with their latency")
        .tags("method", method, "route", route, "status", Integer.toString(status))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(100_000))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(Duration.ofNanos(nanos));
    if (status >= 400) {
      Counter.builder("canon.http.errors").description("HTTP requests answered with an error status")
          .tags("route", route, "status", Integer.toString(status)).register(registry).increment();
    }
  }

  void corrected(String text) {
    texts.increment();
    chars.increment(text.length());
  }

  void reload(boolean ok) {
    Counter.builder("canon.dictionary.reloads").description("Dictionary reloads, by result")
        .tag("result", ok ? "ok" : "failed").register(registry).increment();
  }

  void dictionaries(Corrector corrector) {
    List<DictionaryVersion> versions = corrector.versions();
    dictionaries.register(versions.stream()
        .map(v -> MultiGauge.Row.of(Tags.of("name", v.name(), "fingerprint", v.fingerprint()), 1))
        .toList(), true);
  }

  /** The Prometheus text exposition. */
  String scrape() {
    return registry.scrape();
  }
}
