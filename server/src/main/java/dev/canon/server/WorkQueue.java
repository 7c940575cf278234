package dev.canon.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where correction work runs: a fixed number of threads and a bounded queue. HTTP threads only
 * read, hand over and write; when the queue is full a request is refused at once (503 with
 * {@code Retry-After}) instead of piling up memory and latency. Thread-safe.
 */
final class WorkQueue implements AutoCloseable {

  private final ThreadPoolExecutor executor;

  WorkQueue(int threads, int capacity) {
    AtomicInteger n = new AtomicInteger();
    executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        // a queue of 0 still needs a hand-over: a synchronous queue refuses unless a thread waits
        capacity == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(capacity),
        r -> {
          Thread t = new Thread(r, "canon-work-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        },
        new ThreadPoolExecutor.AbortPolicy());
    executor.prestartAllCoreThreads();
  }

  /** Runs {@code work} on a work thread and waits for it; 503 when the queue is full. */
  <T> T run(Callable<T> work) throws Exception {
    Future<T> future;
    try {
      future = executor.submit(work);
    } catch (RejectedExecutionException e) {
      throw new ApiException(503, "overloaded",
          "the work queue is full; retry after the time in Retry-After", "1");
    }
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Requests waiting for a work thread now. */
  int waiting() {
    return executor.getQueue().size();
  }

  @Override
  public void close() {
    executor.shutdown();
  }
}
