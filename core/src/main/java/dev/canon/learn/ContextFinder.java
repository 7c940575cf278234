package dev.canon.learn;

import dev.canon.lexicon.ChineseWords;
import dev.canon.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The second pass of learning: words that stand near an entity in the references, far more often
 * than they stand anywhere, and never near its everyday look-alikes (the misheard forms that are
 * everyday words, the words the references kept). Such a word scopes a guess: with it nearby,
 * {@code cloud} is Claude; without, it stays. Not thread-safe; one per learning run.
 */
final class ContextFinder {

  /** Chars searched on each side of a mention, as Canon's matchers search for context words. */
  static final int WINDOW = 60;
  /**
   * How much more often than anywhere a word must stand near the entity: twice, measured against
   * the words a window of the average size would hold by chance (so {@code the} never qualifies).
   */
  static final double LIFT = 2;
  /** Most context words learned per entity. */
  static final int MAX_PER_ENTITY = 5;

  /** Per entity: its everyday look-alikes (lower case) and its own words (never context). */
  private final Map<String, Set<String>> lookalikes;
  private final Map<String, Set<String>> ownWords;
  private final Map<String, Evidence> near = new TreeMap<>();
  private final Map<String, Set<String>> nearLookalike = new TreeMap<>();
  private final Map<String, Integer> mentions = new TreeMap<>();
  private final Map<String, Integer> everywhere = new TreeMap<>();
  private final Set<String> references = new java.util.HashSet<>();
  private long words;
  private long windowWords;
  private long windows;

  ContextFinder(Map<String, Set<String>> lookalikes, Map<String, Set<String>> ownWords) {
    this.lookalikes = lookalikes;
    this.ownWords = ownWords;
    lookalikes.keySet().forEach(id -> {
      near.put(id, new Evidence());
      nearLookalike.put(id, new TreeSet<>());
    });
  }

  /** Looks at one reference and the entity mentions found in it. */
  void observe(Pair pair, List<Observer.Place> places) {
    String ref = pair.reference();
    if (!references.add(ref)) {
      return; // the same reference paired with another engine's hypothesis: one text, counted once
    }
    List<String> all = words(ref, 0, ref.length());
    words += all.size();
    all.forEach(w -> everywhere.merge(w, 1, Integer::sum));
    List<int[]> taken = new ArrayList<>();
    for (Observer.Place p : places) {
      if (!lookalikes.containsKey(p.entityId())) {
        continue;
      }
      taken.add(new int[] {p.start(), p.end()});
      mentions.merge(p.entityId(), 1, Integer::sum);
      List<String> around = around(ref, p.start(), p.end());
      windows++;
      windowWords += around.size();
      String example = pair.id() + ": \"" + Observer.snippet(ref, p.start(), p.end()) + "\"";
      for (String w : new TreeSet<>(around)) {
        near.get(p.entityId()).add(w, w, example, false);
      }
    }
    String lower = ref.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Set<String>> e : lookalikes.entrySet()) {
      for (String look : e.getValue()) {
        for (int i = lower.indexOf(look); i >= 0; i = lower.indexOf(look, i + 1)) {
          int end = i + look.length();
          if (OrdinaryUse.wordAt(ref, i, end) && !inside(taken, i, end)) {
            nearLookalike.get(e.getKey()).addAll(around(ref, i, end));
          }
        }
      }
    }
  }

  /** The learned context findings per entity id: learned ones first, then a few that were not. */
  Map<String, List<Finding>> findings(int minCount) {
    Map<String, List<Finding>> out = new TreeMap<>();
    double perWindow = windows == 0 ? 0 : (double) windowWords / windows;
    for (Map.Entry<String, Evidence> e : near.entrySet()) {
      String id = e.getKey();
      int seen = mentions.getOrDefault(id, 0);
      List<Finding> learned = new ArrayList<>();
      for (Map.Entry<String, Evidence.Entry> w : e.getValue().entries().entrySet()) {
        Evidence.Entry ev = w.getValue();
        double base = Math.min(1, perWindow * everywhere.getOrDefault(w.getKey(), 0) / Math.max(1, words));
        double rate = (double) ev.count / seen;
        if (ev.count < minCount || rate < LIFT * base || ownWords.get(id).contains(w.getKey())) {
          continue;
        }
        String reason = nearLookalike.get(id).contains(w.getKey()) ? "also stands near the everyday look-alike" : "";
        learned.add(new Finding(Finding.Kind.CONTEXT, id, w.getKey(), ev.count, 0, ev.example, reason));
      }
      learned.sort(java.util.Comparator.comparing(Finding::learned).reversed()
          .thenComparing(java.util.Comparator.comparingInt(Finding::count).reversed())
          .thenComparing(Finding::form));
      List<Finding> kept = new ArrayList<>();
      int taken = 0;
      for (Finding f : learned) {
        if (f.learned() && taken++ >= MAX_PER_ENTITY) {
          f = new Finding(f.kind(), f.entityId(), f.form(), f.count(), 0, f.example(),
              "more than " + MAX_PER_ENTITY + " context words; the " + MAX_PER_ENTITY + " most frequent were kept");
        }
        kept.add(f);
      }
      out.put(id, kept);
    }
    return out;
  }

  private static boolean inside(List<int[]> spans, int start, int end) {
    for (int[] s : spans) {
      if (start < s[1] && s[0] < end) {
        return true;
      }
    }
    return false;
  }

  /** The context words within {@link #WINDOW} chars of a span, on its line, the span excluded. */
  private static List<String> around(String text, int start, int end) {
    int from = Math.max(0, start - WINDOW);
    int to = Math.min(text.length(), end + WINDOW);
    for (int i = start - 1; i >= from; i--) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        from = i + 1;
        break;
      }
    }
    for (int i = end; i < to; i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        to = i;
        break;
      }
    }
    // a window edge that cuts a word (demon|strated) must not make a word of the cut-off part
    while (from > 0 && from < start && Character.isLetterOrDigit(text.charAt(from - 1))
        && Character.isLetterOrDigit(text.charAt(from))) {
      from++;
    }
    while (to < text.length() && to > end && Character.isLetterOrDigit(text.charAt(to))
        && Character.isLetterOrDigit(text.charAt(to - 1))) {
      to--;
    }
    List<String> out = new ArrayList<>(words(text, from, start));
    out.addAll(words(text, end, to));
    return out;
  }

  /**
   * The words that can be context: Latin words of three letters or more (not numbers), and
   * Chinese words of two characters or more as HanLP cuts them.
   */
  static List<String> words(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    String part = text.substring(from, to);
    StringBuilder han = new StringBuilder();
    int hanEnd = -1;
    for (Token t : Tokens.of(part)) {
      if (t.han()) {
        if (han.length() > 0 && t.start() != hanEnd) {
          han.append(' '); // not adjacent in the text: never one word
        }
        han.append(t.key());
        hanEnd = t.end();
        continue;
      }
      if (t.key().length() >= 3 && t.key().chars().anyMatch(Character::isLetter)) {
        out.add(t.key());
      }
    }
    if (han.length() > 0) {
      String run = han.toString();
      for (int[] w : ChineseWords.words(run)) {
        String word = run.substring(w[0], w[1]).strip();
        if (word.codePointCount(0, word.length()) >= 2 && word.codePoints().allMatch(Scripts::isHan)) {
          out.add(word);
        }
      }
    }
    return out;
  }
}
