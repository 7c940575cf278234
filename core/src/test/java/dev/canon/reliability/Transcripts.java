package dev.canon.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Transcript-like texts for {@code reliability/mixed.yaml}, deterministic for a seed. */
final class Transcripts {

  private Transcripts() {}

  /** One paragraph with nine known errors of the mixed dictionary, ending in a line break. */
  static final String PARAGRAPH = "蚂蚁集团推出CodeFus，同意0码和同意千问也来了。Lama 2 与 Cloud 3 Opus 比较，"
      + "GPT4 Turbo 在千分大模型上。我同意你的看法，千分之五。Open A I 和 Deep Sick 发布了 12 个 7B 模型 😀 in 2024.\n";

  /** Ordinary news prose with no mention in it; most of a real transcript looks like this. */
  static final String PROSE = "今天我们来聊一聊最近一周人工智能领域发生的几件大事。首先是几家公司陆续发布了新的模型，"
      + "参数规模从几十亿到上千亿不等，大家关注的重点依然是推理能力、长文本和多模态。其次，开源社区非常活跃，"
      + "很多开发者在周末做了评测，结果差异很大，也有人指出评测数据泄漏会让排行榜失真。\n";

  /** A unit of long texts: one paragraph full of errors, then prose; about 640 chars. */
  static final String UNIT = PARAGRAPH + PROSE + PROSE + PROSE + PROSE;

  private static final String[] PIECES = {
    "蚂蚁集团推出CodeFus", "同意0码", "我同意你的看法", "千分之五", "Lama 2", "Lamarck", "Cloud 3 Opus",
    "Google Cloud", "GPT4 Turbo", "GPT-4o", "千分大模型", "阶跃新辰", "01万物", "恐怖骨效应", "知识中流",
    "Mixtrel", "the mistral wind", "Grok 1.5", "Hugging Phase", "Emoji Bot😀", "𠀀𠀂模型", "星火大摸型",
    "https://codefuse.example/CodeFus", "12个7B模型", "71参数", "GPT 3.5 版", "\r\n", "\n", "\r", " ", "，",
    "😀", "\uD800", "\u0000", "version 2", "API", "CodeFuse", "通义灵码", "Phi 3", "Fi 3",
  };

  /** {@code unit} repeated to at least {@code chars} chars. */
  static String repeated(String unit, int chars) {
    return unit.repeat((chars + unit.length() - 1) / unit.length());
  }

  /** {@code count} random texts of one to twelve pieces: names, misheard names, noise. */
  static List<String> random(int count, long seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(12);
      for (int k = 0; k < pieces; k++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) == 0) {
          text.append(random.nextBoolean() ? " " : "。");
        }
      }
      out.add(text.toString());
    }
    return out;
  }
}
