package dev.canon.stream;

import static dev.canon.stream.StreamFixtures.MIXED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.Corrector;
import dev.canon.TestDictionaries;
import dev.canon.result.Correction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamSessionTest {

  private final StreamingCorrector streaming = StreamingCorrector.of(MIXED);

  @Test
  void partial_nameSplitAcrossPartials_appearsOnceComplete() {
    StreamSession s = streaming.open();
    assertEquals("阿里云的同意", s.partial("阿里云的同意").corrected());
    StreamAnswer a = s.partial("阿里云的同意0码上线");
    assertEquals("阿里云的通义灵码上线", a.corrected());
    assertEquals("通义灵码", a.mentions().get(0).canonical());
    assertEquals(0, a.stable()); // far less than the corrector's reach is frozen
    StreamAnswer f = s.finalize("阿里云的同意0码上线了");
    assertEquals(MIXED.correct("阿里云的同意0码上线了").corrected(), f.corrected());
    assertEquals(f.corrected().length(), f.stable());
    assertTrue(f.isFinal());
    assertFalse(f.stableRevoked());
  }

  @Test
  void revisableFrom_countsHanCharsAndLatinWords() {
    assertEquals(7, StreamingCorrector.revisableFrom("we use Code Fus", 2));
    assertEquals(4, StreamingCorrector.revisableFrom("阿里云的同意", 2));
    assertEquals(6, StreamingCorrector.revisableFrom("阿里云的同意0码", 2)); // 0, 码
    assertEquals(0, StreamingCorrector.revisableFrom("hi", 3));
    assertEquals(3, StreamingCorrector.revisableFrom("ab 𠀀𠀂", 2)); // astral Han: one token each
    assertEquals(0, StreamingCorrector.revisableFrom("", 1));
  }

  /** A long segment, growing word by word: stability comes, only grows, and the final agrees. */
  @Test
  void partial_longSegment_declaresStablePrefixThatHolds() {
    List<String> words = longSegmentWords(150);
    List<String> partials = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String w : words) {
      text.append(w);
      partials.add(text.toString());
    }
    List<StreamAnswer> answers = StreamFixtures.replay(streaming, partials, text.toString());
    int before = 0;
    for (StreamAnswer a : answers) {
      assertTrue(a.stable() >= before, "stable shrank");
      assertFalse(a.stableRevoked());
      before = a.stable();
    }
    StreamAnswer lastPartial = answers.get(answers.size() - 2);
    assertTrue(lastPartial.stable() > 0, "nothing became stable in " + text.length() + " chars");
    Correction batch = MIXED.correct(text.toString());
    StreamAnswer fin = answers.get(answers.size() - 1);
    assertEquals(batch.corrected(), fin.corrected());
    assertEquals(batch.mentions(), fin.mentions());
    assertTrue(fin.corrected().startsWith(lastPartial.stableText()));
  }

  @Test
  void partial_revisesFrozenInput_saysStableRevoked() {
    StreamSession s = streaming.open();
    StringBuilder text = new StringBuilder();
    StreamAnswer a = null;
    for (String w : longSegmentWords(150)) {
      text.append(w);
      a = s.partial(text.toString());
    }
    assertTrue(a.stable() > 0);
    StreamAnswer revised = s.partial("X" + text.substring(1));
    assertTrue(revised.stableRevoked());
    assertEquals(MIXED.correct("X" + text.substring(1)).corrected(), revised.corrected());
    assertFalse(s.partial("X" + text.substring(1) + "。").stableRevoked());
  }

  /**
   * A regex rule whose match is longer than any form reaches back past the stable boundary. The
   * partial's window starts after the rule's first chars and cannot see it; the final answer,
   * corrected whole, does, and says the stable prefix was revoked: never silently broken.
   */
  @Test
  void partial_ruleMatchReachingBackPastStable_saysStableRevoked() {
    Corrector corrector = TestDictionaries.corrector("entities:", "  - {canonical: 通义灵码, aliases: [同意0码]}",
        "rules:", "  - {pattern: '开始(的)+结束', replace: '开始结束'}");
    StreamSession s = StreamingCorrector.of(corrector).open();
    StringBuilder text = new StringBuilder("开始");
    StreamAnswer a = null;
    for (int i = 0; i < 400; i++) {
      a = s.partial(text.append('的').toString());
      assertFalse(a.stableRevoked());
    }
    assertTrue(a.stable() > 0);
    StreamAnswer reached = s.partial(text.append("结束").toString());
    assertTrue(reached.corrected().startsWith(a.stableText()));
    StreamAnswer fin = s.finalize(text.toString());
    assertEquals("开始结束", fin.corrected());
    assertEquals(corrector.correct(text.toString()).corrected(), fin.corrected());
    assertTrue(fin.stableRevoked());
  }

  @Test
  void finalize_endsSegment_nextPartialStartsFresh() {
    StreamSession s = streaming.open();
    StringBuilder text = new StringBuilder();
    for (String w : longSegmentWords(150)) {
      text.append(w);
      s.partial(text.toString());
    }
    assertTrue(s.held() > 0);
    s.finalize(text.toString());
    assertEquals(0, s.held());
    StreamAnswer next = s.partial("Cloud 3 Opus");
    assertFalse(next.stableRevoked());
    assertEquals("Claude 3 Opus", next.corrected());
  }

  /** The corrected window stays under two reaches plus the tail, however long the segment. */
  @Test
  void partial_longSegment_correctsOnlyAWindow() {
    StreamSession s = streaming.open();
    int reach = streaming.reach();
    StringBuilder text = new StringBuilder();
    int longest = 0;
    for (String w : longSegmentWords(1000)) {
      text.append(w);
      s.partial(text.toString());
      if (text.length() > 3 * reach) {
        longest = Math.max(longest, s.lastWindow());
      }
    }
    assertTrue(text.length() > 10 * reach);
    assertTrue(longest <= 2 * reach + 64, "window " + longest + " chars, reach " + reach);
  }

  @Test
  void of_nonPositiveTokens_rejected() {
    assertThrows(IllegalArgumentException.class, () -> streaming.withRevisableTokens(0));
    assertThrows(NullPointerException.class, () -> streaming.open().partial(null));
  }

  /** Mixed Chinese and English with names, misheard names and names split over words. */
  static List<String> longSegmentWords(int count) {
    String[] pool = {"阿里云的", "同意", "0", "码", "上线了，", "我们", "今天", "聊", "Cloud", " 3", " Opus",
        " and", " the", " new", "知识", "中流", "。", "Lama", " 2", " model", "，", "恐怖", "骨", "效应"};
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String w = pool[i % pool.length];
      words.add(w);
    }
    return words;
  }
}
