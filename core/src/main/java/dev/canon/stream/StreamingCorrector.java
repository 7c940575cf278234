package dev.canon.stream;

import dev.canon.Corrector;
import dev.canon.evidence.Evidence;
import java.util.Objects;

/**
 * Corrects a stream of partial ASR hypotheses (live captions), telling the caller which prefix of
 * each corrected hypothesis will never change again. Immutable and thread-safe: build one per
 * corrector and {@link #open()} a {@link StreamSession} per audio stream.
 *
 * <h2>The input contract</h2>
 * A stream is a sequence of segments; each segment is a sequence of hypotheses given to {@link
 * StreamSession#partial} and ends with the final text given to {@link StreamSession#finalize}.
 * Streaming ASR revises only the end of its hypothesis. Canon relies on that, in one precise form:
 * <em>every later hypothesis of the segment (and its final text) starts with the earlier
 * hypothesis minus its revisable tail</em>, where the revisable tail of a text is its last {@link
 * #revisableTokens()} tokens (a token is one Han or kana code point, or a run of other letters
 * and digits) and everything after the first of them. The longest such prefix seen so far is
 * the segment's <em>frozen input</em>.
 *
 * <h2>When is a prefix stable</h2>
 * An answer's {@code stable} length is the corrected length of an input prefix {@code [0, s)}
 * such that:
 * <ol>
 *   <li>{@code s} lies at least a {@link #reach() reach} before the end of the frozen input: the
 *       chars that decide about any candidate that could cross {@code s} or ends before it (its
 *       span, the context words 60 chars around it) are all frozen, so no later text can add,
 *       remove or re-score such a candidate;
 *   <li>no candidate that took part in overlap resolution crosses {@code s} (so never inside a
 *       mention or a suggestion): the decisions on each side of {@code s} do not depend on each
 *       other, whatever the candidates after {@code s} become;
 *   <li>{@code s} never splits a surrogate pair, and it only grows within a segment.
 * </ol>
 *
 * <h2>What is guaranteed</h2>
 * <ul>
 *   <li>{@code finalize(t)} answers exactly {@link Corrector#correct(String)} of {@code t} (same
 *       corrected text, mentions and edits), always: the whole segment is corrected at the end.
 *   <li>When the input keeps the contract, {@code stable} only grows within a segment, and the
 *       chars it covered, and the mentions and edits inside them, are the same in every later
 *       answer of the segment, the final one included.
 *   <li>When it does not hold — a hypothesis changes frozen input, or the corrector's decisions
 *       reach further than {@link Corrector#spanLimit()} allows (a {@code rules} pattern with long
 *       matches, HanLP reading a long Chinese run differently) — no answer changes a declared
 *       stable prefix without {@link StreamAnswer#stableRevoked()} set: the caller must redraw,
 *       and the stable length restarts from what can be declared again. A change the window of a
 *       partial cannot see is reported by the final answer, which corrects the whole segment.
 *       (The frozen input is checked by a 64-bit hash: a collision, of odds 2<sup>-64</sup>, would
 *       go unreported.)
 * </ul>
 *
 * <h2>Cost</h2>
 * Each partial is corrected over a window: the part after the stable prefix plus a {@link
 * #reach() reach} of left context, so the matching work is proportional to the unstable tail,
 * not to the segment. Building the answer's corrected text and checking the frozen input
 * (a 64-bit hash) are linear passes over the hypothesis at memory speed. {@link
 * StreamSession#finalize} corrects the whole segment once. A session keeps no text: only counters,
 * the hash, and the mentions and edits of the stable prefix of the current segment.
 *
 * <h2>Documents</h2>
 * A segment is the document of Canon's evidence (its context words and mentions count for each
 * other); segments do not see each other, so a stream's finalized text is exactly the batch
 * correction of each segment.
 */
public final class StreamingCorrector {

  /** Default of {@link #revisableTokens()}: streaming ASR rarely revises more than a few words. */
  public static final int DEFAULT_REVISABLE_TOKENS = 6;

  private final Corrector corrector;
  private final int revisableTokens;

  private StreamingCorrector(Corrector corrector, int revisableTokens) {
    this.corrector = Objects.requireNonNull(corrector, "corrector");
    if (revisableTokens < 1) {
      throw new IllegalArgumentException("revisableTokens must be >= 1; got " + revisableTokens);
    }
    this.revisableTokens = revisableTokens;
  }

  /** A streaming corrector over {@code corrector}, with {@link #DEFAULT_REVISABLE_TOKENS}. */
  public static StreamingCorrector of(Corrector corrector) {
    return new StreamingCorrector(corrector, DEFAULT_REVISABLE_TOKENS);
  }

  /**
   * A copy that assumes the ASR revises at most the last {@code tokens} tokens of a hypothesis
   * (see the input contract above); more tokens: safer for the guarantee, later stability.
   */
  public StreamingCorrector withRevisableTokens(int tokens) {
    return new StreamingCorrector(corrector, tokens);
  }

  /**
   * How far behind the frozen input a stable boundary stays, and how much left context each
   * partial's window has: {@link Corrector#spanLimit()} chars not counting horizontal spaces and
   * joiners (the longest span a candidate can have), then the farthest any evidence is read after a candidate ({@link Evidence#LOOKAHEAD}, 160 chars) and 8 chars
   * of slack (a word boundary, the Chinese segmentation around a pinyin candidate). In chars of
   * Chinese text, or in Latin text counting letters, digits and punctuation only.
   */
  public int reach() {
    return corrector.spanLimit() + Evidence.LOOKAHEAD + StreamSession.SLACK;
  }

  /** How many tokens at the end of a hypothesis the ASR may still revise. */
  public int revisableTokens() {
    return revisableTokens;
  }

  /** The batch corrector every final answer equals. */
  public Corrector corrector() {
    return corrector;
  }

  /** A new session for one stream, at the start of its first segment. */
  public StreamSession open() {
    return new StreamSession(corrector, revisableTokens);
  }

  /**
   * Where the revisable tail of {@code text} starts: the index of the first char of its last
   * {@code tokens} tokens, or 0 when it has no more than that. Text before it is frozen by the
   * input contract. O(length of the tail).
   *
   * <pre>
   * revisableFrom("we use Code Fus", 2)  = 7    ("Code Fus")
   * revisableFrom("阿里云的同意", 2)       = 4    ("同意")
   * revisableFrom("hi", 3)               = 0
   * </pre>
   */
  public static int revisableFrom(String text, int tokens) {
    int seen = 0;
    int i = text.length();
    while (i > 0) {
      int cp = text.codePointBefore(i);
      if (isSingleToken(cp)) {
        i -= Character.charCount(cp);
        if (++seen == tokens) {
          return i;
        }
      } else if (Character.isLetterOrDigit(cp)) {
        while (i > 0 && Character.isLetterOrDigit(text.codePointBefore(i))
            && !isSingleToken(text.codePointBefore(i))) {
          i -= Character.charCount(text.codePointBefore(i));
        }
        if (++seen == tokens) {
          return i;
        }
      } else {
        i -= Character.charCount(cp);
      }
    }
    return 0;
  }

  /** Scripts written without spaces: each code point is a token. */
  private static boolean isSingleToken(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
