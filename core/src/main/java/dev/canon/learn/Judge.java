package dev.canon.learn;

import dev.canon.candidate.Lexicon;
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
 * Decides which observed aliases and keep words are learned, and says why the others are not.
 * Also collects each entity's everyday look-alikes, which the context pass needs.
 */
final class Judge {

  private final Map<String, String> forms;
  private final Set<String> keepWords;
  private final Lexicon lexicon;
  private final int minCount;
  private final Map<String, Set<String>> lookalikes = new TreeMap<>();

  Judge(Map<String, String> forms, Set<String> keepWords, Lexicon lexicon, int minCount) {
    this.forms = forms;
    this.keepWords = keepWords;
    this.lexicon = lexicon;
    this.minCount = minCount;
  }

  /** Per entity id, the lower-case everyday forms the references use for something else. */
  Map<String, Set<String>> lookalikes() {
    return lookalikes;
  }

  List<Finding> aliases(Evidence aliases, Evidence alreadyFixed, Evidence keeps) {
    Map<String, Set<String>> entitiesOfForm = new TreeMap<>();
    aliases.entries().keySet().forEach(k -> entitiesOfForm.computeIfAbsent(second(k), f -> new TreeSet<>()).add(first(k)));
    Map<String, Integer> keptTimes = new TreeMap<>();
    keeps.entries().forEach((k, e) -> keptTimes.merge(first(k), e.count, Integer::sum)); // keep keys: form \0 entity
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, Evidence.Entry> a : aliases.entries().entrySet()) {
      String id = first(a.getKey());
      String form = second(a.getKey());
      Evidence.Entry e = a.getValue();
      String spelling = e.spelling();
      String reason = "";
      Set<String> others = new TreeSet<>(entitiesOfForm.get(form));
      others.remove(id);
      if (form.codePointCount(0, form.length()) < 2) {
        reason = "a single character";
      } else if (form.chars().allMatch(c -> Character.isDigit(c) || c == ' ' || c == '.')) {
        reason = "a number";
      } else if (forms.containsKey(form) && !forms.get(form).equals(id)) {
        reason = "conflicts with entity \"" + forms.get(form) + "\": it is a form of it";
      } else if (!others.isEmpty()) {
        reason = "conflicts with another entity: the references also correct it to " + others;
      } else if (keptTimes.containsKey(form) || keepWords.contains(form)) {
        reason = "mixed evidence: the references also keep it" + (keptTimes.containsKey(form)
            ? " (" + keptTimes.get(form) + "×)" : " (a keep word)") + "; context words learned instead";
        lookalike(id, spelling);
      } else if (isEveryday(spelling)) {
        reason = "an everyday word on its own; context words learned instead";
        lookalike(id, spelling);
      } else if (e.count < minCount && e.reviewed == 0) {
        reason = "too rare (" + e.count + " < --min-count " + minCount + ")";
      }
      out.add(new Finding(Finding.Kind.ALIAS, id, spelling, e.count, e.reviewed, e.example, reason));
    }
    for (Map.Entry<String, Evidence.Entry> a : alreadyFixed.entries().entrySet()) {
      if (aliases.get(a.getKey()) == null) {
        Evidence.Entry e = a.getValue();
        out.add(new Finding(Finding.Kind.ALIAS, first(a.getKey()), e.spelling(), e.count, 0, e.example,
            "Canon already corrects it"));
      }
    }
    return out;
  }

  /**
   * The alias findings again, with those the references use as ordinary text (outside every
   * mention) not learned: their entity gets context words instead.
   */
  List<Finding> ordinary(List<Finding> aliases, Map<String, Integer> uses) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : aliases) {
      Integer n = f.learned() && f.reviewed() == 0 ? uses.get(f.form()) : null;
      if (n == null) {
        out.add(f);
        continue;
      }
      lookalike(f.entityId(), f.form());
      out.add(new Finding(f.kind(), f.entityId(), f.form(), f.count(), f.reviewed(), f.example(),
          "the references also use it as ordinary text (" + n + "×); context words learned instead"));
    }
    return out;
  }

  List<Finding> keeps(Evidence keeps, Evidence aliases) {
    Map<String, Set<String>> correctedTo = new TreeMap<>();
    aliases.entries().keySet().forEach(k -> correctedTo.computeIfAbsent(second(k), f -> new TreeSet<>()).add(first(k)));
    // keep keys are "form \0 entity": one finding per form, summed over the entities Canon changed it to
    Map<String, List<Map.Entry<String, Evidence.Entry>>> byForm = new TreeMap<>();
    keeps.entries().entrySet().forEach(k -> byForm.computeIfAbsent(first(k.getKey()), f -> new ArrayList<>()).add(k));
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, List<Map.Entry<String, Evidence.Entry>>> f : byForm.entrySet()) {
      String form = f.getKey();
      int count = 0;
      int reviewed = 0;
      Evidence.Entry first = f.getValue().get(0).getValue();
      Set<String> ids = new TreeSet<>();
      for (Map.Entry<String, Evidence.Entry> k : f.getValue()) {
        count += k.getValue().count;
        reviewed += k.getValue().reviewed;
        ids.add(second(k.getKey()));
        lookalike(second(k.getKey()), k.getValue().spelling());
      }
      String reason = "";
      if (forms.containsKey(form)) {
        reason = "conflicts with entity \"" + forms.get(form) + "\": it is a form of it";
      } else if (keepWords.contains(form)) {
        reason = "already a keep word";
      } else if (correctedTo.containsKey(form)) {
        reason = "mixed evidence: the references also correct it to " + correctedTo.get(form)
            + "; context words learned instead";
      } else if (count < minCount && reviewed == 0) {
        reason = "too rare (" + count + " < --min-count " + minCount + ")";
      }
      out.add(new Finding(Finding.Kind.KEEP, String.join(",", ids), first.spelling(), count, reviewed,
          first.example, reason));
    }
    return out;
  }

  private void lookalike(String id, String spelling) {
    lookalikes.computeIfAbsent(id, x -> new TreeSet<>()).add(spelling.toLowerCase(Locale.ROOT));
  }

  /**
   * An everyday word or phrase: one everyday English word or a common first name; or everyday
   * English words (no digit, no spelled-out letter) of which at most one has four letters or more
   * ({@code the rest}, {@code are framers}); or
   * Chinese that is an everyday word, or cuts into everyday words only, at least half of its
   * characters in words of two or more.
   */
  boolean isEveryday(String text) {
    List<String> latin = new ArrayList<>();
    StringBuilder han = new StringBuilder();
    for (Token t : Tokens.of(text)) {
      if (t.han()) {
        han.append(t.key());
      } else if (t.key().chars().anyMatch(Character::isDigit)
          || (t.key().length() == 1 && !t.key().equals("a") && !t.key().equals("i"))) {
        return false; // a number or a spelled-out letter (Kestrel D B) is no everyday phrase
      } else {
        latin.add(t.key());
      }
    }
    for (String w : latin) {
      if (!lexicon.isCommonWord(w) && !(latin.size() == 1 && lexicon.isName(w))) {
        return false;
      }
    }
    if (latin.size() >= 2 && han.length() == 0 && latin.stream().filter(w -> w.length() >= 4).count() >= 2) {
      // a phrase of two or more longer words (ability partners, baker huge take) is rare as plain
      // text; whether the references use it so is checked on the references themselves
      return false;
    }
    if (han.length() > 0 && !lexicon.isCommonWord(han.toString())) {
      // everyday words only, and mostly words of two characters or more: 我同意 is everyday, while
      // 飞奖 (two common characters that make no word) is a misheard name
      String run = han.toString();
      int inWords = 0;
      for (int[] w : ChineseWords.words(run)) {
        String word = run.substring(w[0], w[1]);
        if (!word.codePoints().allMatch(Scripts::isHan) || !lexicon.isCommonWord(word)) {
          return false;
        }
        inWords += word.length() >= 2 ? word.length() : 0;
      }
      if (inWords * 2 < run.length()) {
        return false;
      }
    }
    return !latin.isEmpty() || han.length() > 0;
  }

  /** Evidence keys are two parts: {@code entity \0 form} for aliases, {@code form \0 entity} for keeps. */
  static String first(String key) {
    return key.substring(0, key.indexOf('\u0000'));
  }

  static String second(String key) {
    return key.substring(key.indexOf('\u0000') + 1);
  }
}
