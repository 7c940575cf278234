package dev.canon.learn;

import dev.canon.Corrector;
import dev.canon.candidate.Lexicon;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import dev.canon.dictionary.Extensions;
import dev.canon.lexicon.Lexicons;
import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Learns dictionary entries and an engine profile from corrected transcripts. Build one with
 * {@link #builder()}; a learner is immutable and thread-safe, and {@link #learn} is deterministic:
 * the same pairs and reviews in the same order give an equal {@link Learned}, and
 * {@link LearnedYaml} writes it byte for byte the same.
 *
 * <pre>{@code
 * Learner learner = Learner.builder().dictionaries(myDictionaries).minCount(2).build();
 * Learned learned = learner.learn(pairs, List.of());
 * Files.writeString(Path.of("learned.yaml"), LearnedYaml.write(learned));
 * }</pre>
 *
 * <p>How each pair is read: hypothesis and reference are cut into tokens (Latin words, single Han
 * characters) and aligned by a Myers diff, so a lightly edited reference or a whole call aligns.
 * A pair whose reference equals its hypothesis teaches nothing (it may never have been reviewed);
 * one that differs only in case or punctuation was reviewed, and its kept words count. Then, for each pair:
 * <ul>
 *   <li><b>aliases</b>: where the reference names an entity exactly and the hypothesis has other
 *       words there, and Canon does not already correct them;</li>
 *   <li><b>keep</b>: where Canon would change the hypothesis and the reference kept the words;</li>
 *   <li><b>context</b>: for entities with an everyday look-alike (an alias that is an everyday word,
 *       a kept word), the words near the entity in references that stand there at least twice as often
 *       as anywhere and never near the look-alike;</li>
 *   <li><b>profile</b>: every aligned syllable and word pair, counted into confusion rates.</li>
 * </ul>
 * An item is learned when seen at least {@code minCount} times, or once in a review decision (a
 * person looked at it: strong evidence). Never learned as an alias: an everyday word or phrase on
 * its own, or a phrase the references themselves write as ordinary text (its entity gets context
 * words instead); a form of another entity; a form the references both kept and corrected; a
 * single character; a number. Context evidence counts each distinct reference once, however many
 * engines' hypotheses were paired with it.
 */
public final class Learner {

  /** The reason given for a name that {@code --new-names} would learn, when it is off. */
  static final String NEW_NAMES_OFF = "a new name: learned with --new-names, which is off";

  private final List<Dictionary> dictionaries;
  private final Corrector corrector;
  private final Lexicon lexicon;
  private final int minCount;
  private final String name;
  private final boolean newNames;
  /** normalized form → entity id, for every form of every entity */
  private final Map<String, String> forms;
  private final Map<String, Entity> entities;
  private final Set<String> keepWords;

  private Learner(Builder b) {
    this.dictionaries = List.copyOf(b.dictionaries);
    this.corrector = Corrector.builder().addAll(dictionaries).lexicon(b.lexicon).build();
    this.lexicon = b.lexicon;
    this.minCount = b.minCount;
    this.name = b.name;
    this.newNames = b.newNames;
    Map<String, String> f = new HashMap<>();
    Map<String, Entity> byId = new TreeMap<>();
    Set<String> keep = new HashSet<>();
    for (Dictionary d : Extensions.apply(dictionaries)) {
      d.keep().forEach(k -> keep.add(NormalizedText.normalize(k)));
      for (Entity e : d.entities()) {
        byId.put(e.id(), e);
        f.put(NormalizedText.normalize(e.canonical()), e.id());
        e.synonyms().forEach(s -> f.put(NormalizedText.normalize(s), e.id()));
        e.aliases().forEach(a -> f.put(NormalizedText.normalize(a), e.id()));
      }
    }
    this.forms = Map.copyOf(f);
    this.entities = java.util.Collections.unmodifiableMap(byId);
    this.keepWords = Set.copyOf(keep);
  }

  /** A new builder: no dictionary yet, minimum count 2, name {@code learned}, standard lexicon. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Learns from pairs and review decisions. O(total text length) plus the diff, which is
   * O((n + m) d) for n and m tokens and d differences: linear for lightly edited references.
   *
   * @param pairs corrected transcripts, in a fixed order (examples and ties follow it)
   * @param reviews review decisions, possibly empty
   */
  public Learned learn(List<Pair> pairs, List<Review> reviews) {
    Objects.requireNonNull(pairs, "pairs");
    Objects.requireNonNull(reviews, "reviews");
    List<Alignment> alignments = new ArrayList<>(pairs.size());
    pairs.forEach(p -> alignments.add(Alignment.of(p.hypothesis(), p.reference())));
    List<Finding> findings = new ArrayList<>();
    Map<String, String> forms = this.forms;
    Map<String, Entity> entities = this.entities;
    Corrector corrector = this.corrector;
    List<Entity> added = List.of();
    NameFinder names = new NameFinder(forms, keepWords, lexicon, minCount);
    for (int i = 0; i < pairs.size(); i++) {
      if (!pairs.get(i).reference().equals(pairs.get(i).hypothesis())) {
        names.observe(pairs.get(i), alignments.get(i));
      }
    }
    List<Finding> found = names.findings();
    if (!newNames) {
      // found all the same, so the report can say what --new-names would learn (and only that)
      found = found.stream().filter(Finding::learned).map(f -> new Finding(f.kind(), f.entityId(), f.form(),
          f.count(), f.reviewed(), f.example(), NEW_NAMES_OFF)).toList();
    }
    findings.addAll(found);
    if (newNames) {
      added = NameFinder.entities(found);
      if (!added.isEmpty()) {
        // the new names join the loaded entities, so the passes below learn their aliases and
        // context words, and judge "Canon already corrects it" with them loaded, as they will be
        Map<String, String> f = new HashMap<>(forms);
        Map<String, Entity> byId = new TreeMap<>(entities);
        added.forEach(e -> {
          f.put(NormalizedText.normalize(e.canonical()), e.id());
          byId.put(e.id(), e);
        });
        forms = Map.copyOf(f);
        entities = java.util.Collections.unmodifiableMap(byId);
        corrector = withNames(added);
      }
    }
    Observer observer = observe(pairs, alignments, corrector);
    Set<String> exactOnly = exactOnly(added, observer, new Judge(forms, keepWords, lexicon, minCount));
    if (!exactOnly.isEmpty()) {
      List<Entity> exact = new ArrayList<>();
      for (Entity e : added) {
        exact.add(exactOnly.contains(e.id())
            ? new Entity(e.id(), e.canonical(), e.type(), List.of(), List.of(), List.of(), false, e.location()) : e);
      }
      observer = observe(pairs, alignments, withNames(exact));
    }
    ProfileCounter profile = new ProfileCounter();
    for (int i = 0; i < pairs.size(); i++) {
      if (!pairs.get(i).reference().equals(pairs.get(i).hypothesis())) {
        profile.count(alignments.get(i));
      }
    }
    for (Review r : reviews) {
      if (!entities.containsKey(r.entityId())) {
        findings.add(new Finding(r.accept() ? Finding.Kind.ALIAS : Finding.Kind.KEEP, r.entityId(), r.surface(), 1,
            1, r.id(), "no loaded dictionary has entity \"" + r.entityId() + "\""));
      } else if (!r.accept() || !r.entityId().equals(forms.get(NormalizedText.normalize(r.surface())))) {
        observer.review(r, NormalizedText.normalize(r.surface()));
      }
    }
    Judge judge = new Judge(forms, keepWords, lexicon, minCount);
    List<Finding> aliases = judge.aliases(observer.aliases, observer.alreadyFixed, observer.keeps);
    Set<String> candidates = new TreeSet<>();
    aliases.stream().filter(Finding::learned).forEach(f -> candidates.add(f.form()));
    findings.addAll(judge.ordinary(aliases, OrdinaryUse.count(candidates, pairs, observer.places)));
    findings.addAll(judge.keeps(observer.keeps, observer.aliases));
    findings.addAll(context(pairs, observer, judge.lookalikes(), entities));
    findings.sort(java.util.Comparator.comparing(Finding::kind).thenComparing(Finding::entityId)
        .thenComparing(Finding::form).thenComparing(Finding::reason));
    Map<String, int[]> tallies = new TreeMap<>();
    observer.tallies.forEach((id, t) -> tallies.put(id, new int[] {t.heardRight, t.misheard, t.canonFixed}));
    return new Learned(name, findings, profile.profile(minCount), tallies, observer.pairs, observer.unedited,
        reviews.size(), minCount, exactOnly);
  }

  /**
   * The new names to learn exact-only (their own spelling and learned aliases, no guesses),
   * because guessing them would take everyday words for them: where Canon would have guessed one
   * but the references kept the words, in a hypothesis or in a reference itself (labor, for a
   * learned Libor), or where an engine heard one as an everyday word or a first name (Carolina,
   * for a learned Karolina: Canon would turn every Carolina into Karolina).
   */
  private static Set<String> exactOnly(List<Entity> added, Observer observer, Judge judge) {
    Set<String> ids = new TreeSet<>();
    added.forEach(e -> ids.add(e.id()));
    Set<String> out = new TreeSet<>();
    observer.keeps.entries().keySet().forEach(k -> out.add(Judge.second(k)));
    observer.guessedInReferences.entries().keySet().forEach(k -> out.add(Judge.second(k)));
    observer.aliases.entries().forEach((k, e) -> {
      if (ids.contains(Judge.first(k)) && judge.isEveryday(e.spelling())) {
        out.add(Judge.first(k));
      }
    });
    out.retainAll(ids);
    return out;
  }

  private static Observer observe(List<Pair> pairs, List<Alignment> alignments, Corrector corrector) {
    Observer observer = new Observer(corrector);
    for (int i = 0; i < pairs.size(); i++) {
      observer.observe(i, pairs.get(i), alignments.get(i));
    }
    return observer;
  }

  /** A corrector of the loaded dictionaries and learned new names, as the learned file will be used. */
  private Corrector withNames(List<Entity> names) {
    Dictionary learnedNames = new Dictionary(name, List.of(), names, List.of(), "learned names", "");
    return Corrector.builder().addAll(dictionaries).add(learnedNames).lexicon(lexicon).build();
  }

  private List<Finding> context(List<Pair> pairs, Observer observer, Map<String, Set<String>> lookalikes,
      Map<String, Entity> entities) {
    if (lookalikes.isEmpty()) {
      return List.of();
    }
    Map<String, Set<String>> own = new TreeMap<>();
    for (String id : lookalikes.keySet()) {
      Entity e = entities.get(id);
      Set<String> words = new TreeSet<>();
      List<String> all = new ArrayList<>(e.aliases());
      all.add(e.canonical());
      all.addAll(e.synonyms());
      all.addAll(e.context().stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList());
      for (String f : all) {
        words.addAll(ContextFinder.words(f, 0, f.length()));
        Tokens.of(f).forEach(t -> words.add(t.key()));
      }
      words.addAll(e.context());
      own.put(id, words);
    }
    ContextFinder finder = new ContextFinder(lookalikes, own);
    observer.places.forEach((index, places) -> finder.observe(pairs.get(index), places));
    List<Finding> out = new ArrayList<>();
    finder.findings(minCount).values().forEach(out::addAll);
    return out;
  }

  /** Collects the dictionaries and settings of a {@link Learner}; not thread-safe. */
  public static final class Builder {
    private final List<Dictionary> dictionaries = new ArrayList<>();
    private Lexicon lexicon = Lexicons.standard();
    private int minCount = 2;
    private String name = "learned";
    private boolean newNames;

    private Builder() {}

    /**
     * Whether to learn names no loaded dictionary has: a run of Latin words with capitals that the
     * references write and the hypotheses got wrong at least {@code minCount} times becomes a new
     * entity of the learned dictionary (see {@link Finding.Kind#NAME}); default false, so the
     * dictionaries alone say which entities exist.
     */
    public Builder newNames(boolean newNames) {
      this.newNames = newNames;
      return this;
    }

    /** Adds the dictionaries that say which entities exist, in load order. */
    public Builder dictionaries(List<Dictionary> more) {
      more.forEach(d -> dictionaries.add(Objects.requireNonNull(d, "dictionary")));
      return this;
    }

    /** Times an item must be seen to be learned, {@code >= 1}; default 2. */
    public Builder minCount(int minCount) {
      if (minCount < 1) {
        throw new IllegalArgumentException("minCount must be >= 1; got " + minCount);
      }
      this.minCount = minCount;
      return this;
    }

    /** Everyday words never learned as aliases on their own; default {@link Lexicons#standard()}. */
    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /** The {@code name:} of the learned dictionary; default {@code learned}. */
    public Builder name(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name must be non-blank text; got " + name);
      }
      this.name = name;
      return this;
    }

    /**
     * Builds the learner (and the corrector it compares with).
     *
     * @throws IllegalArgumentException when no dictionary was given
     * @throws dev.canon.dictionary.DictionaryException when the dictionaries conflict
     */
    public Learner build() {
      if (dictionaries.isEmpty()) {
        throw new IllegalArgumentException("a learner needs at least one dictionary: it learns about their entities");
      }
      return new Learner(this);
    }
  }
}
