package dev.canon.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.CorrectionAssert;
import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import dev.canon.result.Correction;
import dev.canon.text.NormalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks every bundled dictionary for the mistakes a data file can make that the loader does not
 * catch: missing types, forms that name two entities, everyday words left rewritable, ids that
 * change under users' feet.
 *
 * <p>The ids of {@code ai-news} are pinned in {@code src/test/resources/ai-news.ids}. After an
 * intended change (new entities, a deliberate rename), rerun with
 * {@code -Dcanon.ids.update=true} to rewrite that file, then review its diff: a removed or
 * changed id breaks users who stored it.
 */
class BundledDictionariesTest {

  static final Path IDS = Path.of("src", "test", "resources", "ai-news.ids");

  /**
   * Everyday English words (lower case) that are also entity names here. Such a form must never
   * rewrite ordinary text: its entity is {@code fuzzy: false} or the word is a keep word, and a
   * canonical or alias that is one of them must be a keep word (else {@code the gecko} would
   * become {@code the Gecko}).
   */
  static final Set<String> EVERYDAY = Set.of(
      "gemini", "llama", "mistral", "phoenix", "falcon", "copilot", "bard", "gecko", "transformer",
      "pi", "whisper", "clip", "grok", "cursor", "runway", "perplexity", "cohere", "apple",
      "amazon", "oracle", "snowflake", "alphabet", "meta", "palm", "glue", "squad", "coco", "helm",
      "mamba", "bloom", "zephyr", "alpaca", "vicuna", "optimus", "hopper", "ampere", "accelerate",
      "codex", "cognition", "arm", "fair", "lama", "superglue", "ideogram", "devin");

  /**
   * Rewriting aliases that are everyday words, kept on purpose. {@code Lama} → {@code Llama} is
   * a real ASR error of the seed transcript; {@code Dalai Lama} is an entity so that the longer
   * exact match protects the common phrase.
   */
  static final Set<String> ACCEPTED_REWRITING = Set.of("lama");

  private static final List<Dictionary> ALL = BundledDictionaries.load();
  private static final Corrector CORRECTOR = Corrector.builder().addAll(ALL).build();

  private static Dictionary aiNews() {
    return ALL.stream().filter(d -> d.name().equals("ai-news")).findFirst().orElseThrow();
  }

  @Test
  void load_everyBundledFile_givesOneDictionaryPerIndexLine() {
    assertEquals(BundledDictionaries.names().size(), ALL.size());
    ALL.forEach(d -> assertFalse(d.entities().isEmpty(), d.name() + " has no entities"));
  }

  @Test
  void load_sourceNamesTheFileAsBundled() {
    assertEquals("bundled ai-news.yaml (inside canon-dictionaries)", aiNews().source());
    assertTrue(BundledDictionaries.isBundled(aiNews().source()));
    assertFalse(BundledDictionaries.isBundled("dicts/ai-news.yaml"));
  }

  @Test
  void aiNews_hasAtLeast600Entities() {
    int n = aiNews().entities().size();
    assertTrue(n >= 600, "ai-news has " + n + " entities; expected at least 600");
  }

  @Test
  void entities_allHaveAType() {
    List<String> untyped = entities().filter(e -> e.type().isBlank()).map(Entity::id).toList();
    assertEquals(List.of(), untyped, "entities without a type");
  }

  @Test
  void aliases_nameOneEntityAndNoOtherEntitysName() {
    Map<String, Set<String>> nameOwners = new HashMap<>();
    entities().forEach(e -> {
      List<String> names = new ArrayList<>(e.synonyms());
      names.add(e.canonical());
      names.forEach(n -> nameOwners.computeIfAbsent(NormalizedText.normalize(n), k -> new TreeSet<>()).add(e.id()));
    });
    Map<String, String> aliasOwner = new HashMap<>();
    List<String> problems = new ArrayList<>();
    entities().forEach(e -> e.aliases().forEach(a -> {
      String key = NormalizedText.normalize(a);
      String before = aliasOwner.putIfAbsent(key, e.id());
      if (before != null && !before.equals(e.id())) {
        problems.add("alias \"" + a + "\" of " + e.id() + " is also an alias of " + before);
      }
      Set<String> owners = nameOwners.getOrDefault(key, Set.of());
      if (!owners.isEmpty() && !owners.equals(Set.of(e.id()))) {
        problems.add("alias \"" + a + "\" of " + e.id() + " is also a name of " + owners);
      }
    }));
    assertEquals(List.of(), problems);
  }

  @Test
  void everydayWords_neverRewriteOrdinaryText() {
    Set<String> keep = ALL.stream().flatMap(d -> d.keep().stream())
        .map(NormalizedText::normalize).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    entities().forEach(e -> {
      List<String> rewriting = new ArrayList<>(e.aliases());
      rewriting.add(e.canonical());
      for (String form : rewriting) {
        String key = NormalizedText.normalize(form);
        if (EVERYDAY.contains(key) && !keep.contains(key) && !ACCEPTED_REWRITING.contains(key)) {
          problems.add(e.id() + ": \"" + form + "\" rewrites everyday text; add it to keep");
        }
      }
      List<String> all = new ArrayList<>(rewriting);
      all.addAll(e.synonyms());
      for (String form : all) {
        String key = NormalizedText.normalize(form);
        if (EVERYDAY.contains(key) && e.fuzzy() && !keep.contains(key)) {
          problems.add(e.id() + ": \"" + form + "\" is an everyday word; set fuzzy: false or keep it");
        }
      }
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void ids_matchThePinnedList() throws IOException {
    String actual = aiNews().entities().stream().map(Entity::id)
        .collect(Collectors.joining("\n", "", "\n"));
    if (Boolean.getBoolean("canon.ids.update")) {
      Files.writeString(IDS, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(IDS, StandardCharsets.UTF_8), actual,
        IDS + " differs; if the change is intended, rerun with -Dcanon.ids.update=true and review the diff");
  }

  @Test
  void corrector_buildsFromAllBundledDictionaries() {
    Corrector corrector = Corrector.builder().addAll(ALL).build();
    assertEquals(ALL, corrector.dictionaries());
  }

  /** Everyday text that mentions words of the dictionary and must come out unchanged. */
  @ParameterizedTest
  @ValueSource(strings = {
      "我同意你的看法，千分之五的误差可以接受。",
      "The gecko and the llama met a falcon on the runway.",
      "The mistral wind blew over the Dalai Lama's palm trees.",
      "Switch between landscape and portrait modes, then glue the clip to the stack.",
      "A whisper of superglue and an apple; the pile of codex pages is on the squad's table.",
      "Google Cloud version 2 adds a new Vision API.",
      "在大模型的帮助下，之前的大模型评测变得更快。",
      "上海交通大厦旁边是中国科学家的实验室。",
      "your line is open hi good morning",
      "DeepSeek AI and Midjourney AI were compared with NVIDIA AI Enterprise.",
  })
  void correct_everydayText_changesNothing(String text) {
    Correction c = CorrectionAssert.valid(CORRECTOR.correct(text));
    assertEquals(List.of(), c.edits(), c.inlineDiff());
  }

  /** A few names spelled or heard wrong, fixed by the bundled dictionary. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Open AI发布了GPT 4o。=>OpenAI发布了GPT-4o。",
      "阿里云推出同意千问。=>阿里云推出通义千问。",
      "Mistral AI released Mixtrel 8x7B.=>Mistral AI released Mixtral 8x7B.",
      "OpenAI's DALL-E 3 draws.=>OpenAI's DALL·E 3 draws.",
      "阶跃新辰和01万物发布新模型。=>阶跃星辰和零一万物发布新模型。",
      "Anthropic发布了Cloud 3 Opus，通义万象可以生成图片。=>Anthropic发布了Claude 3 Opus，通义万相可以生成图片。",
      "Deep Seek R1开源了。=>DeepSeek-R1开源了。",
  })
  void correct_misspelledNames_givesCanonical(String row) {
    String[] parts = row.split("=>");
    Correction c = CorrectionAssert.valid(CORRECTOR.correct(parts[0]));
    assertEquals(parts[1], c.corrected(), c.inlineDiff());
  }

  private static Stream<Entity> entities() {
    return ALL.stream().flatMap(d -> d.entities().stream());
  }
}
