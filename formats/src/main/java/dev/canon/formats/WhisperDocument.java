package dev.canon.formats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed Whisper-style JSON transcript. The JSON text is kept whole and the model only points
 * into it, so writing changes exactly the literals that a correction changes: key order, unknown
 * keys, spacing, number spelling and escapes stay byte for byte. Immutable.
 *
 * @param bom whether the file started with a UTF-8 BOM (not part of {@code json})
 * @param json the JSON text
 * @param segments the {@code segments} array
 * @param text the top-level {@code text} value, if any
 */
public record WhisperDocument(
    boolean bom, String json, List<WhisperSegment> segments, Optional<JsonValue> text) {

  public WhisperDocument {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(text, "text");
    segments = List.copyOf(segments);
  }

  /** The file as read, BOM included. */
  public String write() {
    return bom ? LineFile.BOM + json : json;
  }
}
