package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

  @Test
  void submit_oneItem_handedOnAndFlushedBeforeTheNextArrives() throws InterruptedException {
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(2, i -> i * 10,
        r -> events.add("result " + r), () -> events.add("flush"))) {
      for (int i = 1; i <= 3; i++) {
        p.submit(i);
        // the caller now waits for its answer before it submits more
        assertEquals("result " + i * 10, events.poll(60, TimeUnit.SECONDS));
        assertEquals("flush", events.poll(60, TimeUnit.SECONDS));
      }
      p.finish();
    }
  }

  @Test
  void submit_manyItemsOfUnevenCost_resultsInInputOrder() {
    List<Integer> out = Collections.synchronizedList(new ArrayList<>());
    try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(3, i -> {
      if (ThreadLocalRandom.current().nextInt(50) == 0) {
        Thread.onSpinWait();
      }
      return i;
    }, out::add, () -> { })) {
      for (int i = 0; i < 5_000; i++) {
        p.submit(i);
      }
      p.finish();
    }
    assertEquals(5_000, out.size());
    for (int i = 0; i < out.size(); i++) {
      assertEquals(i, out.get(i));
    }
  }

  @Test
  void finish_afterAFailingSink_rethrows() {
    try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(1, i -> i, r -> {
      throw new IllegalStateException("sink broke at " + r);
    }, () -> { })) {
      for (int i = 0; i < 1_000; i++) {
        try {
          p.submit(i);
        } catch (IllegalStateException e) {
          break; // also fine: reported at the next submit
        }
      }
      IllegalStateException e = assertThrows(IllegalStateException.class, p::finish);
      assertEquals("sink broke at 0", e.getMessage());
    }
  }
}
