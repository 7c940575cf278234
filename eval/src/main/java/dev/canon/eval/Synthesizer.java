package dev.canon.eval;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import dev.canon.result.Correction;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Tests a dictionary before it is trusted: makes ASR-like variants of every entity's canonical
 * name ({@link NoiseVariants}), puts each in a carrier sentence, corrects it with a corrector of
 * the dictionary, and counts per entity and per kind of noise how often the canonical name comes
 * back with nothing else changed. Deterministic for a seed.
 */
public final class Synthesizer {

  /** Outcome counts for one entity or one kind of noise. */
  public static final class Tally {
    int tried;
    int fixed;
    int wrong;

    public int tried() {
      return tried;
    }

    public int fixed() {
      return fixed;
    }

    /** Variants corrected into something else than the canonical sentence. */
    public int wrong() {
      return wrong;
    }

    public double recall() {
      return tried == 0 ? 0 : (double) fixed / tried;
    }
  }

  private static final String ZH = "我们今天聊一聊%s的最新进展。";
  private static final String EN = "Today we talk about %s and what is new.";

  private final Corrector corrector;
  private final NoiseVariants variants = new NoiseVariants(new HomophoneTable());
  private final Map<String, Tally> byEntity = new TreeMap<>();
  private final Map<String, Tally> byKind = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();

  public Synthesizer(Corrector corrector) {
    this.corrector = corrector;
  }

  /** Runs every entity of {@code dictionary}, at most {@code perEntity} variants each. */
  public Synthesizer run(Dictionary dictionary, int perEntity, long seed) {
    Random random = new Random(seed);
    for (Entity e : dictionary.entities()) {
      List<NoiseVariants.Variant> list = variants.of(e.canonical(), random);
      for (NoiseVariants.Variant v : list.subList(0, Math.min(perEntity, list.size()))) {
        String carrier = e.canonical().codePoints().anyMatch(dev.canon.text.Scripts::isHan) ? ZH : EN;
        String expected = String.format(Locale.ROOT, carrier, e.canonical());
        Correction c = corrector.correct(String.format(Locale.ROOT, carrier, v.text()));
        Tally te = byEntity.computeIfAbsent(e.id(), k -> new Tally());
        Tally tk = byKind.computeIfAbsent(v.kind(), k -> new Tally());
        te.tried++;
        tk.tried++;
        if (c.corrected().equals(expected)) {
          te.fixed++;
          tk.fixed++;
        } else {
          if (!c.edits().isEmpty()) {
            te.wrong++;
            tk.wrong++;
          }
          failures.add(e.id() + "\t" + v.kind() + "\t" + v.text() + "\t-> " + c.corrected());
        }
      }
    }
    return this;
  }

  public Map<String, Tally> byEntity() {
    return byEntity;
  }

  public Map<String, Tally> byKind() {
    return byKind;
  }

  /** Prints the report: recall per kind of noise, then the entities with the lowest recall. */
  public void print(PrintStream out, int worst) {
    int tried = 0;
    int fixed = 0;
    int wrong = 0;
    out.println("| noise | variants | fixed | wrong | recall |");
    out.println("| --- | ---: | ---: | ---: | ---: |");
    for (Map.Entry<String, Tally> k : byKind.entrySet()) {
      Tally t = k.getValue();
      out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.3f |%n", k.getKey(), t.tried, t.fixed, t.wrong, t.recall());
      tried += t.tried;
      fixed += t.fixed;
      wrong += t.wrong;
    }
    out.printf(Locale.ROOT, "| **all** | %d | %d | %d | %.3f |%n%n", tried, fixed, wrong,
        tried == 0 ? 0 : (double) fixed / tried);
    out.println("Entities with the lowest recall (id: fixed/tried):");
    byEntity.entrySet().stream()
        .sorted((a, b) -> Double.compare(a.getValue().recall(), b.getValue().recall()))
        .limit(worst)
        .forEach(e -> out.printf(Locale.ROOT, "  %s: %d/%d%n", e.getKey(), e.getValue().fixed, e.getValue().tried));
    out.println();
    out.println("First misses (entity, noise, variant -> output):");
    failures.stream().limit(worst).forEach(f -> out.println("  " + f));
  }
}
