package dev.canon.learn;

import dev.canon.candidate.Lexicon;
import dev.canon.dictionary.Entity;
import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds names the references write and no loaded dictionary has (opt-in: {@link
 * Learner.Builder#newNames}): where a reference writes a name-like run of Latin words and the
 * hypothesis has other words there ({@code rats} → {@code RASP}, {@code they wrote him} → {@code
 * Dave Rotem}), often enough, the run becomes a new entity of the learned dictionary, and its
 * misheard forms are judged as aliases like any entity's.
 *
 * <p>Name-like: a word of two letters or more with a capital, unless its only capital opens a
 * sentence and it is an everyday word ({@code Okay}), or it is a contraction of one ({@code
 * We'll}). A name is a run of such words joined by spaces or hyphens, at most {@link #MAX_WORDS},
 * with its version ({@code COVID-19}, {@code Form 10K}, {@code Claude 3}) and without a
 * possessive {@code 's} (which ends the run).
 *
 * <p>Not learned: a run every word of which, numbers aside, is an everyday word or a first name
 * with a capital at its start only or in capitals ({@code Investor Relations}, {@code Bret},
 * {@code June 30}, {@code TRUE}: titles, first names, dates and emphasis the references capitalize,
 * which as names would swallow everyday words and other people's names); one word of fewer than
 * three letters; a run containing a form of a loaded entity (that entity's aliases are learned
 * instead); one the hypotheses got wrong fewer than {@code minCount} times. Chinese has no
 * capitals to find a name by: only Latin runs are read. Not thread-safe; one per learning run.
 */
final class NameFinder {

  /** The longest run of words read as one name. */
  static final int MAX_WORDS = 4;
  /** A number, an ordinal or a year's short form: 30, 1st, 28th, 90s. */
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]+(st|nd|rd|th|s)?");

  private final Map<String, String> forms;
  private final Set<String> keepWords;
  private final Lexicon lexicon;
  private final int minCount;
  /** misheard occurrences, keyed by the run's normalized form */
  private final Evidence misheard = new Evidence();
  /** occurrences the hypothesis got right, same keys */
  private final Map<String, Integer> heardRight = new TreeMap<>();
  /** misheard occurrences whose hypothesis is more than the name spaced or cased otherwise, same keys */
  private final Map<String, Integer> realErrors = new TreeMap<>();
  /** every spelling the references give each key, heard right or not, with its count */
  private final Map<String, Map<String, Integer>> written = new TreeMap<>();

  NameFinder(Map<String, String> forms, Set<String> keepWords, Lexicon lexicon, int minCount) {
    this.forms = forms;
    this.keepWords = keepWords;
    this.lexicon = lexicon;
    this.minCount = minCount;
  }

  /** Reads the name-like runs of one edited pair's reference and what its hypothesis has there. */
  void observe(Pair pair, Alignment a) {
    String ref = pair.reference();
    int k = 0;
    while (k < a.ref.size()) {
      if (!nameLike(ref, a.ref.get(k))) {
        k++;
        continue;
      }
      int l = k + 1;
      while (l < a.ref.size() && !a.ref.get(l - 1).key().endsWith("'s") && joined(ref, a.ref.get(l - 1), a.ref.get(l))
          && (nameLike(ref, a.ref.get(l)) || version(ref, a.ref.get(l - 1), a.ref.get(l)))) {
        l++;
      }
      if (l - k <= MAX_WORDS) {
        count(pair, a, k, l);
      }
      k = l;
    }
  }

  private void count(Pair pair, Alignment a, int k, int l) {
    int[] h = a.hypRange(k, l);
    if (h == null || h[0] >= h[1]) {
      return; // the boundary is unknown or the engine dropped the words: nothing to learn
    }
    int refStart = a.ref.get(k).start();
    int refEnd = a.ref.get(l - 1).end();
    String surface = withoutPossessive(pair.reference().substring(refStart, refEnd));
    String key = NormalizedText.normalize(surface);
    written.computeIfAbsent(key, x -> new TreeMap<>()).merge(surface, 1, Integer::sum);
    if (a.heardRight(h, k, l)) {
      heardRight.merge(key, 1, Integer::sum);
      return;
    }
    int hypStart = a.hyp.get(h[0]).start();
    int hypEnd = a.hyp.get(h[1] - 1).end();
    if (!NormalizedText.normalize(withoutPossessive(pair.hypothesis().substring(hypStart, hypEnd))).equals(key)) {
      realErrors.merge(key, 1, Integer::sum);
    }
    misheard.add(key, surface, pair.id() + ": \"" + Observer.snippet(pair.hypothesis(), hypStart, hypEnd) + "\" → \""
        + Observer.snippet(pair.reference(), refStart, refEnd) + "\"", false);
  }

  /** Every name seen misheard: learned ({@code reason} empty) or not and why; kind {@code NAME}. */
  List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>(forms.values());
    for (Map.Entry<String, Evidence.Entry> m : misheard.entries().entrySet()) {
      String key = m.getKey();
      Evidence.Entry e = m.getValue();
      // as the references write it most often, heard right or not (Prediction Guard ×11 over the
      // PredictionGuard ×3 the engines misheard)
      String spelling = Evidence.mostFrequent(written.get(key));
      String id = Entity.deriveId(spelling);
      if (forms.containsKey(key)) {
        continue; // a loaded entity: its aliases are learned by the alias pass
      }
      String reason = "";
      String inside = entityInside(spelling);
      if (inside != null) {
        reason = "contains entity \"" + inside + "\"; its aliases are learned instead";
      } else if (keepWords.contains(key)) {
        reason = "a keep word";
      } else if (everyday(spelling)) {
        reason = "everyday words or first names, capitalized (a title, a date, emphasis): not a name";
      } else if (Tokens.of(spelling).size() == 1 && key.codePointCount(0, key.length()) < 3) {
        reason = "one word of fewer than three letters";
      } else if (realErrors.getOrDefault(key, 0) == 0 && written.get(key).size() > 1) {
        reason = "a house style, not a mishearing: the engines only spaced or cased it otherwise, and the"
            + " references write it more than one way " + written.get(key).keySet();
      } else if (ids.contains(id)) {
        reason = "its id \"" + id + "\" is taken by another entity";
      } else if (e.count < minCount) {
        reason = "too rare (" + e.count + " < --min-count " + minCount + ")";
      }
      if (reason.isEmpty()) {
        ids.add(id);
      }
      out.add(new Finding(Finding.Kind.NAME, id, spelling, e.count, 0,
          e.example + " (heard right " + heardRight.getOrDefault(key, 0) + "×)", reason));
    }
    return out;
  }

  /** A new entity for each learned name finding: its canonical only, matched like any name. */
  static List<Entity> entities(List<Finding> names) {
    List<Entity> out = new ArrayList<>();
    for (Finding f : names) {
      if (f.kind() == Finding.Kind.NAME && f.learned()) {
        out.add(new Entity(f.entityId(), f.form(), "name", List.of(), List.of(), List.of(), true,
            dev.canon.dictionary.Location.inCode("learned name")));
      }
    }
    return out;
  }

  /** {@code Nexstar's} names Nexstar: the possessive is not part of the name. */
  private static String withoutPossessive(String surface) {
    return surface.endsWith("'s") || surface.endsWith("\u2019s") ? surface.substring(0, surface.length() - 2) : surface;
  }

  /** Whether a word of the reference looks like (part of) a name: see the class comment. */
  private boolean nameLike(String text, Token t) {
    if (t.han() || t.digits()) {
      return false;
    }
    String s = text.substring(t.start(), t.end());
    if (s.codePointCount(0, s.length()) < 2) {
      return false;
    }
    boolean capitalFirst = Character.isUpperCase(s.codePointAt(0));
    boolean capitalInside = s.codePoints().skip(1).anyMatch(Character::isUpperCase);
    if (capitalInside) {
      return true;
    }
    int apostrophe = t.key().indexOf('\'');
    if (apostrophe > 0 && !t.key().endsWith("'s") && lexicon.isCommonWord(t.key().substring(0, apostrophe))) {
      return false; // We'll, I'm, Don't: a contraction of everyday words, wherever it stands
    }
    String word = apostrophe > 0 ? t.key().substring(0, apostrophe) : t.key();
    return capitalFirst && !(opensSentence(text, t.start()) && lexicon.isCommonWord(word));
  }

  private static boolean opensSentence(String text, int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
      if (c == '.' || c == '?' || c == '!' || c == ':' || c == '\n') {
        return true;
      }
    }
    return true;
  }

  /**
   * Whether a word with digits carries on the name before it: after a hyphen ({@code COVID-19},
   * {@code LEAP-1A}), or after a space when it has letters too ({@code Form 10K}) or is a number of
   * one or two digits ({@code Claude 3}); a longer number after a space ({@code GE 2020}) is not
   * part of the name.
   */
  private static boolean version(String text, Token left, Token right) {
    if (right.han() || right.key().chars().noneMatch(Character::isDigit)) {
      return false;
    }
    return text.substring(left.end(), right.start()).equals("-") || !right.digits() || right.key().length() <= 2;
  }

  /** Whether only spaces or one hyphen stand between two words: one name, not a list. */
  private static boolean joined(String text, Token left, Token right) {
    String between = text.substring(left.end(), right.start());
    return between.isEmpty() || between.isBlank() || between.equals("-");
  }

  /**
   * Every word an everyday word or a first name, written with a capital at its start only or in
   * capitals ({@code TRUE}, {@code MAX}: emphasis, or a name that is an everyday word); a word with
   * capitals inside ({@code NewsNation}) is a name.
   */
  private boolean everyday(String spelling) {
    for (Token t : Tokens.of(spelling)) {
      if (NUMBER.matcher(t.key()).matches()) {
        continue; // June 30, Claude 3: a number or version makes no everyday word a name
      }
      String s = spelling.substring(t.start(), t.end());
      boolean capitals = s.codePoints().noneMatch(Character::isLowerCase);
      if ((!capitals && s.codePoints().skip(1).anyMatch(Character::isUpperCase))
          || !(lexicon.isCommonWord(t.key()) || lexicon.isName(t.key()))) {
        return false;
      }
    }
    return true;
  }

  /** The id of a loaded entity one of whose forms is a run of the words of {@code spelling}, or null. */
  private String entityInside(String spelling) {
    List<Token> tokens = Tokens.of(spelling);
    for (int i = 0; i < tokens.size(); i++) {
      for (int j = i + 1; j <= tokens.size(); j++) {
        String id = forms.get(NormalizedText.normalize(spelling.substring(tokens.get(i).start(), tokens.get(j - 1).end())));
        if (id != null) {
          return id;
        }
      }
    }
    return null;
  }
}
