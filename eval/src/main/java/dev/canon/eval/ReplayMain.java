package dev.canon.eval;

import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.DictionaryException;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.formats.Cue;
import dev.canon.formats.Format;
import dev.canon.formats.FormatException;
import dev.canon.formats.Formats;
import dev.canon.formats.SubtitleReader;
import dev.canon.formats.WhisperReader;
import dev.canon.formats.WhisperSegment;
import dev.canon.stream.StreamingCorrector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Replays transcripts as live ASR streams and reports flicker, latency to stable and equality
 * with batch correction (see {@link StreamReplay}):
 *
 * <pre>
 * ReplayMain FILE... [--dict PATH]... [--no-default-dict] [--seed S] [--revise P] [--tokens N]
 *            [--text-segments sentence|line]
 * </pre>
 *
 * <p>A FILE is SRT ({@code .srt}), WebVTT ({@code .vtt}), Whisper JSON ({@code .json}; each cue or
 * segment is one ASR segment, with its timing), or plain text (anything else; one segment per
 * sentence, or per line with {@code --text-segments line}: long segments, as from an ASR that
 * finalizes rarely; no timing). {@code --seed} (default 1) makes the partials; {@code --revise} (default
 * 0.3) is the chance that a partial shows its last words wrong first; {@code --tokens} (default
 * {@value StreamingCorrector#DEFAULT_REVISABLE_TOKENS}) the revisable tail. Exit 0, 1 when a file
 * cannot be read, 2 on bad usage or a dictionary that does not load.
 */
public final class ReplayMain {

  private ReplayMain() {}

  /** Runs the replay and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8));
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the replay; returns the exit status, for tests. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<Path> files = new ArrayList<>();
    List<Path> dicts = new ArrayList<>();
    boolean defaults = true;
    long seed = 1;
    double revise = 0.3;
    int tokens = StreamingCorrector.DEFAULT_REVISABLE_TOKENS;
    boolean lines = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--dict" -> dicts.add(Path.of(value(args, ++i)));
          case "--no-default-dict" -> defaults = false;
          case "--seed" -> seed = Long.parseLong(value(args, ++i));
          case "--revise" -> revise = Double.parseDouble(value(args, ++i));
          case "--tokens" -> tokens = Integer.parseInt(value(args, ++i));
          case "--text-segments" -> lines = switch (value(args, ++i)) {
            case "line" -> true;
            case "sentence" -> false;
            default -> throw new IllegalArgumentException("--text-segments must be sentence or line");
          };
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option: " + args[i]);
            }
            files.add(Path.of(args[i]));
          }
        }
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("give at least one transcript FILE");
      }
      if (!(revise >= 0 && revise <= 1) || tokens < 1) {
        throw new IllegalArgumentException("--revise must be in [0, 1] and --tokens at least 1");
      }
    } catch (IllegalArgumentException e) {
      err.println("canon-replay: " + e.getMessage());
      err.println("usage: ReplayMain FILE... [--dict PATH]... [--no-default-dict] [--seed S] [--revise P] [--tokens N]");
      return 2;
    }
    Corrector corrector;
    try {
      Corrector.Builder builder = Corrector.builder();
      if (defaults) {
        builder.addAll(BundledDictionaries.load());
      }
      for (Path d : dicts) {
        builder.addAll(DictionaryLoader.defaults().loadAll(d));
      }
      corrector = builder.build();
    } catch (DictionaryException e) {
      err.println("canon-replay: " + e.getMessage());
      return 2;
    }
    int status = 0;
    for (Path file : files) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<StreamReplay.Segment> segments = segments(file, text, new Random(seed), revise, tokens, lines);
        StreamReplay replay = new StreamReplay(corrector, tokens);
        segments.forEach(replay::replay);
        out.println(replay.report(file.getFileName().toString() + ", reach " + StreamingCorrector.of(corrector).reach() + " chars"));
      } catch (IOException | FormatException e) {
        err.println("canon-replay: " + file + ": " + e.getMessage());
        status = 1;
      }
    }
    return status;
  }

  /** The file's segments, each with its partials. */
  static List<StreamReplay.Segment> segments(Path file, String text, Random random, double revise, int tokens,
      boolean lines) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    PartialSequences partials = new PartialSequences(random, revise, tokens, text);
    List<StreamReplay.Segment> out = new ArrayList<>();
    if (name.endsWith(".srt") || name.endsWith(".vtt")) {
      Format format = name.endsWith(".srt") ? Format.SRT : Format.VTT;
      for (Cue cue : SubtitleReader.read(format, Formats.decode(format, text.getBytes(StandardCharsets.UTF_8))).cues()) {
        String segment = String.join(" ", cue.lines()).strip();
        if (!segment.isEmpty()) {
          out.add(new StreamReplay.Segment(segment, partials.partials(segment), cue.time().start(), cue.time().end()));
        }
      }
    } else if (name.endsWith(".json")) {
      for (WhisperSegment s : WhisperReader.read(text).segments()) {
        String segment = s.text().text().strip();
        if (!segment.isEmpty()) {
          out.add(new StreamReplay.Segment(segment, partials.partials(segment), s.time().start(), s.time().end()));
        }
      }
    } else {
      for (String sentence : lines ? text.lines().filter(l -> !l.isBlank()).map(String::strip).toList() : sentences(text)) {
        out.add(new StreamReplay.Segment(sentence, partials.partials(sentence), Double.NaN, Double.NaN));
      }
    }
    return out;
  }

  /** Plain text cut after sentence ends (。！？.!? followed by space or not) and at line breaks. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      for (String s : line.split("(?<=[。！？!?])|(?<=\\.)\\s+")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
