package dev.canon.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reading request bodies: content type checks, the size limit, strict UTF-8 and JSON. */
final class Bodies {

  static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Bodies() {}

  /** The request's media type, lower case, without parameters; "" when absent. */
  static String mediaType(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type == null) {
      return "";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * 415 unless the body is declared JSON. {@code curl -d} sends
   * {@code application/x-www-form-urlencoded}; it is read as JSON too, so the simplest curl works.
   */
  static void requireJson(Context ctx) {
    String type = mediaType(ctx);
    if (!(type.isEmpty() || type.equals("application/json")
        || type.equals("application/x-www-form-urlencoded"))) {
      throw new ApiException(415, "unsupported_media_type", "send application/json (one object), "
          + "or application/x-ndjson (JSON Lines) to /v1/correct; got " + type);
    }
  }

  /** The whole body, at most {@code limit} bytes (413 past it). */
  static byte[] read(Context ctx, long limit) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    byte[] buffer = new byte[8192];
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > limit) {
        drain(in, buffer, declared);
        throw tooLarge(limit);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (out.size() + (long) n > limit) {
          drain(in, buffer, DRAINED);
          throw tooLarge(limit);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  /**
   * The most of a refused body read and dropped before the 413 is sent. A server that answers
   * and closes while the client is still sending makes the client's TCP stack reset the
   * connection, and the client sees no answer at all ("header parser received no bytes"); a body
   * read to its end lets it read the 413. Past this the connection is closed unread.
   */
  static final long DRAINED = 4L << 20;

  private static void drain(InputStream in, byte[] buffer, long declared) {
    long left = Math.min(declared, DRAINED);
    try {
      for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
        left -= n;
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

  static ApiException tooLarge(long limit) {
    return new ApiException(413, "too_large", "the body is over the limit of " + limit
        + " bytes (for JSON Lines: one line); split the input or start the server with a larger limit");
  }

  /** Strict UTF-8; 400 naming the byte offset otherwise. */
  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the body is not valid UTF-8");
    }
  }

  /** One JSON value; 400 with the parser's line and column otherwise. */
  static JsonNode json(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw ApiException.badRequest("the body is empty; send a JSON object such as {\"text\": \"...\"}");
      }
      return node;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw ApiException.badRequest("bad JSON" + where + ": " + e.getOriginalMessage());
    }
  }
}
