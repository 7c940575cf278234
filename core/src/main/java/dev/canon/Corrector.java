package dev.canon;

import dev.canon.candidate.Candidate;
import dev.canon.candidate.Lexicon;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryException;
import dev.canon.dictionary.Extensions;
import dev.canon.dictionary.Thresholds;
import dev.canon.resolution.Considered;
import dev.canon.resolution.Decision;
import dev.canon.lexicon.Lexicons;
import dev.canon.resolution.Resolver;
import dev.canon.result.Correction;
import dev.canon.result.DictionaryVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Corrects transcripts against a set of dictionaries. Build one with {@link #builder()}, then call
 * {@link #correct} from any number of threads: a corrector is immutable and thread-safe, and the
 * same text always gives the same result.
 *
 * <pre>{@code
 * Corrector corrector = Corrector.builder()
 *     .add(DictionaryLoader.defaults().load(Path.of("ai-news.yaml")))
 *     .build();
 * Correction c = corrector.correct("蚂蚁集团推出CodeFus");
 * c.corrected();   // "蚂蚁集团推出CodeFuse"
 * }</pre>
 */
public final class Corrector {

  private final List<Dictionary> dictionaries;
  private final Pipeline pipeline;
  private final List<DictionaryVersion> versions;

  private Corrector(List<Dictionary> dictionaries, Pipeline pipeline) {
    this.dictionaries = dictionaries;
    this.pipeline = pipeline;
    this.versions = dictionaries.stream().map(d -> new DictionaryVersion(d.name(), d.fingerprint())).toList();
  }

  /** The name and fingerprint of each dictionary, as every result of this corrector names them. */
  public List<DictionaryVersion> versions() {
    return versions;
  }

  /** A new builder with the default settings and no dictionary. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Corrects one text: finds candidates, scores them, resolves overlaps and applies the winners.
   * O(n) in the text length for the exact pass; the fuzzy passes look up indexes per word window
   * or Chinese position, never every entity.
   *
   * @param text any string, not null; it is never modified and every span points into it
   */
  public Correction correct(String text) {
    Objects.requireNonNull(text, "text");
    List<Considered> decided = Resolver.decide(pipeline.consider(text, false), false);
    return Corrections.apply(text, Resolver.chosen(decided, Decision.APPLIED),
        Resolver.chosen(decided, Decision.SUGGESTED), versions);
  }

  /**
   * {@link #correct(String)}, at the same cost, also reporting to {@code contested} the span of
   * every candidate that took part in overlap resolution (applied or suggested before overlaps
   * were resolved, whether it won or not). Which candidate wins depends only on the candidates
   * that overlap it, in chains; a position that no reported span crosses therefore separates the
   * text into two parts whose decisions do not depend on each other's candidates. {@link
   * dev.canon.stream.StreamingCorrector} cuts a stream only at such positions.
   *
   * @param text any string, not null
   * @param contested receives each span (UTF-16 indices into {@code text}), in no particular order
   */
  public Correction correct(String text, java.util.function.Consumer<dev.canon.result.Span> contested) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contested, "contested");
    List<Considered> tentative = pipeline.consider(text, false);
    for (Considered c : tentative) {
      if (c.decision() != Decision.REJECTED) {
        contested.accept(c.candidate().span());
      }
    }
    List<Considered> decided = Resolver.decide(tentative, false);
    return Corrections.apply(text, Resolver.chosen(decided, Decision.APPLIED),
        Resolver.chosen(decided, Decision.SUGGESTED), versions);
  }

  /**
   * The most chars that are not horizontal spaces or joiners (hyphens, the chars normalization
   * may delete between Latin letters) a candidate can cover, other than a {@code rules} match:
   * the longest normalized form, or the longest Latin window key if longer. With the context
   * window ({@link dev.canon.evidence.Evidence#LOOKAHEAD} chars after a candidate, the farthest evidence
   * changes a decision), it bounds how far text can reach to change the correction of other
   * text: what {@link dev.canon.stream.StreamingCorrector} relies on. Not bounded by it: a regex
   * rule whose matches can be longer ({@code (\d+)1参数} over a long digit run), and HanLP's
   * reading of a run of Chinese characters, which in principle depends on the whole run.
   */
  public int spanLimit() {
    return pipeline.spanLimit();
  }

  /**
   * Every candidate considered for {@code text}, with what became of it and why: applied,
   * suggested, or rejected (below threshold, keep word, lost an overlap, ...). This is what
   * {@code canon correct --explain} prints. Same cost as {@link #correct}.
   */
  public List<Considered> explain(String text) {
    Objects.requireNonNull(text, "text");
    return Resolver.decide(pipeline.consider(text, true), true);
  }

  /**
   * Why an entity was or was not found in {@code text}: the spans nearest to it, each with what
   * became of it — the decision and reason of every candidate made for the entity, then the
   * nearest spans no candidate was made for, each with the check that stopped it (no index hit,
   * everyday word, no evidence, below threshold, fuzzy off...). This is what
   * {@code canon correct --why NAME} prints. Slow (compares every window with the entity's forms):
   * for diagnosis, not for correcting.
   *
   * @param name the entity's id, or its canonical name, a synonym or an alias
   * @throws IllegalArgumentException when no entity has that id or name
   */
  public List<dev.canon.result.Nearest> why(String text, String name) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    return Why.of(pipeline, pipeline.targets(), text, name, explain(text));
  }

  /**
   * The candidates of a text that were not rejected before overlap resolution (applied or
   * suggested tentatively); for evaluation and tests.
   */
  public List<Candidate> candidates(String text) {
    Objects.requireNonNull(text, "text");
    List<Candidate> out = new java.util.ArrayList<>();
    for (Considered c : pipeline.consider(text, false)) {
      if (c.decision() != Decision.REJECTED) {
        out.add(c.candidate());
      }
    }
    return out;
  }

  /** The dictionaries, in priority order (first wins ties). */
  public List<Dictionary> dictionaries() {
    return dictionaries;
  }

  /** Collects dictionaries and settings; not thread-safe, use one per thread or build once. */
  public static final class Builder {
    private final List<Dictionary> dictionaries = new ArrayList<>();
    private Thresholds thresholds = Settings.DEFAULT.thresholds();
    private Lexicon lexicon = Lexicons.standard();

    private Builder() {}

    /** Adds a dictionary; earlier ones win ties. */
    public Builder add(Dictionary dictionary) {
      dictionaries.add(Objects.requireNonNull(dictionary, "dictionary"));
      return this;
    }

    /** Adds dictionaries in order. */
    public Builder addAll(List<Dictionary> more) {
      more.forEach(this::add);
      return this;
    }

    /**
     * Fuzzy, phonetic and pinyin candidates apply when their score reaches this value, in
     * {@code (0, 1]}; default 0.8. Dictionaries and entities may set their own.
     */
    public Builder applyThreshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("applyThreshold must be in (0, 1]; got " + threshold);
      }
      this.thresholds = new Thresholds(threshold, Math.min(threshold, thresholds.suggest()));
      return this;
    }

    /** Apply and suggest thresholds for dictionaries and entities that set none. */
    public Builder thresholds(Thresholds defaults) {
      this.thresholds = Objects.requireNonNull(defaults, "defaults");
      return this;
    }

    /**
     * Everyday words that fuzzy and sound matches must not rewrite on their own without context;
     * default {@link Lexicons#standard()} (English word list and HanLP's core dictionary).
     */
    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /**
     * Builds the corrector.
     *
     * @throws DictionaryException when two dictionaries conflict (same name, same id, one alias
     *     claimed by entities of two dictionaries)
     */
    public Corrector build() {
      Set<String> names = new LinkedHashSet<>();
      for (Dictionary d : dictionaries) {
        if (!names.add(d.name())) {
          throw new DictionaryException(
              dev.canon.dictionary.Location.inCode(d.source()),
              "two dictionaries are named \"" + d.name() + "\"; names must be unique");
        }
      }
      List<Dictionary> frozen = List.copyOf(dictionaries);
      return new Corrector(frozen, new Pipeline(Extensions.apply(frozen), new Settings(thresholds), lexicon));
    }
  }
}
