package dev.canon.eval;

import dev.canon.Corrector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a {@link Corrector} on labelled sentences.
 *
 * <p>For each sentence the gold edits are {@code EditDiff.between(text, expected)} and the system
 * edits are {@code EditDiff.between(text, corrected)}; an edit is a true positive when the same
 * span gets the same replacement in both (see {@link EditDiff} for the granularity). Clean text
 * is scored as sentences whose expected text is their text, in categories named
 * {@code clean-<name>}: every edit there is a false positive.
 *
 * <p>Thread-safe when the corrector is (Canon's is); each call keeps its state in locals.
 */
public final class Evaluator {

  /** Categories whose name starts with this hold clean text. */
  public static final String CLEAN_PREFIX = "clean";

  private final Corrector corrector;

  /** An evaluator of {@code corrector}. */
  public Evaluator(Corrector corrector) {
    this.corrector = Objects.requireNonNull(corrector, "corrector");
  }

  /** Scores every sentence of {@code set}; time linear in the total text length. */
  public Report evaluate(List<LabelledSentence> set) {
    Map<String, Score> categories = new TreeMap<>();
    List<Finding> findings = new ArrayList<>();
    for (LabelledSentence s : set) {
      String corrected = corrector.correct(s.text()).corrected();
      Score score = score(s, corrected, findings);
      categories.merge(s.category(), score, Score::plus);
    }
    return new Report(new TreeMap<>(categories), findings);
  }

  /**
   * Clean text as negative sentences: one per non-blank line, id {@code name:lineNumber},
   * category {@code clean-name}.
   */
  public static List<LabelledSentence> cleanSentences(String name, String text) {
    List<LabelledSentence> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (!line.isBlank()) {
        out.add(new LabelledSentence(name + ":" + (i + 1), CLEAN_PREFIX + "-" + name, line, line));
      }
    }
    return out;
  }

  /** Scores one sentence against the corrector's output, adding its errors to {@code findings}. */
  static Score score(LabelledSentence s, String corrected, List<Finding> findings) {
    List<TextEdit> gold = EditDiff.between(s.text(), s.expected());
    List<TextEdit> system = EditDiff.between(s.text(), corrected);
    Set<TextEdit> goldSet = new HashSet<>(gold);
    Set<TextEdit> systemSet = new HashSet<>(system);
    int tp = 0;
    for (TextEdit e : system) {
      if (goldSet.contains(e)) {
        tp++;
      } else {
        findings.add(new Finding(Finding.Kind.FALSE_POSITIVE, s.id(), s.category(), e, s.text(), corrected));
      }
    }
    for (TextEdit e : gold) {
      if (!systemSet.contains(e)) {
        findings.add(new Finding(Finding.Kind.MISS, s.id(), s.category(), e, s.text(), corrected));
      }
    }
    int exact = corrected.equals(s.expected()) ? 1 : 0;
    return new Score(1, exact, tp, system.size() - tp, gold.size() - tp, s.text().length());
  }
}
