package dev.canon.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  @Test
  void of_substitution_isOneChunk() {
    Alignment a = Alignment.of("we asked cloud about it", "We asked Claude about it.");
    assertEquals(List.of(new Alignment.Chunk(2, 3, 2, 3)), a.chunks);
    assertArrayEquals(new int[] {2, 3}, a.hypRange(2, 3));
    assertArrayEquals(new int[] {1, 4}, a.hypRange(1, 4));
  }

  @Test
  void of_punctuationAndCase_areNotDifferences() {
    assertTrue(Alignment.of("so, um... OK", "So um OK").identical());
  }

  @Test
  void hypRange_unequalChunkStraddlingTheEdge_isUnknown() {
    // "zorb lacks nine grew" stands for "Zorblax Nine grew": the chunk is 3 tokens for 2
    Alignment a = Alignment.of("and zorb lacks nine grew", "and Zorblax Nine grew");
    assertEquals(List.of(new Alignment.Chunk(1, 3, 1, 2)), a.chunks);
    assertArrayEquals(new int[] {1, 4}, a.hypRange(1, 3)); // Zorblax Nine -> zorb lacks nine
    // the mention "x" is part of a chunk "x y" heard as "b": which hypothesis words are "x"?
    assertNull(Alignment.of("a b d", "a x y d").hypRange(1, 2));
    // equal sides pair up one to one
    assertArrayEquals(new int[] {1, 2}, Alignment.of("a b c d", "a x y d").hypRange(1, 2));
  }

  @Test
  void tokens_hanOneByOne_digitsNextToHanToo() {
    List<Token> t = Tokens.of("用同意0码, GPT4 ok");
    assertEquals(List.of("用", "同", "意", "0", "码", "gpt4", "ok"), t.stream().map(Token::key).toList());
  }
}
