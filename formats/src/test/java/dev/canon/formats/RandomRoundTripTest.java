package dev.canon.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.CorrectionAssert;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Random files of every format, built from mention fragments that fall on cue and word
 * boundaries: with no dictionary the output is the input byte for byte; with the test dictionary
 * only text changes, timings stay, and the output reads back.
 */
class RandomRoundTripTest {

  private static final String[] WORDS = {
    "Hugging", "Fase", "Face", "HuggingFace", "同意", "0码", "同意0码", "CodeFus", "CodeFuse", "我",
    "你好", "model", "<i>x</i>", "&amp;", "，", "released", "2", "通义", "😀",
  };
  private static final int FILES = 150;

  @ParameterizedTest
  @EnumSource(Format.class)
  void correct_randomFiles_keepLayoutAndTimings(Format format) {
    Random random = new Random(20240415L + format.ordinal());
    int changed = 0;
    for (int n = 0; n < FILES; n++) {
      String input = switch (format) {
        case SRT -> subtitles(random, false);
        case VTT -> subtitles(random, true);
        case WHISPER_JSON -> whisper(random);
      };
      String context = format.cliName() + " file " + n + ":\n" + input;
      assertEquals(input, Formats.correct(format, input, TestDictionaries.EMPTY).output(), context);
      FormatCorrection c = Formats.correct(format, input, TestDictionaries.TEST);
      CorrectionAssert.valid(c.correction());
      changed += c.output().equals(input) ? 0 : 1;
      try {
        TimingInvariants.assertOnlyTextChanged(format, input, c.output());
      } catch (AssertionError | FormatException e) {
        throw new AssertionError(context + "\n-> " + c.output(), e);
      }
    }
    // The fragments make most files correctable; a run that changes few means a silent no-op.
    assertTrue(changed > FILES / 3, "only " + changed + " of " + FILES + " files changed");
  }

  private static String line(Random random) {
    StringBuilder out = new StringBuilder();
    int words = 1 + random.nextInt(4);
    for (int i = 0; i < words; i++) {
      if (i > 0 && random.nextBoolean()) {
        out.append(' ');
      }
      out.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }

  private static String subtitles(Random random, boolean vtt) {
    String eol = random.nextBoolean() ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>();
    if (vtt) {
      lines.add(random.nextBoolean() ? "WEBVTT" : "WEBVTT - random");
      lines.add("");
      if (random.nextBoolean()) {
        lines.add("NOTE " + line(random));
        lines.add("");
      }
    }
    int cues = 1 + random.nextInt(5);
    long at = 0;
    for (int i = 1; i <= cues; i++) {
      long end = at + 1 + random.nextInt(3000);
      if (!vtt || random.nextBoolean()) {
        lines.add(vtt ? "c" + i : String.valueOf(i));
      }
      lines.add(time(at, vtt) + " --> " + time(end, vtt) + (vtt && random.nextBoolean() ? " align:start" : ""));
      int textLines = random.nextInt(4);
      for (int k = 0; k < textLines; k++) {
        lines.add(line(random));
      }
      lines.add("");
      if (random.nextInt(4) == 0) {
        lines.add("");
      }
      at = end;
    }
    if (random.nextBoolean()) {
      lines.remove(lines.size() - 1);
    }
    String body = String.join(eol, lines) + (random.nextBoolean() ? eol : "");
    return (random.nextBoolean() ? "\uFEFF" : "") + body;
  }

  private static String time(long millis, boolean vtt) {
    return String.format(Locale.ROOT, vtt ? "%02d:%02d:%02d.%03d" : "%02d:%02d:%02d,%03d",
        millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
  }

  private static String whisper(Random random) {
    boolean ascii = random.nextBoolean();
    String gap = random.nextBoolean() ? ", " : ",\n    ";
    List<String> segments = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    double at = 0;
    int count = random.nextInt(5);
    for (int s = 0; s < count; s++) {
      double start = at;
      StringBuilder text = new StringBuilder();
      List<String> words = new ArrayList<>();
      int n = 1 + random.nextInt(4);
      for (int w = 0; w < n; w++) {
        String word = (random.nextBoolean() ? " " : "") + WORDS[random.nextInt(WORDS.length)];
        double end = at + 0.1 * (1 + random.nextInt(9));
        words.add("{\"word\": " + JsonText.quote(word, ascii) + ", \"start\": " + JsonText.seconds(at)
            + ", \"end\": " + JsonText.seconds(end) + ", \"probability\": 0.5}");
        text.append(word);
        at = end;
      }
      all.append(text);
      segments.add("{\"id\": " + s + ", \"start\": " + JsonText.seconds(start) + ", \"end\": "
          + JsonText.seconds(at) + ", \"text\": " + JsonText.quote(text.toString(), ascii)
          + ", \"tokens\": [1, 2], \"words\": [" + String.join(gap, words) + "]}");
    }
    return (random.nextBoolean() ? "\uFEFF" : "") + "{\"text\": " + JsonText.quote(all.toString(), ascii)
        + ", \"segments\": [" + String.join(gap, segments) + "], \"language\": \"zh\"}";
  }
}
