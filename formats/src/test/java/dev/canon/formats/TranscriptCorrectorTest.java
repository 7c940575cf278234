package dev.canon.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.CorrectionAssert;
import dev.canon.result.Correction;
import dev.canon.result.Method;
import dev.canon.result.Span;
import dev.canon.result.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptCorrectorTest {

  private static FormatCorrection srt(String input) {
    FormatCorrection c = Formats.correct(Format.SRT, input, TestDictionaries.TEST);
    CorrectionAssert.valid(c.correction());
    TimingInvariants.assertOnlyTextChanged(Format.SRT, input, c.output());
    return c;
  }

  private static String cue(int n, String time, String... lines) {
    return n + "\n" + time + "\n" + String.join("\n", lines) + "\n\n";
  }

  @Test
  void correct_mentionAcrossCues_landsInFirstCueAndReportsBothCues() {
    String input = cue(1, "00:00:01,000 --> 00:00:02,000", "intro")
        + cue(2, "00:00:02,000 --> 00:00:03,000", "thanks to Hugging")
        + cue(3, "00:00:03,500 --> 00:00:04,000", "Fase for this");
    FormatCorrection c = srt(input);
    assertEquals(cue(1, "00:00:01,000 --> 00:00:02,000", "intro")
        + cue(2, "00:00:02,000 --> 00:00:03,000", "thanks to Hugging Face")
        + cue(3, "00:00:03,500 --> 00:00:04,000", "for this"), c.output());
    TimedMention m = c.mentions().get(0);
    assertEquals("Hugging Fase", m.mention().surface());
    assertEquals(1, m.firstUnit());
    assertEquals(2, m.lastUnit());
    assertEquals(new TimeRange(2.0, 4.0), m.time());
    assertEquals("Hugging Fase", m.mention().span().of(c.joinedText()));
  }

  @Test
  void correct_chineseMentionAcrossCues_joinsWithoutSpace() {
    String input = cue(1, "00:00:01,000 --> 00:00:02,000", "阿里云的同意")
        + cue(2, "00:00:02,000 --> 00:00:03,000", "0码");
    FormatCorrection c = srt(input);
    assertEquals(cue(1, "00:00:01,000 --> 00:00:02,000", "阿里云的通义灵码")
        + "2\n00:00:02,000 --> 00:00:03,000\n\n", c.output());
    assertEquals("阿里云的同意0码", c.joinedText());
    // The emptied cue keeps its number and timing, and the file still reads.
    assertEquals(2, SubtitleReader.readSrt(c.output()).cues().size());
  }

  @Test
  void correct_exactNameAcrossCues_isReportedUnchanged() {
    String input = cue(1, "00:00:01,000 --> 00:00:02,000", "Hugging")
        + cue(2, "00:00:02,000 --> 00:00:03,000", "Face");
    FormatCorrection c = srt(input);
    assertEquals(input, c.output());
    assertEquals(1, c.mentions().size());
    assertFalse(c.mentions().get(0).mention().changed());
    assertEquals(0, c.mentions().get(0).firstUnit());
    assertEquals(1, c.mentions().get(0).lastUnit());
  }

  @Test
  void correct_keepWordEndingACue_staysWhenNoMentionFollows() {
    String input = cue(1, "00:00:01,000 --> 00:00:02,000", "我同意")
        + cue(2, "00:00:02,000 --> 00:00:03,000", "你的看法");
    assertEquals(input, srt(input).output());
  }

  @Test
  void correct_mentionOverMarkup_isLeftAlone() {
    String input = cue(1, "00:00:01,000 --> 00:00:02,000", "<i>Hugging</i> Fase", "{\\an8}CodeFus");
    FormatCorrection c = srt(input);
    assertEquals(cue(1, "00:00:01,000 --> 00:00:02,000", "<i>Hugging</i> Fase", "{\\an8}CodeFuse"),
        c.output());
    assertEquals(List.of("codefuse"),
        c.mentions().stream().map(m -> m.mention().entityId()).toList());
  }

  @Test
  void correct_mentionOverTwoLinesOfOneCue_keepsBothLines() {
    String input = cue(1, "00:00:01,000 --> 00:00:02,000", "Hugging", "Fase is here");
    FormatCorrection c = srt(input);
    assertEquals(cue(1, "00:00:01,000 --> 00:00:02,000", "Hugging Face", "is here"), c.output());
    assertEquals(0, c.mentions().get(0).lastUnit());
  }

  @Test
  void correct_vttWithIdsAndSettings_changesOnlyText() {
    String input = "WEBVTT\r\n\r\nNOTE CodeFus stays in notes\r\n\r\nc1\r\n00:01.000 --> 00:02.000 align:start\r\n"
        + "CodeFus\r\n";
    FormatCorrection c = Formats.correct(Format.VTT, input, TestDictionaries.TEST);
    assertEquals(input.replace("CodeFus\r\n", "CodeFuse\r\n"), c.output());
    TimingInvariants.assertOnlyTextChanged(Format.VTT, input, c.output());
  }

  @Test
  void correct_byName_returnsOutputText() {
    assertEquals("1\n00:00:00,000 --> 00:00:01,000\nCodeFuse",
        Formats.correct("SRT", "1\n00:00:00,000 --> 00:00:01,000\nCodeFus", TestDictionaries.TEST));
    assertTrue(Formats.correct("whisper-json", "{\"segments\": []}", TestDictionaries.TEST)
        .equals("{\"segments\": []}"));
  }

  @Test
  void correct_keepsSuggestionsOutsideMarkupAndNamesTheDictionaries() {
    String input = cue(1, "00:00:01,000 --> 00:00:02,000", "see <i>Foo</i> and Bar");
    // A correction function that suggests both words: the one inside markup must go.
    TranscriptCorrector transcripts = new TranscriptCorrector(text -> {
      Correction c = TestDictionaries.TEST.correct(text);
      int foo = text.indexOf("Foo");
      int bar = text.indexOf("Bar");
      List<Suggestion> offered = List.of(
          new Suggestion("foo", "FOO", "t", new Span(foo - 1, foo + 3), "", "FOO", Method.FUZZY, 0.5),
          new Suggestion("bar", "BAR", "t", new Span(bar, bar + 3), "", "BAR", Method.FUZZY, 0.5));
      return new Correction(c.original(), c.corrected(), c.mentions(), c.edits(), offered,
          c.dictionaries());
    });
    FormatCorrection c = transcripts.correct(SubtitleReader.read(Format.SRT, input));
    assertEquals(input, c.output());
    assertEquals(1, c.correction().suggestions().size());
    Suggestion kept = c.correction().suggestions().get(0);
    assertEquals("Bar", kept.surface());
    assertEquals("Bar", kept.span().of(c.joinedText()));
    assertEquals(TestDictionaries.TEST.versions(), c.correction().dictionaries());
  }
}
