package dev.canon;

import dev.canon.candidate.Candidate;
import dev.canon.candidate.Target;
import dev.canon.dictionary.Entity;
import dev.canon.evidence.Evidence;
import dev.canon.phonetic.PinyinReader;
import dev.canon.phonetic.Syllables;
import dev.canon.resolution.Considered;
import dev.canon.result.Nearest;
import dev.canon.result.Span;
import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Why not?": the spans of a text nearest to one entity and what became of each. Candidates the
 * pipeline made come with their decision and reason; the nearest spans it made none for come
 * with the check that stopped them. Slow on purpose (every window compared with every form of
 * the entity): a diagnostic, never on the correcting path.
 */
final class Why {

  /** Spans reported at most. */
  static final int LIMIT = 8;

  /** Spans less alike than this are not reported unless a candidate was made. */
  static final double MIN_SIMILARITY = 0.4;

  private Why() {}

  static List<Nearest> of(Pipeline pipeline, List<Target> targets, String text, String name,
      List<Considered> considered) {
    Target target = find(targets, name);
    Entity e = target.entity();
    List<Nearest> out = new ArrayList<>();
    List<Span> seen = new ArrayList<>();
    for (Considered c : considered) {
      Candidate k = c.candidate();
      if (k.target().entity().id().equals(e.id())) {
        out.add(new Nearest(k.span(), k.surface(), k.form(), k.score().spelling(),
            c.decision().name().toLowerCase(Locale.ROOT), k.score().total(),
            c.reason().isEmpty() ? k.method().jsonName() + " match" : c.reason()));
        seen.add(k.span());
      }
    }
    List<String> forms = new ArrayList<>();
    forms.add(e.canonical());
    forms.addAll(e.synonyms());
    forms.addAll(e.aliases());
    List<Nearest> near = new ArrayList<>();
    for (String form : forms) {
      boolean chinese = !form.isEmpty() && form.codePoints().allMatch(PinyinReader::isReadable);
      for (int[] s : chinese ? chineseSpans(text, form) : latinSpans(text, form)) {
        Span span = new Span(s[0], s[1]);
        if (seen.stream().anyMatch(x -> x.equals(span))) {
          continue;
        }
        double sim = chinese ? syllableSimilarity(span.of(text), form) : spellingSimilarity(span.of(text), form);
        if (sim >= MIN_SIMILARITY) {
          near.add(new Nearest(span, span.of(text), form, Math.round(sim * 1000) / 1000.0, "no candidate", -1,
              ""));
        }
      }
    }
    near.sort(Comparator.comparingDouble((Nearest n) -> -n.similarity()).thenComparing(Nearest::span));
    List<Nearest> kept = new ArrayList<>();
    Evidence evidence = near.isEmpty() ? null : pipeline.evidence(text);
    for (Nearest n : near) {
      if (kept.size() + out.size() >= LIMIT) {
        break;
      }
      if (kept.stream().noneMatch(k -> k.span().equals(n.span()))) {
        kept.add(new Nearest(n.span(), n.surface(), n.form(), n.similarity(), n.outcome(), n.score(),
            reason(pipeline, evidence, target, text, n)));
      }
    }
    out.addAll(kept);
    return List.copyOf(out);
  }

  /** The check that stopped a span with no candidate. */
  private static String reason(Pipeline pipeline, Evidence evidence, Target target, String text, Nearest n) {
    if (!target.entity().fuzzy()) {
      return "fuzzy: false: only the entity's exact forms are matched";
    }
    Evidence.Support support = evidence.support(target, n.span());
    String found = "document evidence " + support.name().toLowerCase(Locale.ROOT);
    boolean chinese = n.form().codePoints().allMatch(PinyinReader::isReadable);
    if (chinese) {
      List<String> reasons = pipeline.whyNotPinyin(text, evidence, n.span(), target.entity().id());
      if (!reasons.isEmpty()) {
        return String.join("; ", reasons) + "; " + found;
      }
      int syllables = n.form().codePointCount(0, n.form().length());
      if (syllables < 3) {
        return "a name of " + syllables + " syllables is matched by sound only with the entity's context words or"
            + " its exact mention in the document; " + found;
      }
      return "the pinyin checks did not accept it (a syllable too far, too few chars as written, an everyday"
          + " word or a cut word without evidence); " + found;
    }
    List<String> reasons = pipeline.whyNotLatin(text, evidence, n.span(), target.entity().id());
    return reasons.isEmpty() ? "no Latin words to compare; " + found : String.join("; ", reasons) + "; " + found;
  }

  private static Target find(List<Target> targets, String name) {
    String wanted = NormalizedText.normalize(name);
    for (Target t : targets) {
      if (t.entity().id().equals(name)) {
        return t;
      }
    }
    for (Target t : targets) {
      Entity e = t.entity();
      if (NormalizedText.normalize(e.canonical()).equals(wanted)
          || e.synonyms().stream().anyMatch(s -> NormalizedText.normalize(s).equals(wanted))
          || e.aliases().stream().anyMatch(s -> NormalizedText.normalize(s).equals(wanted))) {
        return t;
      }
    }
    throw new IllegalArgumentException("no entity has the id or name \"" + name + "\"; "
        + "give an entity id or one of its canonical name, synonyms or aliases");
  }

  /** Windows of one word up to two more words than the form has, by Latin tokens. */
  private static List<int[]> latinSpans(String text, String form) {
    List<int[]> words = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{IsLatin}\\d]+(?:[.'][\\p{IsLatin}\\d]+)*")
        .matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    int maxWords = form.split("[\\s\\p{Pd}]+").length + 2;
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (int j = i; j < words.size() && j < i + maxWords; j++) {
        out.add(new int[] {words.get(i)[0], words.get(j)[1]});
      }
    }
    return out;
  }

  /** Every run of readable Chinese chars as long as the form, by code points. */
  private static List<int[]> chineseSpans(String text, String form) {
    int n = form.codePointCount(0, form.length());
    List<int[]> out = new ArrayList<>();
    int[] cps = text.codePoints().toArray();
    int[] offsets = new int[cps.length + 1];
    for (int i = 0, at = 0; i < cps.length; i++) {
      offsets[i] = at;
      at += Character.charCount(cps[i]);
      offsets[i + 1] = at;
    }
    for (int i = 0; i + n <= cps.length; i++) {
      boolean readable = true;
      for (int k = i; k < i + n && readable; k++) {
        readable = PinyinReader.isReadable(cps[k]);
      }
      if (readable) {
        out.add(new int[] {offsets[i], offsets[i + n]});
      }
    }
    return out;
  }

  private static double spellingSimilarity(String a, String b) {
    String x = NormalizedText.normalize(a);
    String y = NormalizedText.normalize(b);
    int longest = Math.max(x.length(), y.length());
    return longest == 0 ? 0 : 1 - (double) LevenshteinDistance.getDefaultInstance().apply(x, y) / longest;
  }

  private static double syllableSimilarity(String a, String b) {
    int[] x = PinyinReader.readIds(a);
    int[] y = PinyinReader.readIds(b);
    if (x.length != y.length || x.length == 0) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += x[i] == Syllables.NONE || y[i] == Syllables.NONE ? 0 : Syllables.similarity(x[i], y[i]);
    }
    return sum / x.length;
  }
}
