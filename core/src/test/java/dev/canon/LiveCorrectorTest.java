package dev.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.result.Correction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LiveCorrectorTest {

  @Test
  void swap_whileCorrecting_everyResultIsWholeFromOneVersion() throws Exception {
    Corrector v1 = Corrector.builder().add(TestDictionaries.yaml("terms",
        "entities:", "  - {canonical: CodeFuse, aliases: [CodeFus]}")).build();
    Corrector v2 = Corrector.builder().add(TestDictionaries.yaml("terms",
        "entities:", "  - {canonical: CodeFuse, aliases: [CodeFus]}", "  - {canonical: 通义灵码, aliases: [同意0码]}"))
        .build();
    String text = "CodeFus和同意0码";
    Correction byV1 = v1.correct(text);
    Correction byV2 = v2.correct(text);
    assertTrue(!byV1.dictionaries().equals(byV2.dictionaries()), "versions differ by fingerprint");

    LiveCorrector live = new LiveCorrector(v1);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> workers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      workers.add(pool.submit(() -> {
        int n = 0;
        while (!stop.get()) {
          Correction c = live.correct(text);
          Correction expected = c.dictionaries().equals(byV1.dictionaries()) ? byV1 : byV2;
          assertEquals(expected, c);
          n++;
        }
        return n;
      }));
    }
    for (int i = 0; i < 200; i++) {
      live.swap(i % 2 == 0 ? v2 : v1);
      Thread.sleep(1);
    }
    stop.set(true);
    int total = 0;
    for (Future<Integer> f : workers) {
      total += f.get();
    }
    pool.shutdown();
    assertTrue(total > 0);
    assertEquals(v1, live.swap(v2));
  }
}
