package dev.canon.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of items on N threads and hands the results on in input order.
 * At most {@code window} items are in flight, so memory stays bounded whatever the input size.
 */
final class OrderedParallel<T, R> implements AutoCloseable {

  private final ExecutorService pool;
  private final Function<T, R> work;
  private final Consumer<R> sink;
  private final Deque<Future<R>> inFlight = new ArrayDeque<>();
  private final int window;

  OrderedParallel(int threads, Function<T, R> work, Consumer<R> sink) {
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "canon-worker");
      t.setDaemon(true);
      return t;
    });
    this.work = work;
    this.sink = sink;
    this.window = threads * 64;
  }

  void submit(T item) {
    inFlight.addLast(pool.submit(() -> work.apply(item)));
    while (inFlight.size() >= window) {
      drainOne();
    }
  }

  /** Hands on every pending result, in order. */
  void finish() {
    while (!inFlight.isEmpty()) {
      drainOne();
    }
  }

  private void drainOne() {
    Future<R> next = inFlight.removeFirst();
    try {
      sink.accept(next.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a result", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
