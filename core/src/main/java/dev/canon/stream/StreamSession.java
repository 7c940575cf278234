package dev.canon.stream;

import dev.canon.Corrector;
import dev.canon.evidence.Evidence;
import dev.canon.result.Correction;
import dev.canon.result.Edit;
import dev.canon.result.Mention;
import dev.canon.result.Span;
import dev.canon.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One stream's state: the current segment's frozen input and stable prefix. <b>Not
 * thread-safe</b>: feed one stream's hypotheses from one thread at a time, in order. Rules and
 * guarantees: {@link StreamingCorrector}.
 *
 * <p>Memory: counters, a 64-bit hash of the frozen input, and the mentions and edits inside the
 * stable prefix of the current segment; no text. {@link #finalize} clears them all.
 */
public final class StreamSession {

  /** Multiplier of the polynomial hash of the frozen input (a large odd 64-bit constant). */
  private static final long HASH_BASE = 0x9E3779B97F4A7C15L;

  private final Corrector corrector;
  private final int revisableTokens;
  private final int spanLimit;

  /** Frozen input: chars [0, frozen) of every later hypothesis, by the input contract. */
  private int frozen;
  private long frozenHash;
  /** Stable prefix: input chars [0, stable), corrected chars [0, stableCorrected). */
  private int stable;
  private int stableCorrected;
  private final List<Mention> stableMentions = new ArrayList<>();
  private final List<Edit> stableEdits = new ArrayList<>();
  /** Chars the last partial corrected (its window); for tests of the cost bound. */
  private int lastWindow;

  StreamSession(Corrector corrector, int revisableTokens) {
    this.corrector = corrector;
    this.revisableTokens = revisableTokens;
    this.spanLimit = corrector.spanLimit();
  }

  /**
   * Corrects a partial hypothesis of the current segment (the whole hypothesis so far, not a
   * delta). The answer's corrected text starts with every stable prefix this segment declared,
   * unless it says {@link StreamAnswer#stableRevoked()}.
   *
   * @param text the hypothesis, not null
   */
  public StreamAnswer partial(String text) {
    Objects.requireNonNull(text, "text");
    boolean revoked = false;
    if (!keepsFrozen(text)) {
      revoked = stableCorrected > 0; // nothing declared, nothing to take back
      clear();
    }
    Pass pass = correctFrom(text, windowStart(text));
    if (!pass.cutAt(stable)) {
      // Only when a candidate reached further than Corrector.spanLimit() allows: the whole text,
      // and if even that crosses the boundary, the stable prefix cannot be kept.
      pass = correctFrom(text, 0);
      if (!pass.cutAt(stable)) {
        clear();
        revoked = true;
      }
    }
    lastWindow = text.length() - pass.from();
    int keptFrozen = frozen;
    advanceFrozen(text);
    StringBuilder corrected = new StringBuilder(text.length() + 16);
    appendStable(text, corrected);
    int at = stable - pass.from();
    int shift = stableCorrected - pass.correctedAt(at);
    corrected.append(pass.correction().corrected(), pass.correctedAt(at), pass.correction().corrected().length());
    List<Mention> mentions = new ArrayList<>(stableMentions);
    List<Edit> edits = new ArrayList<>(stableEdits);
    int newStable = nextStable(text, pass);
    for (Mention m : pass.correction().mentions()) {
      if (m.span().start() >= at) {
        Mention moved = move(m, pass.from(), shift);
        mentions.add(moved);
        if (moved.span().end() <= newStable) {
          stableMentions.add(moved);
        }
      }
    }
    for (Edit e : pass.correction().edits()) {
      if (e.span().start() >= at) {
        Edit moved = new Edit(shifted(e.span(), pass.from()), e.from(), e.to());
        edits.add(moved);
        if (moved.span().end() <= newStable) {
          stableEdits.add(moved);
        }
      }
    }
    stableCorrected += pass.correctedAt(newStable - pass.from()) - pass.correctedAt(at);
    stable = newStable;
    assert frozen >= keptFrozen && stable <= frozen : "stable=" + stable + " frozen=" + frozen;
    return new StreamAnswer(text, corrected.toString(), mentions, edits, stableCorrected, false, revoked);
  }

  /**
   * Ends the segment with its final text: the answer equals {@link Corrector#correct(String)} of
   * {@code text} (the whole segment is corrected once more), its stable length is the whole
   * corrected text, and {@link StreamAnswer#stableRevoked()} says whether it differs from a stable
   * prefix declared earlier. The next hypothesis starts a new segment.
   *
   * @param text the final text of the segment, not null
   */
  public StreamAnswer finalize(String text) {
    Objects.requireNonNull(text, "text");
    Correction full = corrector.correct(text);
    boolean revoked = stableCorrected > 0 && (!keepsFrozen(text) || !agreesWithStable(full));
    clear();
    lastWindow = text.length();
    return new StreamAnswer(text, full.corrected(), full.mentions(), full.edits(),
        full.corrected().length(), true, revoked);
  }

  /** Chars the last call corrected; package-private, for the tests of the cost bound. */
  int lastWindow() {
    return lastWindow;
  }

  /** Stable mentions and edits held; package-private, for the tests of the memory bound. */
  int held() {
    return stableMentions.size() + stableEdits.size();
  }

  private void clear() {
    frozen = 0;
    frozenHash = 0;
    stable = 0;
    stableCorrected = 0;
    stableMentions.clear();
    stableEdits.clear();
  }

  /**
   * The corrected window starts a {@link #reachBefore reach} before the stable end, so every
   * candidate after it sees the text it would see in the whole hypothesis, and no candidate made
   * up at the window's cut edge can reach the stable end.
   */
  private int windowStart(String text) {
    int w = reachBefore(text, stable);
    // do not start inside a Latin word or a surrogate pair: the window would see another word
    while (w > 0 && (Character.isLowSurrogate(text.charAt(w))
        || Scripts.isLatinWordChar(text.charAt(w - 1)) && Scripts.isLatinWordChar(text.charAt(w)))) {
      w--;
    }
    return w;
  }

  /**
   * The position a reach before {@code end}: {@link Corrector#spanLimit()} counted chars (chars
   * other than horizontal spaces and joiners, which normalization may delete inside a match) and
   * then {@link Evidence#LOOKAHEAD} plus {@link #SLACK} chars more. A candidate that starts at or
   * after it ends before {@code end} and reads no context at or after {@code end}; a candidate
   * that ends at or before it reads no context there either. O(distance).
   */
  private int reachBefore(String text, int end) {
    int at = Math.max(0, end - Evidence.LOOKAHEAD - SLACK);
    int counted = 0;
    while (at > 0 && counted < spanLimit) {
      char c = text.charAt(--at);
      if (!(Scripts.isHorizontalSpace(c) || Scripts.isJoiner(c))) {
        counted++;
      }
    }
    return at;
  }

  /**
   * Chars a decision reads beyond a candidate and its context window: the Latin word boundary
   * (one char) and the Chinese segmentation around a pinyin candidate (three).
   */
  static final int SLACK = 8;

  private Pass correctFrom(String text, int from) {
    List<Span> contested = new ArrayList<>();
    Correction c = corrector.correct(text.substring(from), contested::add);
    return new Pass(from, c, List.copyOf(contested));
  }

  /**
   * The largest boundary at or before a {@link #reachBefore reach} before the frozen end that no
   * contested span crosses and that splits no surrogate pair; {@code stable} when there is none.
   * No candidate that could cross it is still unknown: one would end before the frozen end minus
   * the context window, in frozen text, and read its context there.
   */
  private int nextStable(String text, Pass pass) {
    int s = reachBefore(text, frozen);
    boolean moved = true;
    while (s > stable && moved) {
      moved = false;
      if (Character.isLowSurrogate(text.charAt(s)) && Character.isHighSurrogate(text.charAt(s - 1))) {
        s--;
        moved = true;
      }
      for (Span span : pass.contested()) {
        int start = span.start() + pass.from();
        int end = span.end() + pass.from();
        if (start < s && s < end) {
          s = start;
          moved = true;
        }
      }
    }
    return Math.max(s, stable);
  }

  /** Appends the corrected stable prefix: the stable edits applied to {@code text[0, stable)}. */
  private void appendStable(String text, StringBuilder out) {
    int at = 0;
    for (Edit e : stableEdits) {
      out.append(text, at, e.span().start()).append(e.to());
      at = e.span().end();
    }
    out.append(text, at, stable);
  }

  /** Moves the frozen input forward to where this hypothesis's revisable tail starts. */
  private void advanceFrozen(String text) {
    int to = StreamingCorrector.revisableFrom(text, revisableTokens);
    for (int i = frozen; i < to; i++) {
      frozenHash = frozenHash * HASH_BASE + text.charAt(i);
    }
    frozen = Math.max(frozen, to);
  }

  /** True when {@code text} starts with the frozen input (by its hash). */
  private boolean keepsFrozen(String text) {
    if (text.length() < frozen) {
      return false;
    }
    long h = 0;
    for (int i = 0; i < frozen; i++) {
      h = h * HASH_BASE + text.charAt(i);
    }
    return h == frozenHash;
  }

  /** True when the batch correction has exactly the stable mentions and edits before the boundary. */
  private boolean agreesWithStable(Correction full) {
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : full.mentions()) {
      if (m.span().start() < stable) {
        if (m.span().end() > stable) {
          return false;
        }
        mentions.add(m);
      }
    }
    List<Edit> edits = new ArrayList<>();
    for (Edit e : full.edits()) {
      if (e.span().start() < stable) {
        edits.add(e);
      }
    }
    return mentions.equals(stableMentions) && edits.equals(stableEdits);
  }

  private static Span shifted(Span span, int by) {
    return new Span(span.start() + by, span.end() + by);
  }

  private static Mention move(Mention m, int by, int correctedBy) {
    return new Mention(m.entityId(), m.canonical(), m.type(), m.dictionary(), shifted(m.span(), by),
        shifted(m.correctedSpan(), correctedBy), m.surface(), m.method(), m.score(), m.changed());
  }
}
