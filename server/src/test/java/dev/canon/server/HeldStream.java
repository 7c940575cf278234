package dev.canon.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A JSON Lines request whose body the test writes line by line: while it is open, it holds one
 * work thread of the server, which lets tests fill the queue or stop the server mid-request
 * without timing guesses.
 *
 * <p>Written on a plain socket (chunked HTTP/1.1 by hand, test code only) because
 * {@code java.net.http.HttpClient} holds back a streamed request body instead of sending each
 * line as it is written.
 */
final class HeldStream implements AutoCloseable {

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private int status;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private boolean ended;
  private boolean chunkOpen;

  HeldStream(URI base) {
    try {
      socket = new Socket(base.getHost(), base.getPort());
      socket.setSoTimeout(60_000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream());
      out.write(("POST /v1/correct HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
          + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends one line as one chunk. */
  void send(String json) {
    byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      out.write((Integer.toHexString(line.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(line);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The response status; blocks until the server starts answering. */
  int status() throws IOException {
    if (status == 0) {
      String statusLine = asciiLine();
      status = Integer.parseInt(statusLine.split(" ")[1]);
      boolean chunked = false;
      for (String header; !(header = asciiLine()).isEmpty(); ) {
        chunked |= header.equalsIgnoreCase("Transfer-Encoding: chunked");
      }
      if (!chunked) {
        throw new IOException("expected a chunked answer, status " + status);
      }
    }
    return status;
  }

  /** The next answer line, or null at the end of the answer; blocks until it comes. */
  String next() throws IOException {
    status();
    while (true) {
      byte[] buffered = pending.toByteArray();
      for (int i = 0; i < buffered.length; i++) {
        if (buffered[i] == '\n') {
          pending.reset();
          pending.write(buffered, i + 1, buffered.length - i - 1);
          return new String(buffered, 0, i, StandardCharsets.UTF_8);
        }
      }
      if (ended) {
        return null;
      }
      if (chunkOpen) {
        asciiLine(); // the CRLF after a chunk's data: Jetty sends it with the next chunk
      }
      int size = Integer.parseInt(asciiLine().trim(), 16);
      if (size == 0) {
        ended = true;
        continue;
      }
      pending.write(in.readNBytes(size));
      chunkOpen = true;
    }
  }

  private String asciiLine() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b; (b = in.read()) != '\n'; ) {
      if (b < 0) {
        throw new IOException("connection closed");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  /** Ends the request body (the answer can still be read). */
  @Override
  public void close() {
    try {
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
