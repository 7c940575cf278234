package dev.canon.server;

import dev.canon.formats.json.StreamAnswerJson;
import dev.canon.stream.StreamAnswer;
import dev.canon.stream.StreamSession;
import dev.canon.stream.StreamingCorrector;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live-captions WebSocket, {@code /v1/stream}: each text message is one partials message
 * ({@link StreamAnswerJson}, as {@code canon correct --input-format partials} reads), answered by
 * one text message in the CLI's answer format. A connection holds one {@link StreamSession} per
 * stream id, at most {@link #MAX_STREAMS} at once; a stream's session opens with the corrector
 * current at its first message (after a reload, new sessions take the new dictionaries) and ends
 * with its {@code final} message or the connection. A bad message gets an error answer and the
 * connection stays open. Corrections run on the {@link WorkQueue}, as HTTP requests do.
 *
 * <p>Jetty delivers one connection's messages one at a time, in order (the next frame is read
 * after the handler returns), so a connection's sessions see their hypotheses in order; the
 * {@link Connection} is still locked, as close may come from another thread.
 */
final class StreamSocket {

  /** Streams one connection may have open (a segment not yet finalized) at once. */
  static final int MAX_STREAMS = 64;

  private static final Logger LOG = LoggerFactory.getLogger(StreamSocket.class);
  private static final String CONNECTION = "canon.stream.connection";

  private final DictionaryHolder dictionaries;
  private final WorkQueue work;
  private final ServerMetrics metrics;

  StreamSocket(DictionaryHolder dictionaries, WorkQueue work, ServerMetrics metrics) {
    this.dictionaries = dictionaries;
    this.work = work;
    this.metrics = metrics;
  }

  /** The handlers of {@code /v1/stream}; {@code socket} is null until the dictionaries load. */
  static void configure(WsConfig ws, java.util.function.Supplier<StreamSocket> socket) {
    ws.onConnect(ctx -> {
      StreamSocket s = socket.get();
      if (s == null) {
        ctx.send(StreamAnswerJson.error(null, "starting: the dictionaries are still loading; reconnect"));
        ctx.closeSession(1013, "starting"); // 1013: try again later
        return;
      }
      ctx.attribute(CONNECTION, new Connection(s));
      s.metrics.streamConnection(1);
    });
    ws.onMessage(ctx -> {
      Connection c = ctx.attribute(CONNECTION);
      if (c != null) {
        ctx.send(c.answer(ctx.message()));
      }
    });
    ws.onBinaryMessage(ctx -> ctx.send(StreamAnswerJson.error(null,
        "send text messages: one JSON object {\"stream\", \"text\", \"final\"} each")));
    ws.onClose(ctx -> close(ctx));
    ws.onError(ctx -> {
      LOG.debug("/v1/stream connection failed", ctx.error());
      close(ctx);
    });
  }

  private static void close(WsContext ctx) {
    Connection c = ctx.attribute(CONNECTION);
    if (c != null && c.close()) {
      c.socket.metrics.streamConnection(-1);
    }
  }

  /** One connection's open streams. */
  private static final class Connection {
    private final StreamSocket socket;
    private final Map<String, StreamSession> sessions = new HashMap<>();
    private boolean closed;

    Connection(StreamSocket socket) {
      this.socket = socket;
    }

    synchronized String answer(String text) {
      StreamAnswerJson.Message m;
      try {
        m = StreamAnswerJson.read(text);
      } catch (StreamAnswerJson.BadMessage e) {
        socket.metrics.streamMessage(false);
        return StreamAnswerJson.error(e.stream(), e.getMessage());
      }
      String key = m.key();
      StreamSession session = sessions.get(key);
      if (session == null) {
        if (sessions.size() >= MAX_STREAMS) {
          socket.metrics.streamMessage(false);
          return StreamAnswerJson.error(m.stream(), "too many open streams on this connection (at most "
              + MAX_STREAMS + "): end one with \"final\": true, or open another connection");
        }
        session = StreamingCorrector.of(socket.dictionaries.current()).open();
        sessions.put(key, session);
      }
      StreamSession open = session;
      StreamAnswer a;
      try {
        a = socket.work.run(() -> m.isFinal() ? open.finalize(m.text()) : open.partial(m.text()));
      } catch (ApiException e) {
        // the work queue is full: this hypothesis is not answered; the next one is the whole
        // hypothesis again, so the stream goes on
        socket.metrics.streamMessage(false);
        return StreamAnswerJson.error(m.stream(), e.error() + ": " + e.getMessage());
      } catch (Exception e) {
        LOG.error("/v1/stream message failed", e);
        sessions.remove(key);
        socket.metrics.streamMessage(false);
        return StreamAnswerJson.error(m.stream(), "internal: the server failed on this message: " + e);
      }
      if (m.isFinal()) {
        sessions.remove(key); // the next segment of this stream starts afresh anyway
      }
      socket.metrics.streamMessage(true);
      return StreamAnswerJson.write(m.stream(), a);
    }

    /** Drops the sessions; true the first time. */
    synchronized boolean close() {
      sessions.clear();
      boolean first = !closed;
      closed = true;
      return first;
    }
  }
}
