package dev.canon.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.phonetic.PinyinTable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (a): the table pinyin reader reads every Chinese text the project ships exactly as
 * HanLP's segmenting converter does (readings, syllable ids and tones): the clean prose, the dev
 * set, the golden seed, the learn examples, the bundled dictionaries, test resources, docs and the
 * Chinese strings in sources, all text files of the checkout.
 */
class PinyinShippedTextTest {

  @Test
  void everyChineseRunShipped_readsAsHanlpReadsIt() {
    assertTrue(PinyinTable.enabled(), "the table is off: the comparison would prove nothing");
    PinyinCheck check = new PinyinCheck();
    check.addFiles(Path.of(".."));
    assertTrue(check.chars() > 200_000, "too little Chinese found: " + check.chars() + " chars in " + check.files() + " files");
    assertEquals(List.of(), check.differences().stream().limit(20).toList(),
        check.differences().size() + " of " + check.runs() + " runs read differently");
  }
}
