package dev.canon.candidate;

import dev.canon.phonetic.EnglishKey;
import dev.canon.result.Method;
import dev.canon.result.Span;
import dev.canon.scoring.Score;
import dev.canon.text.NormalizedText;
import dev.canon.text.Scripts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds Latin spans that are misspelled or misheard forms ({@code CodeFus} → {@code CodeFuse},
 * {@code Cloud 3 Opus} → {@code Claude 3 Opus}).
 *
 * <p>Windows of one to four adjacent words are looked up, never compared with every form: a
 * symmetric-deletion index (each form key and its one-char deletions; the window key and its
 * deletions) finds every form within one edit and most within two, and a Double Metaphone index
 * finds forms that sound alike. Each retrieved pair is verified with a bounded Levenshtein
 * distance and must agree in its digits and first letter. Immutable and thread-safe.
 */
public final class LatinFuzzyMatcher {

  static final int MIN_KEY = 4;
  static final int MAX_WINDOW = 4;

  private final List<Form> forms;
  private final String[] keys;
  private final String[] soundKeys;
  private final Map<String, int[]> byDeletion;
  private final Map<String, int[]> bySound;
  private final Lexicon lexicon;
  /** No window longer than this can be within the edit limits of any form (limit <= longest / 3). */
  private final int maxKey;

  public LatinFuzzyMatcher(List<Form> candidates, Lexicon lexicon) {
    this.lexicon = lexicon;
    List<Form> kept = new ArrayList<>();
    for (Form f : candidates) {
      if (f.target().entity().fuzzy() && isLatinKey(f.normalized()) && f.normalized().length() >= MIN_KEY) {
        kept.add(f);
      }
    }
    this.forms = List.copyOf(kept);
    this.maxKey = 2 * kept.stream().mapToInt(f -> f.normalized().length()).max().orElse(0) + 3;
    this.keys = new String[forms.size()];
    this.soundKeys = new String[forms.size()];
    Map<String, List<Integer>> deletions = new HashMap<>();
    Map<String, List<Integer>> sounds = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      String key = forms.get(i).normalized();
      keys[i] = key;
      soundKeys[i] = EnglishKey.of(key);
      for (String d : deletionsOf(key)) {
        deletions.computeIfAbsent(d, k -> new ArrayList<>(1)).add(i);
      }
      if (soundKeys[i].length() >= 2) {
        sounds.computeIfAbsent(soundKeys[i], k -> new ArrayList<>(1)).add(i);
      }
    }
    this.byDeletion = compact(deletions);
    this.bySound = compact(sounds);
  }

  /** Appends fuzzy and phonetic candidates of {@code text}. */
  public void find(NormalizedText text, List<Candidate> out) {
    if (forms.isEmpty()) {
      return;
    }
    String original = text.original();
    LatinTokens tokens = LatinTokens.of(original);
    StringBuilder key = new StringBuilder();
    for (int first = 0; first < tokens.count; first++) {
      key.setLength(0);
      for (int last = first; last < tokens.count && last < first + MAX_WINDOW; last++) {
        if (last > first && !tokens.joined(original, last - 1)) {
          break;
        }
        appendFolded(original, tokens.starts[last], tokens.ends[last], key);
        if (key.length() > maxKey) {
          break; // keeps a 5-million-letter token linear: its deletions would be quadratic
        }
        if (key.length() < MIN_KEY - 1) {
          continue;
        }
        Span span = new Span(tokens.starts[first], tokens.ends[last]);
        verifyAll(original, span, key.toString(), last == first, out);
      }
    }
  }

  private void verifyAll(String original, Span span, String key, boolean oneWord, List<Candidate> out) {
    int[] found = retrieve(key);
    if (found.length == 0) {
      return;
    }
    String surface = span.of(original);
    String sound = null;
    for (int id : found) {
      String formKey = keys[id];
      if (formKey.equals(key)) {
        continue; // an exact match: the exact matcher reports it
      }
      if (key.charAt(0) != formKey.charAt(0) || !digitsOf(key).equals(digitsOf(formKey))) {
        continue;
      }
      if (sound == null) {
        sound = EnglishKey.of(key);
      }
      Candidate c = verify(id, span, surface, key, sound, oneWord);
      if (c != null) {
        out.add(c);
      }
    }
  }

  private Candidate verify(int id, Span span, String surface, String key, String sound, boolean oneWord) {
    String formKey = keys[id];
    int longest = Math.max(key.length(), formKey.length());
    boolean soundsAlike = sound.equals(soundKeys[id]);
    int limit = soundsAlike ? Math.max(2, longest / 3) : maxEdits(formKey.length());
    if (limit == 0) {
      return null;
    }
    int distance = new LevenshteinDistance(limit).apply(key, formKey);
    if (distance < 0) {
      return null;
    }
    if (oneWord && lexicon.isCommonWord(key)) {
      return null; // an everyday word alone is never rewritten by spelling or sound
    }
    double spelling = 1 - (double) distance / longest;
    double soundSim = soundsAlike ? 1 : similarity(sound, soundKeys[id]);
    double length = Math.min(1, formKey.length() / 10.0);
    double total = Math.min(1, 0.6 * spelling + 0.3 * soundSim + 0.1 * length);
    Method method = soundsAlike && distance >= 2 ? Method.PHONETIC : Method.FUZZY;
    Form form = forms.get(id);
    return new Candidate(span, surface, form.target(), form.text(), method,
        new Score(total, spelling, soundSim, length, 0), form.rewriteTo());
  }

  /** Edits allowed by spelling alone, by form length: short names need an exact sound match. */
  static int maxEdits(int length) {
    if (length < 5) {
      return 0;
    }
    return length < 9 ? 1 : length < 14 ? 2 : 3;
  }

  private int[] retrieve(String key) {
    int[] acc = new int[0];
    acc = union(acc, byDeletion.get(key));
    for (String d : deletionsOf(key)) {
      acc = union(acc, byDeletion.get(d));
    }
    String sound = EnglishKey.of(key);
    return union(acc, bySound.get(sound));
  }

  private static int[] union(int[] a, int[] b) {
    if (b == null || b.length == 0) {
      return a;
    }
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[n++] = out[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static double similarity(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    if (longest == 0) {
      return 0;
    }
    return 1 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longest;
  }

  private static List<String> deletionsOf(String key) {
    List<String> out = new ArrayList<>(key.length() + 1);
    out.add(key);
    for (int i = 0; i < key.length(); i++) {
      out.add(key.substring(0, i) + key.substring(i + 1));
    }
    return out;
  }

  private static String digitsOf(String key) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (digits.length() > 0 && digits.charAt(digits.length() - 1) != ' ') {
        digits.append(' ');
      }
    }
    return digits.toString().trim();
  }

  private static boolean isLatinKey(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c < 0x250 && (Scripts.isLatinAlnum(c) || c == '.'))) {
        return false;
      }
    }
    return !key.isEmpty() && Character.isLetter(key.charAt(0));
  }

  private static void appendFolded(String text, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      out.append((char) Scripts.fold(text.charAt(i)));
    }
  }

  private static Map<String, int[]> compact(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }
}
