package dev.canon.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.canon.CorrectionAssert;
import org.junit.jupiter.api.Test;

class WhisperCorrectionTest {

  private static FormatCorrection correct(String json) {
    FormatCorrection c = Formats.correct(Format.WHISPER_JSON, json, TestDictionaries.TEST);
    CorrectionAssert.valid(c.correction());
    TimingInvariants.assertOnlyTextChanged(Format.WHISPER_JSON, json, c.output());
    return c;
  }

  private static String word(String w, String start, String end) {
    return "{\"word\": \"" + w + "\", \"start\": " + start + ", \"end\": " + end + ", \"p\": 1}";
  }

  private static String segment(String text, String start, String end, String... words) {
    return "{\"start\": " + start + ", \"end\": " + end + ", \"text\": \"" + text
        + "\", \"words\": [" + String.join(", ", words) + "]}";
  }

  private static String doc(String... segments) {
    return "{\"segments\": [" + String.join(", ", segments) + "], \"language\": \"en\"}";
  }

  @Test
  void correct_twoWordsIntoOne_spansFirstStartToLastEnd() {
    String json = doc(segment(" CodeFus rocks", "0.0", "2.0",
        word(" Code", "0.00", "0.50"), word("Fus", "0.50", "1.25"), word(" rocks", "1.25", "2.0")));
    assertEquals(doc(segment(" CodeFuse rocks", "0.0", "2.0",
        word(" CodeFuse", "0.00", "1.25"), word(" rocks", "1.25", "2.0"))), correct(json).output());
  }

  @Test
  void correct_chineseMentionOfSameLength_keepsEachCharactersWordAndTimes() {
    String json = doc(segment("服用二甲双瓜", "0.0", "2.4",
        word("服", "0.0", "0.4"), word("用", "0.4", "0.8"), word("二", "0.8", "1.1"),
        word("甲", "1.1", "1.5"), word("双", "1.5", "1.9"), word("瓜", "1.9", "2.4")));
    assertEquals(json.replace("瓜", "胍"), correct(json).output());
  }

  @Test
  void correct_sameLengthOverUnevenWords_eachWordKeepsItsTimes() {
    String json = doc(segment("阿里云的同意0码", "0.0", "3.0",
        word("阿里云", "0.0", "1.0"), word("的", "1.0", "1.2"), word("同意", "1.2", "2.0"),
        word("0", "2.0", "2.5"), word("码", "2.5", "3.0")));
    assertEquals(doc(segment("阿里云的通义灵码", "0.0", "3.0",
        word("阿里云", "0.0", "1.0"), word("的", "1.0", "1.2"), word("通义", "1.2", "2.0"),
        word("灵", "2.0", "2.5"), word("码", "2.5", "3.0"))), correct(json).output());
  }

  @Test
  void correct_oneWordIntoTwo_sharesItsSpanByLength() {
    String json = doc(segment(" HuggingFace ships", "1.0", "3.0",
        word(" HuggingFace", "1.0", "2.1"), word(" ships", "2.1", "3.0")));
    assertEquals(doc(segment(" Hugging Face ships", "1.0", "3.0",
        word(" Hugging", "1.0", "1.7"), word(" Face", "1.7", "2.1"), word(" ships", "2.1", "3.0"))),
        correct(json).output());
  }

  @Test
  void correct_sameWordCount_keepsEachWordsTimes() {
    String json = doc(segment(" Hugging Fase", "1.0", "3.0",
        word(" Hugging", "1.0", "1.5"), word(" Fase", "2.0", "3.0")));
    FormatCorrection c = correct(json);
    assertEquals(json.replace("Fase", "Face"), c.output());
    assertEquals(new TimeRange(1.0, 3.0), c.mentions().get(0).time());
  }

  @Test
  void correct_mentionAcrossSegments_removesTailWordsAndReportsWordTimes() {
    String json = doc(
        segment(" with Hugging", "7.5", "9.0", word(" with", "7.5", "7.9"), word(" Hugging", "7.9", "8.6")),
        segment(" Fase support", "9.0", "10.0", word(" Fase", "9.1", "9.4"), word(" support", "9.4", "10.0")));
    FormatCorrection c = correct(json);
    assertEquals(doc(
        segment(" with Hugging Face", "7.5", "9.0", word(" with", "7.5", "7.9"),
            word(" Hugging", "7.9", "8.345"), word(" Face", "8.345", "8.6")),
        segment(" support", "9.0", "10.0", word(" support", "9.4", "10.0"))), c.output());
    TimedMention m = c.mentions().get(0);
    assertEquals(0, m.firstUnit());
    assertEquals(1, m.lastUnit());
    assertEquals(new TimeRange(7.9, 9.4), m.time());
  }

  @Test
  void correct_wordsThatDoNotSpellTheText_areLeftAlone() {
    String json = doc(segment(" CodeFus", "0.0", "1.0", word(" something else", "0.0", "1.0")));
    assertEquals(json.replace("\" CodeFus\"", "\" CodeFuse\""), correct(json).output());
  }

  @Test
  void correct_topLevelText_followsSegmentsOrIsCorrectedAlone() {
    String concat = "{\"text\": \" CodeFus\", \"segments\": [{\"start\": 0, \"end\": 1, \"text\": \" CodeFus\"}]}";
    assertEquals(concat.replace("CodeFus\"", "CodeFuse\""), correct(concat).output());
    String other = "{\"text\": \"CodeFus summary\", \"segments\": []}";
    assertEquals("{\"text\": \"CodeFuse summary\", \"segments\": []}", correct(other).output());
  }

  @Test
  void correct_escapingFollowsTheFile() {
    String ascii = "{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"\\u540c\\u610f0\\u7801\"}]}";
    assertEquals("{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"\\u901a\\u4e49\\u7075\\u7801\"}]}",
        correct(ascii).output());
    String raw = "{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"同意0码\"}]}";
    assertEquals("{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"通义灵码\"}]}", correct(raw).output());
  }

  @Test
  void correct_emptyDictionary_keepsOddSpellingsByteForByte() {
    String json = "\uFEFF{ \"segments\" :[ {\"text\":\"a\\/b \\u00e9\",\"start\":1.50E0,\"end\":2.000,"
        + "\"extra\":[1,{\"k\":null}]} ] , \"z\":true }\r\n";
    assertEquals(json, Formats.correct(Format.WHISPER_JSON, json, TestDictionaries.EMPTY).output());
  }
}
