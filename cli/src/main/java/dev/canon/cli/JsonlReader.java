package dev.canon.cli;

import dev.canon.formats.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits JSON Lines input into lines of raw bytes, as they arrive: a line is handed on as soon
 * as its {@code \n} is read, without waiting for more input (a program may send one line and
 * wait for its answer). A UTF-8 byte-order mark at the very start is skipped; a {@code \r}
 * before the {@code \n} is dropped. Lines are kept as bytes so that workers decode them, and an
 * invalid UTF-8 sequence becomes an error for that line instead of a silent U+FFFD. Hand-written
 * because {@code BufferedReader} decodes (and replaces) before it splits. Not thread-safe.
 */
final class JsonlReader {

  /** One line: its number (from 1), bytes without the line end, and input bytes read so far. */
  record Line(long number, byte[] bytes, long bytesRead) {

    /** True when the line holds nothing but spaces and tabs. */
    boolean blank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }

    /** The line as text; {@link Utf8.Invalid} names the byte offset in the line. */
    String decode() throws Utf8.Invalid {
      return Utf8.decode(bytes);
    }
  }

  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int start;
  private int end;
  private int scanned;
  private long consumed;
  private long number;
  private boolean eof;

  JsonlReader(InputStream in) {
    this.in = in;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    while (true) {
      for (int i = scanned; i < end; i++) {
        if (buffer[i] == '\n') {
          return take(i, i + 1);
        }
      }
      scanned = end;
      if (eof) {
        return start < end ? take(end, end) : null;
      }
      fill();
    }
  }

  private Line take(int lineEnd, int next) {
    int from = start;
    if (number == 0 && lineEnd - from >= 3 && (buffer[from] & 0xFF) == 0xEF
        && (buffer[from + 1] & 0xFF) == 0xBB && (buffer[from + 2] & 0xFF) == 0xBF) {
      from += 3;
    }
    int until = lineEnd > from && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
    consumed += next - start;
    start = next;
    scanned = next;
    return new Line(++number, Arrays.copyOfRange(buffer, from, until), consumed);
  }

  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      scanned -= start;
      start = 0;
    }
    if (end == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
  }
}
