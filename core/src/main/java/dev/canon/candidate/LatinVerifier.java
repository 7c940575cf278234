package dev.canon.candidate;

import dev.canon.phonetic.EnglishKey;
import dev.canon.result.Method;
import dev.canon.scoring.Score;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether a window of Latin words is a misspelled or misheard form, and how sure that is.
 *
 * <p>Evidence needed: the same first letter and the same digits (a version number is never
 * guessed: {@code GPT-3} is not {@code GPT-4}); then either the whole key within a few edits
 * (more when the two sound alike), or, word by word, all words equal but one that is close in
 * spelling or sound ({@code Gemma 1.5 Pro} → {@code Gemini 1.5 Pro}). Windows made only of
 * everyday words ({@code grid lama}, {@code gecko}) also need one of the entity's context words
 * nearby. Immutable and thread-safe.
 */
final class LatinVerifier {

  private final LatinForms forms;
  private final Lexicon lexicon;

  LatinVerifier(LatinForms forms, Lexicon lexicon) {
    this.forms = forms;
    this.lexicon = lexicon;
  }

  void verifyAll(Window w, int[] ids, List<Candidate> out) {
    Boolean everyday = null;
    String[] sounds = new String[2];
    for (int id : ids) {
      String formKey = forms.keys[id];
      String key = LatinForms.digitsOf(w.key()).equals(forms.digits[id]) ? w.key()
          : LatinForms.digitsOf(w.spokenKey()).equals(forms.digits[id]) ? w.spokenKey() : null;
      if (key == null || key.equals(formKey) || key.charAt(0) != formKey.charAt(0)) {
        continue;
      }
      Form form = forms.forms.get(id);
      boolean context = Context.near(w.text(), w.span(), form.target().entity().context());
      if (everyday == null) {
        everyday = allEveryday(w.words());
      }
      if (everyday && !context) {
        continue;
      }
      int which = key == w.key() ? 0 : 1;
      if (sounds[which] == null) {
        sounds[which] = EnglishKey.of(key);
      }
      Candidate c = verify(w, id, key, sounds[which], context);
      if (c != null) {
        out.add(c);
      }
    }
  }

  private Candidate verify(Window w, int id, String key, String sound, boolean context) {
    String formKey = forms.keys[id];
    boolean soundsAlike = sound.equals(forms.soundKeys[id]);
    int longest = Math.max(key.length(), formKey.length());
    int limit = soundsAlike ? Math.max(2, longest / 3) : maxEdits(longest, context);
    int distance = limit == 0 ? -1 : new LevenshteinDistance(limit).apply(key, formKey);
    if (distance >= 0 && w.words().length >= 2 && needlessEdge(w, key, formKey, distance, limit)) {
      return null; // "HuggingFace is", "GPT-4 on": the form is matched better without an end word
    }
    double wordwise = distance >= 0 ? 0 : wordwise(w.words(), forms.words[id]);
    if (distance < 0 && wordwise == 0) {
      return null;
    }
    double spelling = distance >= 0 ? 1 - (double) distance / longest : wordwise;
    double soundSim = soundsAlike ? 1 : similarity(sound, forms.soundKeys[id]);
    double length = Math.min(1, formKey.length() / 10.0);
    double total = 0.6 * spelling + 0.3 * soundSim + 0.1 * length + (context ? Context.BONUS : 0);
    Method method = soundsAlike && distance >= 2 ? Method.PHONETIC : Method.FUZZY;
    Form form = forms.forms.get(id);
    return new Candidate(w.span(), w.surface(), form.target(), form.text(), method,
        new Score(Math.min(1, total), spelling, soundSim, length, context ? 1 : 0), form.rewriteTo());
  }

  /**
   * True when dropping the first or the last word of the window matches the form at least as
   * well: the word is not part of the name, and the shorter window is tried on its own.
   */
  private static boolean needlessEdge(Window w, String key, String formKey, int distance, int limit) {
    String[] words = w.words();
    int last = words[words.length - 1].length();
    int first = words[0].length();
    int lastKey = key == w.key() ? last : SpokenDigits.digitFor(words[words.length - 1]).length();
    String withoutLast = key.substring(0, key.length() - lastKey);
    String withoutFirst = key.substring(first);
    LevenshteinDistance bounded = new LevenshteinDistance(limit);
    int a = bounded.apply(withoutLast, formKey);
    int b = bounded.apply(withoutFirst, formKey);
    return (a >= 0 && a <= distance) || (b >= 0 && b <= distance);
  }

  /**
   * Word-by-word similarity when the window and the form have the same number of words, all
   * equal but one, and at least two equal: the mean of the word similarities, or 0 when the
   * evidence is not there.
   */
  static double wordwise(String[] words, String[] formWords) {
    if (words.length != formWords.length || words.length < 2) {
      return 0;
    }
    int equal = 0;
    double sum = 0;
    for (int i = 0; i < words.length; i++) {
      String a = SpokenDigits.digitFor(words[i]);
      String b = formWords[i];
      if (a.equals(b)) {
        equal++;
        sum += 1;
        continue;
      }
      if (a.charAt(0) != b.charAt(0)) {
        return 0;
      }
      double sim = Math.max(similarity(a, b), 0.9 * similarity(EnglishKey.of(a), EnglishKey.of(b)));
      if (sim < 0.5) {
        return 0;
      }
      sum += sim;
    }
    return equal == words.length - 1 && equal >= 2 ? sum / words.length : 0;
  }

  /** Edits allowed by spelling alone, by key length; four-char keys need context for one edit. */
  static int maxEdits(int length, boolean context) {
    if (length < 5) {
      return context && length == 4 ? 1 : 0;
    }
    return length < 9 ? 1 : length < 14 ? 2 : 3;
  }

  /** True when every word is an everyday word; a number is not (it marks a model name). */
  private boolean allEveryday(String[] words) {
    for (String w : words) {
      if (!lexicon.isCommonWord(w)) {
        return false;
      }
    }
    return true;
  }

  static double similarity(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    if (longest == 0) {
      return 0;
    }
    return 1 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longest;
  }
}
