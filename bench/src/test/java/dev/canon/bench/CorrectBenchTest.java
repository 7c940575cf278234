package dev.canon.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CorrectBenchTest {

  @Test
  void cursorStart_threadsOfOneRun_startAtDistinctDocumentsSpreadOverTheCorpus() {
    for (int threads = 1; threads <= 4; threads++) {
      TreeSet<Integer> starts = new TreeSet<>();
      for (int t = 0; t < threads; t++) {
        int start = CorrectBench.Cursor.start(t, threads, 195);
        assertTrue(start >= 0 && start < 195, "start " + start);
        starts.add(start);
      }
      assertEquals(threads, starts.size(), "distinct starts for " + threads + " threads: " + starts);
    }
    assertEquals(97, CorrectBench.Cursor.start(1, 2, 195));
  }
}
