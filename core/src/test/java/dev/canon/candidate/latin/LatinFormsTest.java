package dev.canon.candidate.latin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LatinFormsTest {

  @Test
  void digitsOf_keepsDigitRunsApart() {
    assertEquals("4", LatinForms.digitsOf("gpt4turbo"));
    assertEquals("35", LatinForms.digitsOf("claude3.5sonnet")); // a dot joins a run: 3.5 and 35 read alike
    assertEquals("8 22", LatinForms.digitsOf("mixtral8x22b"));
    assertEquals("", LatinForms.digitsOf("llama"));
  }

  /** The retrieval filter compares hashes the verifier's strings would have. */
  @Property(tries = 500)
  void digitsHash_isTheHashOfDigitsOf(
      @ForAll @StringLength(max = 12) @Chars({'a', 'b', '.', ' '}) @CharRange(from = '0', to = '9') String key) {
    assertEquals(LatinForms.digitsOf(key).hashCode(), LatinForms.digitsHash(key));
    assertEquals(LatinForms.digitsOf(key).hashCode(), LatinForms.digitsHash(new StringBuilder(key)));
  }
}
