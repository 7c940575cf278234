package dev.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.result.Correction;
import dev.canon.result.Method;
import dev.canon.result.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Behaviour of the whole pipeline on a small canonical-only dictionary (no aliases). */
class CorrectorTest {

  static final Corrector CANON = TestDictionaries.corrector(
      "keep: [同意, 千分, Version, Gemma, Mistral]",
      "entities:",
      "  - {canonical: 通义灵码, type: product, context: [阿里云, 代码]}",
      "  - {canonical: 通义千问, type: model}",
      "  - {canonical: 通义, type: brand}",
      "  - {canonical: 千帆大模型, type: product, context: [百度]}",
      "  - {canonical: 阶跃星辰, type: org}",
      "  - {canonical: 零一万物, type: org}",
      "  - {canonical: 恐怖谷效应, type: term}",
      "  - {canonical: 天工, type: model}",
      "  - {canonical: CodeFuse, type: product}",
      "  - {canonical: Claude 3 Opus, type: model}",
      "  - {canonical: Mixtral 8x22B, type: model}",
      "  - {canonical: Mistral AI, synonyms: [Mistral], type: org}",
      "  - {canonical: Gemini 1.5 Pro, type: model}",
      "  - {canonical: Gemma, type: model, fuzzy: false}",
      "  - {canonical: GPT-4 Turbo with Vision, type: model}",
      "  - {canonical: GPT-4, type: model}",
      "  - {canonical: Google, type: org, fuzzy: false}",
      "  - {canonical: Google Colab, type: product}",
      "  - {canonical: Llama, type: model, context: [Meta, 模型]}",
      "  - {canonical: Grok-1, type: model}",
      "  - {canonical: 英伟达, synonyms: [NVIDIA], type: org}");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "阿里云的同意0码正式上线|阿里云的通义灵码正式上线",
      "同意千问发布新版本|通义千问发布新版本",
      "阶跃新辰完成融资|阶跃星辰完成融资",
      "01万物发布Yi模型|零一万物发布Yi模型",
      "百度发布千分大模型一体机|百度发布千帆大模型一体机",
      "视频没能逃脱恐怖骨效应|视频没能逃脱恐怖谷效应",
      "平台CodeFus推出图生代码|平台CodeFuse推出图生代码",
      "Anthropic released Cloud 3 Opus today|Anthropic released Claude 3 Opus today",
      "推出Mistral 8x22B模型|推出Mixtral 8x22B模型",
      "开放Gemma 1.5 Pro给开发者|开放Gemini 1.5 Pro给开发者",
      "OpenAI推出GPT-4 Turbo with Version|OpenAI推出GPT-4 Turbo with Vision",
      "继Grok 1之后|继Grok-1之后",
      "open the nvidia site|open the nvidia site",
  })
  void correct_misheardForms_fixed(String noisy, String expected) {
    assertEquals(expected, CorrectionAssert.valid(CANON.correct(noisy)).corrected());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "我同意你的看法",
      "利率上调千分之五",
      "我们用Google Cloud部署",
      "we shipped version 2 last week",
      "天宫空间站今天对接成功",
      "the mistral wind blew all night",
      "a llama farm in Peru",
      "Mistral AI推出新模型",
      "同时发布CodeGemma,以Gemma模型为基础",
      "Grok 1.5 is out",
      "GPT-4o is not GPT-4",
      "他们在天工开物里读到",
      "Lamarck was a biologist",
      "see https://codefuse.alipay.com/welcome for details",
  })
  void correct_everydayText_unchanged(String clean) {
    Correction c = CorrectionAssert.valid(CANON.correct(clean));
    assertEquals(clean, c.corrected(), () -> "edits: " + c.edits());
  }

  @Test
  void correct_llamaWithContext_fixedWithoutContextLeft() {
    assertEquals("Meta的Llama模型", CANON.correct("Meta的Lama模型").corrected());
    assertEquals("the Dalai Lama spoke", CANON.correct("the Dalai Lama spoke").corrected());
  }

  @Test
  void correct_synonym_linkedNotRewritten() {
    Correction c = CANON.correct("NVIDIA和英伟达是一家");
    assertEquals("NVIDIA和英伟达是一家", c.corrected());
    assertEquals(2, c.mentions().size());
    assertTrue(c.mentions().stream().allMatch(m -> m.entityId().equals("英伟达") && !m.changed()));
  }

  @Test
  void correct_mention_reportsMethodScoreAndSpans() {
    Correction c = CorrectionAssert.valid(CANON.correct("阿里云的同意0码正式上线"));
    Mention m = c.mentions().stream().filter(Mention::changed).findFirst().orElseThrow();
    assertEquals(Method.PINYIN, m.method());
    assertEquals("同意0码", m.surface());
    assertEquals(4, m.span().start());
    assertEquals(8, m.span().end());
    assertEquals("通义灵码", m.correctedSpan().of(c.corrected()));
    assertTrue(m.score() >= 0.8 && m.score() <= 1, "score " + m.score());
  }

  @Test
  void correct_sameInputTwice_sameResult() {
    String text = "阿里云的同意0码和CodeFus, Cloud 3 Opus";
    assertEquals(CANON.correct(text), CANON.correct(text));
  }

  static final Corrector KEEP = TestDictionaries.corrector(
      "keep: [huggingface, Google Cloud]",
      "entities:",
      "  - {canonical: Hugging Face, type: org}",
      "  - {canonical: Google Cloud, type: product}");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // a keep word written as one word keeps the spellings written as one word
      "Models on huggingface today.|Models on huggingface today.",
      "Models on HuggingFace today.|Models on HuggingFace today.",
      // ASR splits the name it does not know into the words it hears: that is the error
      "Models on hugging face today.|Models on Hugging Face today.",
      // a keep word of several words keeps every spelling
      "It runs on google cloud and on googlecloud.|It runs on google cloud and on googlecloud.",
  })
  void keepWord_keepsSpellingsWrittenAsItIs(String text, String expected) {
    assertEquals(expected, CorrectionAssert.valid(KEEP.correct(text)).corrected());
  }
}
