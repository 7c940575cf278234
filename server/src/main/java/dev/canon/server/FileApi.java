package dev.canon.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.canon.Corrector;
import dev.canon.formats.Format;
import dev.canon.formats.FormatCorrection;
import dev.canon.formats.Formats;
import dev.canon.formats.SubtitleReader;
import dev.canon.formats.TranscriptCorrector;
import dev.canon.formats.WhisperReader;
import dev.canon.formats.json.ResultJson;
import dev.canon.formats.json.TimedJson;
import dev.canon.resolution.Considered;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The file endpoints: {@code POST /v1/correct/{format}} corrects an SRT, WebVTT or Whisper JSON
 * file as {@code canon correct --input-format} does, and {@code POST /v1/review/{format}} writes
 * a reviewer's decisions into a file. Like {@link CorrectApi}, one corrector per request.
 */
final class FileApi {

  private final DictionaryHolder dictionaries;
  private final WorkQueue work;
  private final ServerMetrics metrics;
  private final long maxBody;

  FileApi(DictionaryHolder dictionaries, WorkQueue work, ServerMetrics metrics, long maxBody) {
    this.dictionaries = dictionaries;
    this.work = work;
    this.metrics = metrics;
    this.maxBody = maxBody;
  }

  /** {@code POST /v1/correct/{format}}: the corrected file, or with {@code ?report=json} the result. */
  void correctFile(Context ctx) throws Exception {
    Format format = format(ctx.pathParam("format"));
    requireFile(ctx);
    String input = Formats.decode(format, Bodies.read(ctx, maxBody));
    boolean report = "json".equals(ctx.queryParam("report"));
    boolean explain = "true".equals(ctx.queryParam("explain"));
    String answer = work.run(() -> {
      Corrector corrector = dictionaries.current();
      FormatCorrection fc = Formats.correct(format, input, corrector);
      metrics.corrected(fc.joinedText());
      if (!report) {
        return fc.output();
      }
      List<Considered> explained = explain ? corrector.explain(fc.joinedText()) : null;
      return ResultJson.write(null, fc.correction(), explained, TimedJson.of(fc));
    });
    if (report) {
      CorrectApi.json(ctx, answer);
    } else {
      ctx.contentType(fileType(format)).result(answer.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * {@code POST /v1/review/{format}} with {@code {"input": "...", "decisions": [...]}}: the file
   * (format {@code text}, {@code srt}, {@code vtt} or {@code whisper-json}) corrected with a
   * reviewer's decisions applied; what the review page downloads.
   */
  void review(Context ctx) throws Exception {
    String name = ctx.pathParam("format").toLowerCase(Locale.ROOT);
    Format format = name.equals("text") ? null : format(name);
    Bodies.requireJson(ctx);
    JsonNode body = Bodies.json(Bodies.utf8(Bodies.read(ctx, maxBody)));
    if (!body.path("input").isTextual()) {
      throw ApiException.badRequest("missing \"input\" (the text or file, a string)");
    }
    String input = body.get("input").asText();
    Decisions decisions = Decisions.parse(body.get("decisions"));
    String answer = work.run(() -> {
      Corrector corrector = dictionaries.current();
      if (format == null) {
        return decisions.apply(corrector, corrector.correct(input)).corrected();
      }
      TranscriptCorrector transcripts = new TranscriptCorrector(decisions.over(corrector));
      return switch (format) {
        case SRT, VTT -> transcripts.correct(SubtitleReader.read(format, input)).output();
        case WHISPER_JSON -> transcripts.correct(WhisperReader.read(input)).output();
      };
    });
    ctx.contentType(format == null ? "text/plain; charset=utf-8" : fileType(format))
        .result(answer.getBytes(StandardCharsets.UTF_8));
  }

  private static Format format(String name) {
    try {
      return Format.of(name);
    } catch (IllegalArgumentException e) {
      throw new ApiException(404, "unknown_format",
          "no format \"" + name + "\"; use srt, vtt or whisper-json");
    }
  }

  /** A file is the body itself: a multipart form would be read as the file and fail oddly. */
  private static void requireFile(Context ctx) {
    String type = Bodies.mediaType(ctx);
    if (type.startsWith("multipart/")) {
      throw new ApiException(415, "unsupported_media_type",
          "send the file itself as the body (curl --data-binary @file.srt), not a form upload");
    }
  }

  private static String fileType(Format format) {
    return switch (format) {
      case SRT -> "application/x-subrip; charset=utf-8";
      case VTT -> "text/vtt; charset=utf-8";
      case WHISPER_JSON -> "application/json; charset=utf-8";
    };
  }
}
