package dev.canon;

import dev.canon.candidate.Candidate;
import dev.canon.candidate.ExactMatcher;
import dev.canon.candidate.Form;
import dev.canon.candidate.Lexicon;
import dev.canon.candidate.RuleMatcher;
import dev.canon.candidate.Target;
import dev.canon.candidate.latin.LatinFuzzyMatcher;
import dev.canon.candidate.pinyin.PinyinMatcher;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryException;
import dev.canon.dictionary.Entity;
import dev.canon.dictionary.Rule;
import dev.canon.dictionary.Thresholds;
import dev.canon.evidence.Evidence;
import dev.canon.lexicon.ChineseWords;
import dev.canon.resolution.Considered;
import dev.canon.resolution.Decision;
import dev.canon.result.Method;
import dev.canon.text.Casing;
import dev.canon.text.NormalizedText;
import dev.canon.text.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The candidate stages of a corrector, built once from its dictionaries: exact, fuzzy, pinyin and
 * rule matchers, then keep-word filtering, context scoring and the apply threshold.
 */
final class Pipeline {

  private final Settings settings;
  private final ExactMatcher exact;
  private final LatinFuzzyMatcher latin;
  private final PinyinMatcher pinyin;
  private final RuleMatcher rules;
  /** Keep words by normalized form: true when written as one word, which keeps only spellings as one word. */
  private final Map<String, Boolean> keep;
  private final Lexicon lexicon;
  private final Map<String, java.util.Optional<Thresholds>> dictionaryThresholds = new HashMap<>();
  private final int spanLimit;

  private final List<Target> targets;

  Pipeline(List<Dictionary> dictionaries, Settings settings, Lexicon lexicon) {
    this.settings = settings;
    this.lexicon = lexicon;
    dev.canon.dictionary.DictionaryConflicts.check(dictionaries); // every conflict at once, before the checks below
    this.targets = entitiesInForce(dictionaries);
    List<Form> forms = forms(dictionaries);
    // The exact automaton takes about half of a large dictionary's build: it is built on another
    // core meanwhile (the common pool; in this thread when there is none), the result the same.
    java.util.concurrent.CompletableFuture<ExactMatcher> exactMatcher =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> new ExactMatcher(forms));
    this.latin = new LatinFuzzyMatcher(forms, lexicon);
    this.pinyin = new PinyinMatcher(forms, lexicon, profile(dictionaries));
    this.exact = joinBuilt(exactMatcher);
    this.spanLimit = spanLimit(forms, latin);
    List<Rule> allRules = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    List<Integer> priorities = new ArrayList<>();
    Map<String, Boolean> keepWords = new HashMap<>();
    for (int p = 0; p < dictionaries.size(); p++) {
      Dictionary d = dictionaries.get(p);
      for (Rule r : d.rules()) {
        allRules.add(r);
        owners.add(d.name());
        priorities.add(p);
      }
      d.keep().forEach(k -> keepWords.merge(NormalizedText.normalize(k), NormalizedText.latinBreaks(k) == 0, Boolean::logicalAnd));
      dictionaryThresholds.put(d.name(), d.thresholds());
    }
    this.rules = new RuleMatcher(allRules, owners, priorities);
    this.keep = Map.copyOf(keepWords);
  }

  /**
   * The engine profile of the dictionaries ({@code profile:} sections, combined), used by the
   * pinyin matcher for every entity in force; null when none carries one.
   */
  private static dev.canon.dictionary.Profile profile(List<Dictionary> dictionaries) {
    List<dev.canon.dictionary.Profile> profiles = dictionaries.stream()
        .flatMap(d -> d.profile().stream()).toList();
    return profiles.isEmpty() ? null : dev.canon.dictionary.Profile.combine(profiles);
  }

  private static <T> T joinBuilt(java.util.concurrent.CompletableFuture<T> built) {
    try {
      return built.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  /** See {@link Corrector#spanLimit()}. */
  int spanLimit() {
    return spanLimit;
  }

  /**
   * An exact match covers the normalized chars of a form (normalization folds one code point to
   * one and deletes only spaces and joiners); a pinyin match one char per syllable of a form; a
   * Latin window at most {@link LatinFuzzyMatcher#longestWindowKey()} letters and digits.
   */
  private static int spanLimit(List<Form> forms, LatinFuzzyMatcher latin) {
    int longest = 0;
    for (Form f : forms) {
      longest = Math.max(longest, Math.max(f.normalized().length(), f.text().length()));
    }
    return Math.max(longest, latin.longestWindowKey());
  }

  /**
   * Every candidate of {@code text} with a tentative decision: rejected (with the reason), or
   * applied/suggested by its score and thresholds, before overlaps are resolved.
   */
  List<Considered> consider(String text, boolean explain) {
    NormalizedText normalized = NormalizedText.of(text);
    List<Candidate> found = new ArrayList<>();
    exact.find(normalized, found);
    List<int[]> addresses = Urls.find(text);
    Set<Candidate> cut = cutWords(text, found);
    Evidence evidence = evidence(text, found, addresses, cut);
    latin.find(normalized, evidence, found);
    pinyin.find(normalized, evidence, found);
    rules.find(text, found);
    List<Considered> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Candidate c = found.get(i);
      if (isEverydayWordOfCapitalName(c)) {
        if (!evidence.support(c.target(), c.span()).any()) {
          out.add(new Considered(c, Decision.REJECTED,
              explain ? "everyday word in lower case, and nothing in the document says it is the name" : ""));
          continue;
        }
        c = withAcronymCapitals(c);
      }
      Candidate cased = withWrittenCase(c);
      if (cased != c) {
        if (cut.contains(c)) {
          cut.add(cased);
        }
        c = cased;
      }
      if (c.changes() && c.method() != Method.RULE) {
        String written = dev.canon.text.WrittenForm.like(text, c.span().start(), c.span().end(), c.surface(), c.replacement());
        if (!written.equals(c.replacement())) {
          Candidate rewritten = new Candidate(c.span(), c.surface(), c.target(), c.form(), c.method(), c.score(), written);
          if (cut.contains(c)) {
            cut.add(rewritten);
          }
          c = rewritten;
        }
      }
      out.add(cut.contains(c)
          ? new Considered(c, Decision.REJECTED, explain ? "cuts a word of the sentence; no context word near" : "")
          : decide(c, addresses, explain));
    }
    return out;
  }

  /** The document evidence of {@code text}, as {@link #consider} builds it. */
  Evidence evidence(String text) {
    NormalizedText normalized = NormalizedText.of(text);
    List<Candidate> found = new ArrayList<>();
    exact.find(normalized, found);
    return evidence(text, found, Urls.find(text), cutWords(text, found));
  }

  /** Why the Latin words of {@code span} give no candidate for the entity (see {@link LatinFuzzyMatcher#whyNot}). */
  List<String> whyNotLatin(String text, Evidence evidence, dev.canon.result.Span span, String entityId) {
    return latin.whyNot(text, evidence, span, entityId);
  }

  /** Why the Chinese chars of {@code span} give no candidate for the entity (see {@link PinyinMatcher#whyNot}). */
  List<String> whyNotPinyin(String text, Evidence evidence, dev.canon.result.Span span, String entityId) {
    return pinyin.whyNot(NormalizedText.of(text), evidence, span, entityId);
  }

  /** The entities in force, for {@link Why}. */
  List<Target> targets() {
    return targets;
  }

  /**
   * Exact names of at most this many chars are dropped when they cut a word. Longer ones are
   * rarely met by chance, and HanLP, not knowing them, cuts around them at random (文心一言和 as
   * 文/心/一/言和).
   */
  static final int CUT_NAME_MAX = 3;

  /** Chars on each side of an exact Chinese match segmented to see whether it cuts a word. */
  static final int SEGMENT_MARGIN = 3;

  /**
   * The exact and alias matches that cut a word of the text as HanLP segments it, with none of
   * their entity's context words near: {@code 小米粥} is porridge, {@code 京东方} a display maker,
   * {@code 完美团队} no food delivery. Like a Latin word boundary, but a word of Chinese can only be
   * told by segmenting, so only a few chars around each Chinese edge are segmented. Said-elsewhere
   * and domain evidence do not lift it: a document about Xiaomi still has porridge in it.
   */
  private static Set<Candidate> cutWords(String text, List<Candidate> exactFound) {
    Set<Candidate> cut = null;
    Evidence words = null;
    for (Candidate c : exactFound) {
      if (c.form().codePointCount(0, c.form().length()) > CUT_NAME_MAX
          || !ChineseWords.cutsWord(text, c.span().start(), c.span().end(), SEGMENT_MARGIN)) {
        continue;
      }
      if (words == null) {
        words = Evidence.none(text);
      }
      if (!words.contextNear(c.span(), c.target().entity().context())) {
        if (cut == null) {
          cut = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        }
        cut.add(c);
      }
    }
    return cut == null ? Set.of() : cut;
  }

  /**
   * The document evidence of {@code text}: its exact mentions that would stand (not inside an
   * address, not an everyday word in lower case), without overlaps, as the resolver would keep them.
   */
  private Evidence evidence(String text, List<Candidate> exactFound, List<int[]> addresses, Set<Candidate> cut) {
    if (exactFound.isEmpty()) {
      return Evidence.none(text);
    }
    List<Candidate> standing = new ArrayList<>(exactFound.size());
    for (Candidate c : exactFound) {
      if (!cut.contains(c) && decide(c, addresses, false).decision() != Decision.REJECTED && isEvidence(c)) {
        standing.add(c);
      }
    }
    List<Evidence.Mention> mentions = new ArrayList<>();
    for (Candidate c : dev.canon.resolution.Resolver.resolve(standing)) {
      mentions.add(new Evidence.Mention(c.span().start(), c.span().end(), c.target().entity().id(),
          c.target().dictionary()));
    }
    return Evidence.of(text, mentions);
  }

  /**
   * Whether an exact mention says anything about the document's domain: a keep word does not, nor
   * an everyday word written in lower case ({@code glue}, {@code stack}, {@code clip} are names in
   * some dictionaries and words in every text).
   */
  private boolean isEvidence(Candidate c) {
    String surface = c.surface();
    if (isKept(surface)) {
      return false;
    }
    return !(surface.equals(surface.toLowerCase(Locale.ROOT)) && lexicon.isCommonWord(surface));
  }

  /**
   * Whether a keep word protects this spelling: one with the same normalized form, except that a
   * keep word written as one word ({@code huggingface}, {@code FlashAttention}) keeps only
   * spellings written as one word: ASR splits a compound name it does not know into the words
   * it hears ({@code hugging face}), and that is the error, not a house spelling. A keep word
   * of several words ({@code Google Cloud}) keeps every spelling.
   */
  private boolean isKept(String surface) {
    Boolean oneWordOnly = keep.get(NormalizedText.normalize(surface));
    return oneWordOnly != null && (!oneWordOnly || NormalizedText.latinBreaks(surface) == 0);
  }

  /** Reasons are only written out when explaining: formatting them would dominate the cost. */
  private Considered decide(Candidate c, List<int[]> addresses, boolean explain) {
    if (insideAny(addresses, c)) {
      return new Considered(c, Decision.REJECTED, "inside a web or e-mail address");
    }
    if (c.changes() && isKept(c.surface())) {
      if (c.method() == Method.EXACT || c.method() == Method.ALIAS) {
        // still a mention, and its span stays taken so no shorter match inside rewrites part of it
        return new Considered(c.unchanged(), Decision.APPLIED, explain ? "keep word: linked, not rewritten" : "");
      }
      return new Considered(c, Decision.REJECTED, "keep word: never rewritten on its own");
    }
    if (c.method() == Method.EXACT && c.changes() && isLowerCaseOfName(c) && lexicon.isCommonWord(c.surface())
        && !isAcronym(c.replacement())) {
      return new Considered(c, Decision.REJECTED, "everyday word in lower case, not the name");
    }
    if ((c.method() == Method.EXACT || c.method() == Method.ALIAS) && c.changes() && isJoinedEverydayWords(c)) {
      return new Considered(c, Decision.REJECTED, explain ? "everyday words run together, not the name" : "");
    }
    boolean guessed = c.method() == Method.FUZZY || c.method() == Method.PHONETIC || c.method() == Method.PINYIN;
    if (!guessed) {
      return new Considered(c, Decision.APPLIED, explain ? c.method().jsonName() + " match" : "");
    }
    Thresholds t = thresholds(c);
    double score = c.score().total();
    if (!explain) {
      Decision d = score >= t.apply() ? Decision.APPLIED : score >= t.suggest() ? Decision.SUGGESTED : Decision.REJECTED;
      return new Considered(c, d, "");
    }
    String scored = String.format(Locale.ROOT, "score %.3f", score) + learnedSound(c);
    if (score >= t.apply()) {
      return new Considered(c, Decision.APPLIED, scored + String.format(Locale.ROOT, " >= apply %.2f", t.apply()));
    }
    if (score >= t.suggest()) {
      return new Considered(c, Decision.SUGGESTED, scored + String.format(Locale.ROOT,
          " between suggest %.2f and apply %.2f", t.suggest(), t.apply()));
    }
    return new Considered(c, Decision.REJECTED, scored + String.format(Locale.ROOT, " < suggest %.2f", t.suggest()));
  }

  /** What an explanation says of a score that used the engine profile; "" for one that did not. */
  private static String learnedSound(Candidate c) {
    double share = c.score().profile();
    return share == 0 ? "" : String.format(Locale.ROOT,
        " (sound of %.0f%% of its syllables from the engine profile's learned confusions)", share * 100);
  }

  /**
   * The candidate with its replacement in the written case where the canonical is lower case
   * ({@link Casing}): {@code Metformin} at a sentence start is right, not an edit.
   */
  private static Candidate withWrittenCase(Candidate c) {
    String cased = Casing.follow(c.replacement(), c.surface());
    if (cased.equals(c.replacement())) {
      return c;
    }
    return new Candidate(c.span(), c.surface(), c.target(), c.form(), c.method(), c.score(), cased);
  }

  /** The entity's thresholds, else its dictionary's, else the corrector's. */
  private Thresholds thresholds(Candidate c) {
    return c.target().entity().thresholds()
        .or(() -> dictionaryThresholds.getOrDefault(c.target().dictionary(), java.util.Optional.empty()))
        .orElse(settings.thresholds());
  }

  /**
   * Words that only read as a one-word name once the spaces are dropped, each of them an everyday
   * word or a single letter, shorter than {@link #JOINED_NAME_MIN} letters together, and not
   * written with the name's capitals: {@code as a} is not ASA, {@code just in} is not Justin;
   * {@code Open AI} and {@code Py Torch} are their names.
   */
  private boolean isJoinedEverydayWords(Candidate c) {
    String surface = c.surface();
    String[] words = surface.split("[\\s\\p{Pd}]+");
    if (words.length < 2 || c.form().chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    if (java.util.Arrays.stream(words).allMatch(w -> w.length() == 1)) {
      return words.length < 3; // V L L M is spelled out; "I P", "b i" are not evidence enough
    }
    for (String w : words) {
      if (w.length() > 1 && !lexicon.isCommonWord(w)) {
        return false;
      }
    }
    String joined = String.join("", words);
    if (joined.length() >= JOINED_NAME_MIN) {
      return false; // long enough to be the name run apart (mid journey -> Midjourney), not chance
    }
    String form = c.form().replaceAll("[\\s\\p{Pd}]+", "");
    boolean capitals = !form.equals(form.toLowerCase(Locale.ROOT));
    return !(capitals && joined.equals(form)); // "Open AI" keeps OpenAI's capitals; "as a" is not "asa"
  }

  /**
   * An exact match that is one everyday word written in lower case, of a name spelled with
   * capitals: {@code rag} for RAG, {@code intel} for Intel, {@code ascend} for Ascend. In ASR
   * output it is as likely the word as the name, so it is a mention only when the document
   * supports the entity there (its context words near, the name said right earlier, or other
   * names of its dictionary around it): {@code she wiped it with a rag} names nothing.
   */
  private boolean isEverydayWordOfCapitalName(Candidate c) {
    String s = c.surface();
    String form = c.form();
    return c.method() == Method.EXACT
        && !form.equals(form.toLowerCase(Locale.ROOT))
        && s.equals(s.toLowerCase(Locale.ROOT))
        && s.chars().allMatch(Character::isLetter)
        && lexicon.isCommonWord(s);
  }

  /**
   * The candidate with an acronym's capitals, when it is a synonym written in lower case: a
   * synonym is never rewritten to the canonical, but {@code rag} is RAG misspelt, not another
   * name. Other synonyms stay as written ({@code hallucination} for Hallucination is the word).
   */
  private static Candidate withAcronymCapitals(Candidate c) {
    if (!isAcronym(c.form()) || c.changes()) {
      return c;
    }
    return new Candidate(c.span(), c.surface(), c.target(), c.form(), c.method(), c.score(), c.form());
  }

  /** Two or more capital letters and nothing else ({@code RAG}, {@code BLOOM}). */
  private static boolean isAcronym(String s) {
    return s.length() >= 2 && s.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
  }

  /** Everyday words run together are taken for a one-word name only from this length on. */
  static final int JOINED_NAME_MIN = 8;

  /** A single lower-case word that differs from the name only in letter case ({@code llama}, {@code amd}). */
  private static boolean isLowerCaseOfName(Candidate c) {
    String s = c.surface();
    return s.equals(s.toLowerCase(Locale.ROOT))
        && s.equalsIgnoreCase(c.replacement())
        && s.chars().allMatch(Character::isLetter);
  }

  private static boolean insideAny(List<int[]> spans, Candidate c) {
    for (int[] s : spans) {
      if (c.span().start() < s[1] && s[0] < c.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entities in force: in dictionary order, where a later dictionary may switch an earlier
   * entity off ({@code disable}) or replace it ({@code override: true}, which simply adds the
   * entity when nothing earlier has its id); any other repeated id is an error.
   */
  static List<Target> entitiesInForce(List<Dictionary> dictionaries) {
    Map<String, Target> byId = new java.util.LinkedHashMap<>();
    for (int p = 0; p < dictionaries.size(); p++) {
      Dictionary d = dictionaries.get(p);
      for (String id : d.disable()) {
        if (byId.remove(id) == null) {
          throw new DictionaryException(dev.canon.dictionary.Location.inCode(d.source()),
              "disable: no entity of an earlier dictionary has id \"" + id + "\"");
        }
      }
      for (Entity e : d.entities()) {
        Target target = new Target(e, d.name(), p);
        Target previous = byId.get(e.id());
        boolean override = d.overrides().contains(e.id());
        if (previous != null && !override) {
          throw new DictionaryException(e.location(),
              "id \"" + e.id() + "\" is already used by entity \"" + previous.entity().canonical()
                  + "\" of dictionary \"" + previous.dictionary() + "\" (" + previous.entity().location()
                  + "); ids must be unique across dictionaries, or add override: true to replace it");
        }
        byId.put(e.id(), target);
      }
    }
    return List.copyOf(byId.values());
  }

  /** Every spelling of every entity in force, checked for conflicts across dictionaries. */
  private static List<Form> forms(List<Dictionary> dictionaries) {
    List<Form> forms = new ArrayList<>();
    Map<String, Form> aliases = new HashMap<>();
    Map<String, Form> names = new HashMap<>();
    for (Target target : entitiesInForce(dictionaries)) {
      Entity e = target.entity();
      add(forms, names, aliases, new Form(target, e.canonical(), NormalizedText.normalize(e.canonical()), Form.Kind.CANONICAL));
      for (String s : e.synonyms()) {
        add(forms, names, aliases, new Form(target, s, NormalizedText.normalize(s), Form.Kind.SYNONYM));
      }
      for (String a : e.aliases()) {
        add(forms, names, aliases, new Form(target, a, NormalizedText.normalize(a), Form.Kind.ALIAS));
      }
    }
    return forms;
  }

  private static void add(List<Form> forms, Map<String, Form> names, Map<String, Form> aliases, Form form) {
    String key = form.normalized();
    Form clash = form.kind() == Form.Kind.ALIAS ? names.get(key) : aliases.get(key);
    if (clash == null && form.kind() == Form.Kind.ALIAS) {
      clash = aliases.get(key);
    }
    if (clash != null && !clash.target().entity().id().equals(form.target().entity().id())) {
      Entity e = form.target().entity();
      throw new DictionaryException(e.location(),
          "\"" + form.text() + "\" of entity \"" + e.id() + "\" (dictionary \"" + form.target().dictionary()
              + "\") is also \"" + clash.text() + "\" of entity \"" + clash.target().entity().id()
              + "\" (dictionary \"" + clash.target().dictionary() + "\", " + clash.target().entity().location()
              + "); an alias can name only one entity");
    }
    (form.kind() == Form.Kind.ALIAS ? aliases : names).putIfAbsent(key, form);
    forms.add(form);
  }
}
