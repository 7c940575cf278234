package dev.canon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * A server on a free loopback port with the test dictionary copied to a folder of its own (so
 * tests can change it and reload), and a real HTTP client.
 */
final class TestServer implements AutoCloseable {

  static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  final Path dictionary;
  final CanonServer server;
  final URI base;

  TestServer(Path folder, ServerOptions options) {
    this.dictionary = folder.resolve("review-test.yaml");
    write(dictionary, resource("/dictionaries/review-test.yaml"));
    this.server = CanonServer.start(options.withHost("127.0.0.1").withPort(0)
        .withDicts(List.of(dictionary), false));
    this.base = URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  TestServer(Path folder) {
    this(folder, ServerOptions.defaults().withThreads(2).withMaxBodyBytes(64 * 1024));
  }

  static String resource(String name) {
    try (InputStream in = TestServer.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces {@code file} in one step, so a reload never reads half of it. */
  static void write(Path file, String text) {
    try {
      Path next = file.resolveSibling(file.getFileName() + ".next");
      Files.writeString(next, text);
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  HttpResponse<String> postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  static JsonNode json(String text) {
    try {
      return Bodies.JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(Duration.ofSeconds(5));
  }
}
