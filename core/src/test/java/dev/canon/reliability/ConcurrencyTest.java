package dev.canon.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.CorrectionAssert;
import dev.canon.Corrector;
import dev.canon.result.Correction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One corrector shared by eight threads gives exactly the serial results, value for value. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int TEXTS = 2_000;

  @Test
  void correct_eightThreadsSharingOneCorrector_equalSerialResults() throws Exception {
    Corrector corrector = Fixtures.mixedCorrector();
    List<String> texts = Transcripts.random(TEXTS, 20_261_128L);
    List<Correction> serial = new ArrayList<>(TEXTS);
    for (String t : texts) {
      serial.add(CorrectionAssert.valid(corrector.correct(t)));
    }
    assertTrue(serial.stream().filter(Correction::changed).count() > TEXTS / 2, "most texts must need a correction");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Integer>>> mismatches = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < TEXTS; i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(thread)); // each thread its own order, to mix states
        mismatches.add(pool.submit(() -> {
          start.await();
          List<Integer> wrong = new ArrayList<>();
          for (int i : order) {
            if (!corrector.correct(texts.get(i)).equals(serial.get(i))) {
              wrong.add(i);
            }
          }
          return wrong;
        }));
      }
      start.countDown();
      for (Future<List<Integer>> f : mismatches) {
        assertEquals(List.of(), f.get(60, TimeUnit.SECONDS), "texts whose concurrent result differs");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
