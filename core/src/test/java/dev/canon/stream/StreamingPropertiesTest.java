package dev.canon.stream;

import static dev.canon.stream.StreamFixtures.MIXED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.result.Correction;
import dev.canon.result.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The streaming guarantees, over random partial sequences: segments of Chinese and English words
 * with names and misheard names (often split over words: 同意 | 0 | 码), growing word by word,
 * with the last words revised (replaced, dropped, repeated) the way streaming ASR revises them.
 * Some sequences break the input contract (a revision reaches further back than the revisable
 * tail); the properties say what holds then too.
 */
class StreamingPropertiesTest {

  /** Words of the segments: fillers, names, misheard names, names in pieces, astral Han. */
  private static final String[] WORDS = {
      "阿里云的", "同意", "0", "码", "上线了", "，", "。", "我们", "今天", "聊", "一下", "模型", "知识", "中流",
      "恐怖", "骨", "效应", "蚂蚁", "的", "𠀀", "𠀂", "模型", "千分", "大模型", "12", "1参数", "同意千问",
      " Cloud", " 3", " Opus", " Code", " Fus", " CodeFus", " Lama", " 2", " the", " new", " model",
      " is", " open", " Open", " A", " I", " Deep", " Sick", " Mixtrel", " Hugging", " Phase", " GPT",
      " 4", " Turbo", " and", " we", " 😀", "\n"};

  private final StreamingCorrector streaming = StreamingCorrector.of(MIXED);

  /** A segment: its final words, and the hypotheses an ASR showed on the way. */
  record Segment(List<String> partials, String last) {
    List<String> all() {
      List<String> out = new ArrayList<>(partials);
      out.add(last);
      return out;
    }
  }

  @Provide
  Arbitrary<Segment> segments() {
    return Arbitraries.longs().flatMap(seed -> Arbitraries.integers().between(5, 120)
        .map(words -> segment(new Random(seed), words)));
  }

  /**
   * Grows the final text word by word; each partial may show its last 1-2 words wrong, and now
   * and then one word anywhere (a revision deeper than the contract allows).
   */
  static Segment segment(Random random, int words) {
    List<String> finalWords = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      finalWords.add(WORDS[random.nextInt(WORDS.length)]);
    }
    List<String> partials = new ArrayList<>();
    for (int k = 1; k <= words; k++) {
      int shown = k;
      int wrong = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
      StringBuilder h = new StringBuilder();
      int deep = random.nextInt(40) == 0 ? random.nextInt(shown) : -1; // breaks the contract
      for (int i = 0; i < shown - Math.min(wrong, shown); i++) {
        h.append(i == deep ? WORDS[random.nextInt(WORDS.length)] : finalWords.get(i));
      }
      for (int i = 0; i < Math.min(wrong, shown); i++) {
        h.append(WORDS[random.nextInt(WORDS.length)]);
      }
      partials.add(h.toString());
      if (random.nextInt(6) == 0) {
        partials.add(h.toString()); // the same hypothesis twice
      }
    }
    return new Segment(partials, String.join("", finalWords));
  }

  @Property(tries = 150)
  void finalize_anySequence_equalsBatchCorrection(@ForAll("segments") Segment segment) {
    List<StreamAnswer> answers = StreamFixtures.replay(streaming, segment.partials(), segment.last());
    StreamAnswer fin = answers.get(answers.size() - 1);
    Correction batch = MIXED.correct(segment.last());
    assertEquals(batch.corrected(), fin.corrected());
    assertEquals(batch.mentions(), fin.mentions());
    assertEquals(batch.edits(), fin.edits());
    assertEquals(fin.corrected().length(), fin.stable());
  }

  @Property(tries = 150)
  void stable_keptByEveryLaterAnswer_unlessRevoked(@ForAll("segments") Segment segment) {
    List<StreamAnswer> answers = StreamFixtures.replay(streaming, segment.partials(), segment.last());
    boolean contract = StreamFixtures.keepsContract(segment.all(), streaming.revisableTokens());
    boolean revokedAny = answers.stream().anyMatch(StreamAnswer::stableRevoked);
    int declared = answers.stream().limit(answers.size() - 1).mapToInt(StreamAnswer::stable).max().orElse(0);
    Statistics.label("contract").collect(contract);
    Statistics.label("stable declared").collect(declared > 0);
    Statistics.label("revoked").collect(revokedAny);
    if (contract) {
      assertFalse(revokedAny, "the input kept the contract, yet a stable prefix was revoked");
    }
    for (int i = 0; i < answers.size(); i++) {
      StreamAnswer earlier = answers.get(i);
      boolean revokedSince = false;
      for (int j = i + 1; j < answers.size(); j++) {
        StreamAnswer later = answers.get(j);
        revokedSince |= later.stableRevoked();
        if (revokedSince) {
          break;
        }
        assertTrue(later.stable() >= earlier.stable(), "stable shrank at answer " + j);
        assertTrue(later.corrected().startsWith(earlier.stableText()),
            "answer " + j + " changed the stable prefix of answer " + i + ": " + earlier.stableText()
                + " / " + later.corrected());
        assertEquals(inside(earlier), inside(later, earlier.stable()));
      }
    }
  }

  /** The mentions of an answer that lie inside its stable prefix. */
  private static List<Mention> inside(StreamAnswer a) {
    return inside(a, a.stable());
  }

  private static List<Mention> inside(StreamAnswer a, int stable) {
    return a.mentions().stream().filter(m -> m.correctedSpan().end() <= stable).toList();
  }
}
