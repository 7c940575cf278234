package dev.canon.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of items on N threads and hands the results to a sink in input
 * order, on a writer thread of its own: a result is handed on as soon as it and every result
 * before it are done, while the caller may still be waiting for the next item to read. When the
 * writer has nothing ready to hand on (nothing in flight, or the next result not done within
 * 2 ms) it calls {@code idle} (to flush the output), so a program that sends one record and
 * waits for its answer gets it. At most {@code 64 × threads} items are
 * in flight; {@link #submit} blocks beyond that, so memory stays bounded whatever the input size.
 *
 * <p>{@link #submit} and {@link #finish} are called from one thread; the sink and {@code idle}
 * run on the writer thread only.
 */
final class OrderedParallel<T, R> implements AutoCloseable {

  private static final Future<?> END = CompletableFuture.completedFuture(null);
  private static final long SOON_MILLIS = 2;

  private final ExecutorService pool;
  private final Function<T, R> work;
  private final BlockingQueue<Future<?>> inFlight;
  private final Thread writer;
  private volatile Throwable failure;

  OrderedParallel(int threads, Function<T, R> work, Consumer<R> sink, Runnable idle) {
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "canon-worker");
      t.setDaemon(true);
      return t;
    });
    this.work = work;
    this.inFlight = new ArrayBlockingQueue<>(threads * 64);
    this.writer = new Thread(() -> write(sink, idle), "canon-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Queues one item; blocks while the window is full. */
  void submit(T item) {
    rethrowFailure();
    put(pool.submit(() -> work.apply(item)));
  }

  /** Hands on every pending result, in order, and returns when the sink has taken the last. */
  void finish() {
    put(END);
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the last results", e);
    }
    rethrowFailure();
  }

  @SuppressWarnings("unchecked")
  private void write(Consumer<R> sink, Runnable idle) {
    try {
      for (Future<?> next = inFlight.take(); next != END; next = inFlight.take()) {
        if (failure == null) {
          try {
            sink.accept((R) next.get());
          } catch (ExecutionException e) {
            failure = e.getCause();
          } catch (RuntimeException | Error e) {
            failure = e;
          }
        } else {
          next.cancel(true); // keep taking, so that submit never blocks on a dead writer
        }
        if (failure == null && !nextComesSoon()) {
          idle.run();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = failure == null ? e : failure;
    }
  }

  /**
   * Whether the next result is ready, or becomes ready within {@value #SOON_MILLIS} ms: then the
   * writer goes on without a flush. In a steady stream that is almost always, so the output is
   * written in buffer-sized blocks; a reader waiting for an answer waits at most that much longer.
   */
  private boolean nextComesSoon() throws InterruptedException {
    Future<?> next = inFlight.peek();
    if (next == null) {
      return false; // nothing submitted: the reader is waiting for input, perhaps for this answer
    }
    try {
      next.get(SOON_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException | CancellationException e) {
      // reported when it is taken
    }
    return true;
  }

  private void put(Future<?> future) {
    try {
      inFlight.put(future);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a free worker", e);
    }
  }

  private void rethrowFailure() {
    Throwable f = failure;
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error e) {
      throw e;
    }
    if (f != null) {
      throw new IllegalStateException(f);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    writer.interrupt();
  }
}
