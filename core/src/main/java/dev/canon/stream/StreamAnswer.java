package dev.canon.stream;

import dev.canon.result.Edit;
import dev.canon.result.Mention;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one hypothesis of a stream. Immutable. Spans are UTF-16 indices, half-open, into
 * {@code original} (mentions' {@code span}, edits) and {@code corrected} (mentions' {@code
 * correctedSpan}), as in {@link dev.canon.result.Correction}; the edits applied to {@code original}
 * give {@code corrected}.
 *
 * @param original the hypothesis as given
 * @param corrected its corrected text
 * @param mentions the mentions in it, in order of their start
 * @param edits the replacements, in order of their start
 * @param stable length in UTF-16 chars of the prefix of {@code corrected} that no later answer of
 *     this segment changes (see {@link StreamingCorrector} for the rules); for a final answer, the
 *     whole corrected text
 * @param isFinal true for the answer to {@link StreamSession#finalize}, which ends the segment
 * @param stableRevoked true when this answer could not keep a non-empty prefix an earlier answer
 *     declared stable: the hypothesis changed frozen input (the ASR broke the input contract) or the
 *     corrector's decisions reached back past the stable boundary; the caller should redraw the
 *     whole segment from this answer
 */
public record StreamAnswer(
    String original,
    String corrected,
    List<Mention> mentions,
    List<Edit> edits,
    int stable,
    boolean isFinal,
    boolean stableRevoked) {

  public StreamAnswer {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(corrected, "corrected");
    mentions = List.copyOf(mentions);
    edits = List.copyOf(edits);
    if (stable < 0 || stable > corrected.length()) {
      throw new IllegalArgumentException(
          "stable must be in [0, " + corrected.length() + "]; got " + stable);
    }
  }

  /** The part of {@code corrected} that will not change again in this segment. */
  public String stableText() {
    return corrected.substring(0, stable);
  }
}
