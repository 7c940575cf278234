package dev.canon.eval;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import dev.canon.phonetic.PinyinReader;
import dev.canon.phonetic.SyllableSimilarity;
import dev.canon.phonetic.Syllables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Common Chinese characters by toneless reading, for making homophone noise: the CJK unified
 * ideographs that HanLP's core dictionary lists as words of their own, which keeps the noise to
 * characters an ASR system would actually write. Built once; read-only afterwards.
 */
final class HomophoneTable {

  private final Map<Integer, List<String>> byReading = new HashMap<>();
  private final Map<String, List<Integer>> byCoarse = new HashMap<>();

  HomophoneTable() {
    for (int cp = 0x4E00; cp <= 0x9FA5; cp++) {
      String c = new String(Character.toChars(cp));
      if (CoreDictionary.getTermFrequency(c) < 10) {
        continue;
      }
      int id = PinyinReader.readIds(c)[0];
      if (id == Syllables.NONE) {
        continue;
      }
      byReading.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
    }
    for (Integer id : byReading.keySet().stream().sorted().toList()) {
      byCoarse.computeIfAbsent(SyllableSimilarity.coarse(Syllables.name(id)), k -> new ArrayList<>()).add(id);
    }
  }

  /** Another common character read {@code syllable}, not {@code except}; null if none. */
  String sameReading(int syllable, int except, Random random) {
    List<String> chars = byReading.getOrDefault(syllable, List.of()).stream()
        .filter(c -> c.codePointAt(0) != except).toList();
    return chars.isEmpty() ? null : chars.get(random.nextInt(chars.size()));
  }

  /** A common character of a near but different reading (z/zh, in/ing ...); null if none. */
  String nearReading(int syllable, Random random) {
    List<Integer> near = byCoarse.getOrDefault(SyllableSimilarity.coarse(Syllables.name(syllable)), List.of())
        .stream().filter(id -> id != syllable).toList();
    if (near.isEmpty()) {
      return null;
    }
    List<String> chars = byReading.get(near.get(random.nextInt(near.size())));
    return chars.get(random.nextInt(chars.size()));
  }
}
