package dev.canon.phonetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.StringDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PinyinTable} against its oracle, HanLP's segmenting converter. */
class PinyinTableTest {

  @Test
  void table_isInUse_withHanlpsBundledData() {
    assertTrue(PinyinTable.enabled(), "HanLP's data broke an assumption of the table: every run goes to HanLP");
  }

  @Test
  void convert_polyphonesInTheirWords_readAsHanlpReadsThem() {
    for (String run : List.of("重庆", "长大", "目的", "的确", "我的书", "一个", "一样", "一一", "为了", "行长",
        "银行行长的目的地", "了不起", "重重", "大夫", "7个人", "2024年4月", "同意0码", "𩽾𩾌鱼", "\uD840",
        "的", "一", "中国人民银行", "洗劫一空", "的一确二", "的的的")) {
      assertSame(run);
    }
  }

  @Test
  void readIdsAndTones_equalTheMappingOfHanlpsList() {
    for (String run : List.of("重庆长大", "目的地的确", "同意0码在17几个月", "𩽾𩾌")) {
      assertArrayEquals(oracleIds(run), PinyinReader.readIds(run), run);
      assertArrayEquals(oracleTones(run), PinyinReader.readTones(run), run);
    }
  }

  /**
   * Runs glued from HanLP's own dictionary words, parts of words, single chars (many of them
   * polyphones), digits and chars outside it: every char boundary of the table is crossed.
   */
  @Test
  void convert_randomRunsFromHanlpsDictionary_sameAsHanlp() {
    StringDictionary dictionary = new StringDictionary("=");
    assertTrue(dictionary.load(HanLP.Config.PinyinDictionaryPath));
    List<String> keys = new ArrayList<>(dictionary.keySet());
    Random random = new Random(20);
    for (int r = 0; r < 30_000; r++) {
      StringBuilder run = new StringBuilder();
      int pieces = 1 + random.nextInt(8);
      for (int p = 0; p < pieces; p++) {
        String key = keys.get(random.nextInt(keys.size()));
        switch (random.nextInt(5)) {
          case 0, 1 -> run.append(key);
          case 2 -> {
            int from = random.nextInt(key.length());
            run.append(key, from, from + 1 + random.nextInt(key.length() - from));
          }
          case 3 -> run.append(key.charAt(random.nextInt(key.length())));
          default -> run.append(random.nextBoolean() ? (char) ('0' + random.nextInt(10)) : (char) (0x4E00 + random.nextInt(0x5200)));
        }
      }
      assertSame(run.toString());
    }
  }

  private static void assertSame(String run) {
    assertEquals(HanLP.convertToPinyinList(run), PinyinTable.convert(run), run);
  }

  /** What {@code readIds} returned before the table: HanLP's list, one entry per char. */
  private static int[] oracleIds(String run) {
    List<Pinyin> han = HanLP.convertToPinyinList(run);
    int[] out = new int[run.codePointCount(0, run.length())];
    for (int i = 0, k = 0; i < run.length(); k++) {
      int cp = run.codePointAt(i);
      out[k] = cp >= '0' && cp <= '9' ? Syllables.id(PinyinReader.read(String.valueOf((char) cp))[0])
          : i < han.size() ? Syllables.id(han.get(i)) : Syllables.NONE;
      i += Character.charCount(cp);
    }
    return out;
  }

  private static int[] oracleTones(String run) {
    List<Pinyin> han = HanLP.convertToPinyinList(run);
    int[] digits = {2, 1, 4, 1, 4, 3, 4, 1, 1, 3};
    int[] out = new int[run.codePointCount(0, run.length())];
    for (int i = 0, k = 0; i < run.length(); k++) {
      int cp = run.codePointAt(i);
      if (cp >= '0' && cp <= '9') {
        out[k] = digits[cp - '0'];
      } else if (i < han.size() && han.get(i) != Pinyin.none5) {
        out[k] = han.get(i).getTone();
      }
      i += Character.charCount(cp);
    }
    return out;
  }
}
