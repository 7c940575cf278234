package dev.canon.bench;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import dev.canon.dictionary.Location;
import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic synthetic dictionaries of any size: half Chinese names (two to five characters
 * of common name characters, like 星辰智能 or 云帆科技), half Latin names (one to three made-up
 * words with an optional version, like {@code Zorvex 3 Pro}); about a third of the entities get
 * an alias (one character or letter changed), as real dictionaries do. Same size and seed, same
 * dictionary.
 */
public final class SyntheticDictionary {

  private static final String HAN =
      "星辰智能云帆科技天工数据智源深度灵犀万象通达未来光年启明极客青云鲸鱼"
          + "海豚凌云飞跃长城昆仑泰山黄河江南华夏东方盛世鸿蒙麒麟凤凰神州九章"
          + "北斗天宫嫦娥玉兔悟空紫金银河宇宙量子芯片算力模型引擎平台助手视觉"
          + "语音对话推理生成检索知识图谱代码编程医疗金融教育交通能源制造零售"
          + "安全网络存储计算机器人驾驶导航地图搜索翻译写作绘画音乐视频游戏社区";
  private static final String[] LATIN_PARTS = {
    "zor", "vex", "lum", "ira", "nex", "ora", "tal", "quin", "dra", "ko", "fen", "rix", "mar",
    "sol", "vi", "ta", "nov", "el", "cor", "ax", "pli", "bo", "tek", "zen", "gra", "phi", "ly",
    "mo", "sar", "ven"
  };
  private static final String[] SUFFIXES = {"", "", "", " Pro", " Max", " Lite", " XL", " Mini"};

  private SyntheticDictionary() {}

  /** A dictionary named {@code synthetic-<size>} of {@code size} entities. */
  public static Dictionary of(int size, long seed) {
    Random random = new Random(seed);
    List<Entity> entities = new ArrayList<>(size);
    Set<String> taken = new HashSet<>();
    int n = 0;
    while (entities.size() < size) {
      boolean han = (n++ & 1) == 0;
      String canonical = han ? hanName(random) : latinName(random);
      String key = NormalizedText.normalize(canonical);
      if (!taken.add(key)) {
        continue;
      }
      List<String> aliases = new ArrayList<>();
      if (random.nextInt(3) == 0) {
        String alias = han ? mutateHan(canonical, random) : mutateLatin(canonical, random);
        if (taken.add(NormalizedText.normalize(alias))) {
          aliases.add(alias);
        }
      }
      entities.add(new Entity("e" + entities.size(), canonical, han ? "org" : "product", aliases,
          List.of(), List.of(), true, Location.inCode("synthetic")));
    }
    return new Dictionary("synthetic-" + size, List.of(), entities, List.of(), "synthetic-" + size,
        "synthetic-" + size + "-" + seed);
  }

  private static String hanName(Random random) {
    int length = 2 + random.nextInt(4);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < length; i++) {
      name.append(HAN.charAt(random.nextInt(HAN.length())));
    }
    return name.toString();
  }

  private static String latinName(Random random) {
    int words = 1 + random.nextInt(2);
    StringBuilder name = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        name.append(' ');
      }
      int parts = 2 + random.nextInt(2);
      StringBuilder word = new StringBuilder();
      for (int p = 0; p < parts; p++) {
        word.append(LATIN_PARTS[random.nextInt(LATIN_PARTS.length)]);
      }
      name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
    }
    if (random.nextInt(3) == 0) {
      name.append(' ').append(1 + random.nextInt(9));
    }
    return name + SUFFIXES[random.nextInt(SUFFIXES.length)];
  }

  private static String mutateHan(String name, Random random) {
    int at = random.nextInt(name.length());
    return name.substring(0, at) + HAN.charAt(random.nextInt(HAN.length())) + name.substring(at + 1);
  }

  private static String mutateLatin(String name, Random random) {
    int at = 1 + random.nextInt(Math.max(1, name.length() - 2));
    char c = name.charAt(at);
    return Character.isLetter(c) ? name.substring(0, at) + name.substring(at + 1) : name + "e";
  }
}
