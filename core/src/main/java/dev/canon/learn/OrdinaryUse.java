package dev.canon.learn;

import dev.canon.text.Scripts;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts where the references use a would-be alias as ordinary text: outside every entity mention,
 * as whole words. An alias the references themselves write elsewhere ({@code ability partners} in
 * a sentence about partners) would rewrite correct text. Each distinct reference counts once,
 * however many engines' hypotheses were paired with it.
 */
final class OrdinaryUse {

  private OrdinaryUse() {}

  /** For each form (compared in lower case), the times it stands outside mentions in the references. */
  static Map<String, Integer> count(Set<String> forms, List<Pair> pairs, Map<Integer, List<Observer.Place>> places) {
    Map<String, Integer> out = new TreeMap<>();
    if (forms.isEmpty()) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (Map.Entry<Integer, List<Observer.Place>> e : places.entrySet()) {
      String ref = pairs.get(e.getKey()).reference();
      if (!seen.add(ref)) {
        continue;
      }
      String lower = ref.toLowerCase(Locale.ROOT);
      for (String form : forms) {
        String f = form.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(f); i >= 0; i = lower.indexOf(f, i + 1)) {
          int end = i + f.length();
          if (lower.length() == ref.length() && wordAt(ref, i, end) && !inside(e.getValue(), i, end)) {
            out.merge(form, 1, Integer::sum);
          }
        }
      }
    }
    return out;
  }

  private static boolean inside(List<Observer.Place> places, int start, int end) {
    for (Observer.Place p : places) {
      if (start < p.end() && p.start() < end) {
        return true;
      }
    }
    return false;
  }

  /** Latin needs a word boundary on each side; Chinese none. */
  static boolean wordAt(String text, int start, int end) {
    boolean latinStart = !Scripts.isHan(text.codePointAt(start));
    boolean latinEnd = !Scripts.isHan(text.codePointBefore(end));
    return (!latinStart || start == 0 || !Character.isLetterOrDigit(text.codePointBefore(start)))
        && (!latinEnd || end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)));
  }
}
