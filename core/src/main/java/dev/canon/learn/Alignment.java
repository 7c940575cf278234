package dev.canon.learn;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The token alignment of one hypothesis with its reference: a Myers diff (java-diff-utils, linear
 * space, so a whole call of 10k words aligns in one pass) of the token keys. Equal tokens map one to
 * one; each run of differences is a {@link Chunk}. Immutable.
 */
final class Alignment {

  /**
   * One run of differences: hypothesis tokens {@code [hypFrom, hypTo)} stand where the reference
   * has {@code [refFrom, refTo)}; either side may be empty.
   */
  record Chunk(int hypFrom, int hypTo, int refFrom, int refTo) {
    int hypSize() {
      return hypTo - hypFrom;
    }

    int refSize() {
      return refTo - refFrom;
    }
  }

  final List<Token> hyp;
  final List<Token> ref;
  final List<Chunk> chunks;
  /** For each reference token: the equal hypothesis token's index, or -1 inside a chunk. */
  private final int[] refToHyp;
  /** For each reference token inside a chunk: the chunk's index, else -1. */
  private final int[] refChunk;

  private Alignment(List<Token> hyp, List<Token> ref, List<Chunk> chunks, int[] refToHyp, int[] refChunk) {
    this.hyp = hyp;
    this.ref = ref;
    this.chunks = chunks;
    this.refToHyp = refToHyp;
    this.refChunk = refChunk;
  }

  /** Aligns the tokens of a hypothesis and its reference. */
  static Alignment of(String hypothesis, String reference) {
    List<Token> hyp = Tokens.of(hypothesis);
    List<Token> ref = Tokens.of(reference);
    List<String> hypKeys = hyp.stream().map(Token::key).toList();
    List<String> refKeys = ref.stream().map(Token::key).toList();
    List<AbstractDelta<String>> deltas =
        DiffUtils.diff(hypKeys, refKeys, new MyersDiffWithLinearSpace<String>()).getDeltas();
    List<Chunk> chunks = new ArrayList<>();
    int[] refToHyp = new int[ref.size()];
    int[] refChunk = new int[ref.size()];
    Arrays.fill(refChunk, -1);
    int h = 0;
    int r = 0;
    for (AbstractDelta<String> d : deltas) {
      int hs = d.getSource().getPosition();
      int rs = d.getTarget().getPosition();
      while (r < rs) {
        refToHyp[r++] = h++;
      }
      assert h == hs : "diff positions out of step: hyp " + h + " vs " + hs;
      Chunk chunk = new Chunk(hs, hs + d.getSource().size(), rs, rs + d.getTarget().size());
      Chunk last = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
      if (last != null && last.hypTo() == hs && last.refTo() == rs) {
        // a deletion next to an insertion (the linear-space Myers emits them apart): one change
        chunk = new Chunk(last.hypFrom(), chunk.hypTo(), last.refFrom(), chunk.refTo());
        chunks.remove(chunks.size() - 1);
      }
      for (int k = chunk.refFrom(); k < chunk.refTo(); k++) {
        refToHyp[k] = -1;
        refChunk[k] = chunks.size();
      }
      chunks.add(chunk);
      h = chunk.hypTo();
      r = chunk.refTo();
    }
    while (r < ref.size()) {
      refToHyp[r++] = h++;
    }
    return new Alignment(hyp, ref, List.copyOf(chunks), refToHyp, refChunk);
  }

  /** True when the two sides have the same tokens. */
  boolean identical() {
    return chunks.isEmpty();
  }

  /**
   * The hypothesis tokens {@code {from, to}} standing where the reference has tokens
   * {@code [refFrom, refTo)}; {@code null} when a chunk of unequal sides straddles an end, so the
   * boundary in the hypothesis is unknown.
   */
  int[] hypRange(int refFrom, int refTo) {
    int start = hypEdge(refFrom, true);
    int end = hypEdge(refTo - 1, false);
    return start < 0 || end < 0 || end < start ? null : new int[] {start, end};
  }

  private int hypEdge(int k, boolean start) {
    if (refToHyp[k] >= 0) {
      return start ? refToHyp[k] : refToHyp[k] + 1;
    }
    Chunk c = chunks.get(refChunk[k]);
    boolean inside = start ? c.refFrom() == k : c.refTo() == k + 1;
    if (inside) {
      return start ? c.hypFrom() : c.hypTo();
    }
    if (c.hypSize() == c.refSize()) {
      return c.hypFrom() + (k - c.refFrom()) + (start ? 0 : 1);
    }
    return -1;
  }

  /** Whether hypothesis tokens {@code [h[0], h[1])} are reference tokens {@code [refFrom, refTo)}, key for key. */
  boolean heardRight(int[] h, int refFrom, int refTo) {
    if (h[1] - h[0] != refTo - refFrom) {
      return false;
    }
    for (int i = 0; i < refTo - refFrom; i++) {
      if (!hyp.get(h[0] + i).key().equals(ref.get(refFrom + i).key())) {
        return false;
      }
    }
    return true;
  }

  /** The chunk holding reference token {@code k}, or {@code null} when it is aligned to an equal token. */
  Chunk chunkAt(int k) {
    return refChunk[k] < 0 ? null : chunks.get(refChunk[k]);
  }

  /** The reference token index of the first token at or after UTF-16 index {@code offset}. */
  int refTokenAt(int offset) {
    return firstAtOrAfter(ref, offset);
  }

  /** The hypothesis token index of the first token at or after UTF-16 index {@code offset}. */
  int hypTokenAt(int offset) {
    return firstAtOrAfter(hyp, offset);
  }

  /** For each equal pair, the reference index of the hypothesis token, or -1 (for the other direction). */
  int[] hypToRef() {
    int[] out = new int[hyp.size()];
    Arrays.fill(out, -1);
    for (int k = 0; k < refToHyp.length; k++) {
      if (refToHyp[k] >= 0) {
        out[refToHyp[k]] = k;
      }
    }
    return out;
  }

  private static int firstAtOrAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
