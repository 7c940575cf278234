package dev.canon.cli;

import dev.canon.Corrector;
import dev.canon.formats.json.StreamAnswerJson;
import dev.canon.stream.StreamAnswer;
import dev.canon.stream.StreamSession;
import dev.canon.stream.StreamingCorrector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code canon correct --input-format partials}: JSON Lines {@code {"stream": ..., "text": "...",
 * "final": true|false}} of live ASR hypotheses in, one answer line per input line out, written
 * and flushed at once: {@code stream}, {@code corrected}, {@code stable} (code points of {@code
 * corrected} that will not change again in this segment), {@code final}, {@code entities}, {@code
 * edits}, and {@code "stableRevoked": true} when an earlier stable prefix could not be kept. Each
 * stream (any JSON value; absent is one stream of its own) has its own {@link StreamSession}; a
 * {@code final} line ends its segment. Lines are answered in order on one thread: a stream's
 * answers depend on its earlier lines. The messages are {@link StreamAnswerJson}'s, as the service's
 * {@code /v1/stream}.
 */
final class PartialsRun {

  private final StreamingCorrector streaming;
  private final PrintStream out;
  private final Map<String, StreamSession> sessions = new HashMap<>();

  PartialsRun(Corrector corrector, PrintStream out) {
    this.streaming = StreamingCorrector.of(corrector);
    this.out = out;
  }

  /** Answers every line of {@code in}; returns true when some line could not be processed. */
  boolean run(String name, InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)));
    boolean failed = false;
    long number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      String answer;
      try {
        answer = answer(StreamAnswerJson.read(line));
      } catch (StreamAnswerJson.BadMessage e) {
        failed = true;
        System.err.println("canon: " + name + ":" + number + ": " + e.getMessage());
        answer = StreamAnswerJson.error(e.stream(), e.getMessage());
      }
      out.println(answer);
      out.flush(); // a caption waits for this line
    }
    return failed;
  }

  private String answer(StreamAnswerJson.Message m) {
    String key = m.key();
    StreamSession session = sessions.computeIfAbsent(key, k -> streaming.open());
    StreamAnswer a;
    if (m.isFinal()) {
      a = session.finalize(m.text());
      sessions.remove(key); // the next segment of this stream starts afresh anyway
    } else {
      a = session.partial(m.text());
    }
    return StreamAnswerJson.write(m.stream(), a);
  }
}
