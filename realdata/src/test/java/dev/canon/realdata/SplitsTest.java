package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frozen splits: these values pin the definition so that it cannot drift. */
class SplitsTest {

  @Test
  void earnings21_twoTestCalls() {
    assertTrue(Splits.earnings21Test("4346818"));
    assertTrue(Splits.earnings21Test("4365024"));
    assertFalse(Splits.earnings21Test("4320211"));
    assertEquals(2, Splits.EARNINGS21_TEST.size());
  }

  @Test
  void catslu_byCrc32OfTheManualTranscripts() {
    // Values from Python's zlib.crc32 of the UTF-8 bytes: 去3号 0x2bf0fdcc (mod 5 = 0),
    // 去0号 0x39455222 (mod 5 = 2), 我要回家 0xfcf4e4e6 (mod 5 = 4).
    assertTrue(Splits.catsluTest(List.of("去3号")));
    assertFalse(Splits.catsluTest(List.of("去0号")));
    assertFalse(Splits.catsluTest(List.of("我要回家")));
  }

  @Test
  void split_includesAndParses() {
    assertTrue(Splits.Split.DEV.includes(false));
    assertFalse(Splits.Split.DEV.includes(true));
    assertTrue(Splits.Split.TEST.includes(true));
    assertFalse(Splits.Split.TEST.includes(false));
    assertTrue(Splits.Split.ALL.includes(true) && Splits.Split.ALL.includes(false));
    assertEquals(Splits.Split.TEST, Splits.Split.parse("test"));
    assertThrows(IllegalArgumentException.class, () -> Splits.Split.parse("train"));
  }

  @Test
  void catslu_dev_and_test_partitionTheDialogues() throws Exception {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 50; i++) {
      json.append(i == 0 ? "" : ",").append("[{\"utt_id\": 1, \"manual_transcript\": \"去")
          .append(i).append("号\", \"asr_1best\": \"去").append(i).append("号\", \"semantic\": []}]");
    }
    var root = new ObjectMapper().readTree(json.append("]").toString());
    int dev = CatsluData.parse(root, Splits.Split.DEV).size();
    int test = CatsluData.parse(root, Splits.Split.TEST).size();
    assertEquals(14, test, "去0号..去49号: 14 CRC-32 values divisible by 5 (counted with zlib.crc32)");
    assertEquals(36, dev);
  }
}
