package dev.canon.lint;

import dev.canon.candidate.Lexicon;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import dev.canon.lexicon.Lexicons;
import dev.canon.phonetic.EnglishKey;
import dev.canon.phonetic.PinyinReader;
import dev.canon.text.NormalizedText;
import dev.canon.text.Scripts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warnings about dictionaries that load: forms of two entities that collide after normalization,
 * pinyin or sound folding; everyday words as aliases or as fuzzy names without protection; aliases
 * inside longer forms of other entities. Stateless; O(forms · log forms) plus one pass of substring
 * checks per alias.
 */
public final class DictionaryLint {

  /** A form with its path inside its entity ({@code aliases[2]}), for its location. */
  private record Named(Entity entity, String form, String role, String path) {
    dev.canon.dictionary.Location location() {
      return entity.locationOf(path);
    }
  }

  private DictionaryLint() {}

  /** Findings for {@code dictionaries}, in order of file and line. */
  public static List<Finding> check(List<Dictionary> dictionaries) {
    Lexicon everyday = Lexicons.standard();
    Set<String> keep = new HashSet<>();
    List<Named> forms = new ArrayList<>();
    for (Dictionary d : dictionaries) {
      d.keep().forEach(k -> keep.add(NormalizedText.normalize(k)));
      for (Entity e : d.entities()) {
        forms.add(new Named(e, e.canonical(), "canonical", "canonical"));
        for (int i = 0; i < e.synonyms().size(); i++) {
          forms.add(new Named(e, e.synonyms().get(i), "synonym", "synonyms[" + i + "]"));
        }
        for (int i = 0; i < e.aliases().size(); i++) {
          forms.add(new Named(e, e.aliases().get(i), "alias", "aliases[" + i + "]"));
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    collisions(forms, out);
    everydayWords(forms, keep, everyday, out);
    shadowedAliases(forms, out);
    shortAliases(forms, out);
    out.sort(Comparator.comparing((Finding f) -> f.location().source())
        .thenComparingInt(f -> f.location().line())
        .thenComparingInt(f -> f.location().column())
        .thenComparing(Finding::kind)
        .thenComparing(Finding::message));
    return out;
  }

  private static void collisions(List<Named> forms, List<Finding> out) {
    Map<String, Named> exact = new HashMap<>();
    Map<String, Named> pinyin = new HashMap<>();
    Map<String, Named> sound = new HashMap<>();
    for (Named n : forms) {
      String key = NormalizedText.normalize(n.form());
      if (report(exact.putIfAbsent(key, n), n, "collision", "reads the same after normalization as",
          "keep one of them, or make one a synonym of the other entity", out)) {
        continue; // one finding a form is enough
      }
      if (n.entity().fuzzy() && isChinese(n.form())) {
        int[] ids = PinyinReader.readIds(n.form());
        if (ids.length >= 3) {
          report(pinyin.putIfAbsent(Arrays.toString(ids), n), n, "pinyin-collision", "reads the same in pinyin as",
              "one of the two may be rewritten into the other by sound; add context words to both or set fuzzy: false",
              out);
        }
      } else if (n.entity().fuzzy() && key.length() >= 5 && key.chars().allMatch(c -> c < 0x250)) {
        String code = EnglishKey.of(key);
        if (code.length() >= 3) {
          report(sound.putIfAbsent(code, n), n, "sound-collision", "sounds like",
              "a misheard form may go to either; add context words to both or set fuzzy: false on one", out);
        }
      }
    }
  }

  private static boolean report(Named first, Named second, String kind, String relation, String fix, List<Finding> out) {
    if (first == null || first.entity().id().equals(second.entity().id())) {
      return false;
    }
    out.add(new Finding(second.location(), kind,
        second.role() + " \"" + second.form() + "\" of \"" + second.entity().id() + "\" " + relation + " "
            + first.role() + " \"" + first.form() + "\" of \"" + first.entity().id() + "\" ("
            + first.location() + ")", fix));
    return true;
  }

  private static void everydayWords(List<Named> forms, Set<String> keep, Lexicon everyday, List<Finding> out) {
    for (Named n : forms) {
      String key = NormalizedText.normalize(n.form());
      if (!everyday.isCommonWord(key) || keep.contains(key)) {
        continue;
      }
      if (n.role().equals("alias")) {
        out.add(new Finding(n.location(), "everyday-word",
            "alias \"" + n.form() + "\" of \"" + n.entity().id() + "\" is an everyday word and is always rewritten",
            "remove the alias (fuzzy matching with context words finds it), or add it to keep"));
      } else if (n.entity().fuzzy() && n.role().equals("canonical")) {
        out.add(new Finding(n.location(), "everyday-word",
            "canonical \"" + n.form() + "\" of \"" + n.entity().id() + "\" is an everyday word and fuzzy",
            "add \"" + n.form() + "\" to keep, or set fuzzy: false"));
      }
    }
  }

  private static void shadowedAliases(List<Named> forms, List<Finding> out) {
    for (Named alias : forms) {
      if (!alias.role().equals("alias")) {
        continue;
      }
      String a = NormalizedText.normalize(alias.form());
      for (Named other : forms) {
        String o = NormalizedText.normalize(other.form());
        if (other.entity() != alias.entity() && o.length() > a.length() && o.contains(a)) {
          out.add(new Finding(alias.location(), "shadowed-alias",
              "alias \"" + alias.form() + "\" of \"" + alias.entity().id() + "\" stands inside " + other.role() + " \""
                  + other.form() + "\" of \"" + other.entity().id() + "\"; there the longer form wins",
              "fine if intended; otherwise make the alias longer or remove it"));
          break;
        }
      }
    }
  }

  /** Aliases at most this many Latin letters or digits long are flagged: they stand inside much ordinary text. */
  static final int SHORT_ALIAS = 2;

  /**
   * Digit-only aliases and aliases of one or two Latin characters: an alias is rewritten wherever
   * it stands, with full confidence, so {@code 5} or {@code OZ} would rewrite ordinary text.
   */
  private static void shortAliases(List<Named> forms, List<Finding> out) {
    String fix = "remove it, or make it longer with the words heard around it";
    for (Named n : forms) {
      String key = NormalizedText.normalize(n.form());
      if (!n.role().equals("alias") || key.isEmpty()) {
        continue;
      }
      String name = "alias \"" + n.form() + "\" of \"" + n.entity().id() + "\" is only ";
      int length = key.codePointCount(0, key.length());
      if (key.chars().allMatch(c -> c >= '0' && c <= '9')) {
        out.add(new Finding(n.location(), "short-alias", name + "digits and is rewritten wherever it stands (\"Take "
            + n.form() + " pills\" would become \"Take " + n.entity().canonical() + " pills\")", fix));
      } else if (length <= SHORT_ALIAS && key.chars().allMatch(c -> c < 0x250 && Character.isLetterOrDigit(c))) {
        out.add(new Finding(n.location(), "short-alias", name + length + " Latin character" + (length == 1 ? "" : "s")
            + " and is rewritten wherever it stands", fix));
      }
    }
  }

  private static boolean isChinese(String form) {
    return !form.isEmpty() && form.codePoints().allMatch(cp -> Scripts.isHan(cp) || Scripts.isDigit(cp));
  }
}
