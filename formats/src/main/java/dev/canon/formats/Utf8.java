package dev.canon.formats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that says where the input goes wrong, for every reader of files and
 * records (transcript formats, the command line's text and JSON Lines input). Stateless.
 */
public final class Utf8 {

  private Utf8() {}

  /** Input that is not UTF-8: the byte offset (from 0) of the first bad sequence and its line (from 1). */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    /** Byte offset (from 0) of the first bad sequence. */
    public final long offset;
    /** Its line (from 1). */
    public final long line;

    Invalid(long offset, long line) {
      super("not valid UTF-8 at byte " + offset + " (line " + line + ")");
      this.offset = offset;
      this.line = line;
    }
  }

  /** {@code bytes} as text; a BOM stays as U+FEFF. */
  public static String decode(byte[] bytes) throws Invalid {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      long line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new Invalid(in.position(), line);
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
