package dev.canon.reliability;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random small dictionaries and hostile texts drawn from the same tiny alphabets, so that forms
 * collide with each other and with the text: Latin with case and full width, digits and dots,
 * CJK, astral characters (emoji, a CJK Extension B ideograph), spaces and joiners.
 */
final class Generators {

  private Generators() {}

  /** Code points forms are made of; the edges of a form are never a space or joiner. */
  static final String[] LETTERS = {"a", "b", "A", "ａ", "1", "同", "意", "千", "问", "😀", "𠀀"};

  /** Code points that may sit inside a form, between letters. */
  static final String[] INNER = {" ", "-", "\u3000", "."};

  /** Extra hostile pieces of text: line ends, control chars, lone surrogates, URL-free. */
  static final String[] HOSTILE = {"\r\n", "\r", "\n", "\t", "\u0000", "\u001B", "\uD800", "\uDC00",
      "\u200B", "\uFEFF", "Ｂ", "İ", "ß", "\u0301", "0", "9", ".", ",", "。"};

  static Arbitrary<String> form() {
    Arbitrary<String> letter = Arbitraries.of(LETTERS);
    Arbitrary<String> inner = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, letter), net.jqwik.api.Tuple.of(1, Arbitraries.of(INNER)));
    return Combinators.combine(letter, inner.list().ofMaxSize(3), letter.injectNull(0.3))
        .as((first, middle, last) -> last == null ? first : first + String.join("", middle) + last);
  }

  /**
   * A dictionary of one to five entities with aliases and synonyms. Forms that would make the
   * corrector refuse the dictionary (one alias naming two entities) are dropped, so every
   * generated dictionary is valid while names may still collide.
   */
  static Arbitrary<Dictionary> dictionary(boolean fuzzy) {
    return dictionary(fuzzy, false);
  }

  /**
   * As {@link #dictionary(boolean)}; with {@code nested = false} a form whose normalized text
   * contains, or is contained in, a form of another entity or an alias of its own is dropped.
   */
  static Arbitrary<Dictionary> dictionary(boolean fuzzy, boolean nestedForms) {
    Arbitrary<List<String>> forms = form().list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<String>> keep = form().list().ofMaxSize(2);
    return Combinators.combine(forms.list().ofMinSize(0).ofMaxSize(5), keep, Arbitraries.of(true, false).list().ofSize(5))
        .as((entityForms, keepWords, fuzzyFlags) -> build(entityForms, fuzzy ? keepWords : List.of(), fuzzy, fuzzyFlags, nestedForms));
  }

  private static Dictionary build(List<List<String>> entityForms, List<String> keep, boolean fuzzy, List<Boolean> flags,
      boolean nested) {
    List<String> claimed = new ArrayList<>();
    Map<String, Integer> aliasOwner = new HashMap<>();
    Map<String, Integer> nameOwner = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < entityForms.size(); i++) {
      List<String> f = entityForms.get(i);
      String canonical = f.get(0);
      List<String> aliases = new ArrayList<>();
      List<String> synonyms = new ArrayList<>();
      if (!nested && !apart(claimed, canonical) || !claim(nameOwner, aliasOwner, canonical, i, false)) {
        continue;
      }
      for (int k = 1; k < f.size(); k++) {
        boolean alias = k % 3 != 0;
        if ((nested || apart(claimed, f.get(k)))
            && claim(alias ? aliasOwner : nameOwner, alias ? nameOwner : aliasOwner, f.get(k), i, alias)) {
          (alias ? aliases : synonyms).add(f.get(k));
        }
      }
      entities.add(Fixtures.entity("e" + i, canonical, aliases, synonyms, fuzzy && flags.get(i)));
    }
    return Fixtures.dictionary("random", keep, entities, List.of());
  }

  /** True when {@code form} neither contains nor is contained in a claimed form; then claims it. */
  private static boolean apart(List<String> claimed, String form) {
    String key = NormalizedText.normalize(form);
    for (String c : claimed) {
      if (c.contains(key) || key.contains(c)) {
        return false;
      }
    }
    claimed.add(key);
    return true;
  }

  /** Claims a normalized form for entity {@code i}; false when the corrector would refuse it. */
  private static boolean claim(Map<String, Integer> own, Map<String, Integer> other, String form, int i, boolean alias) {
    String key = NormalizedText.normalize(form);
    Integer o = other.get(key);
    Integer same = own.get(key);
    if ((o != null && o != i) || (alias && same != null && same != i)) {
      return false;
    }
    own.putIfAbsent(key, i);
    return true;
  }

  /** Texts of up to {@code maxPieces} pieces: forms, form letters, hostile chars, spaces. */
  static Arbitrary<String> text(int maxPieces) {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, form()),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(LETTERS)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(" ", "-", "  ", "\u3000")),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(HOSTILE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(4)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars('a', 'b').ofMinLength(30).ofMaxLength(200)));
    return piece.list().ofMaxSize(maxPieces).map(p -> String.join("", p));
  }

  /** Texts that quote {@code d}'s forms with case, width, spacing and hyphens changed. */
  static Arbitrary<String> textFor(Dictionary d, int maxPieces) {
    List<String> forms = new ArrayList<>();
    d.entities().forEach(e -> {
      forms.add(e.canonical());
      forms.addAll(e.aliases());
      forms.addAll(e.synonyms());
    });
    if (forms.isEmpty()) {
      return text(maxPieces);
    }
    Arbitrary<String> quoted = Arbitraries.of(forms).flatMap(f -> Arbitraries.randomValue(r -> vary(f, r)));
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, quoted),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(LETTERS)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(" ", "-", "  ", "\u3000", ".")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(HOSTILE)));
    return piece.list().ofMaxSize(maxPieces).map(p -> String.join("", p));
  }

  private static String vary(String form, java.util.Random r) {
    StringBuilder out = new StringBuilder();
    form.codePoints().forEach(cp -> {
      int c = r.nextInt(4) == 0 ? (Character.isUpperCase(cp) ? Character.toLowerCase(cp) : Character.toUpperCase(cp)) : cp;
      if (c >= '!' && c <= '~' && r.nextInt(6) == 0) {
        c += 0xFEE0; // full width
      }
      if (out.length() > 0 && r.nextInt(6) == 0) {
        out.append(r.nextBoolean() ? " " : "-");
      }
      out.appendCodePoint(c);
    });
    return out.toString();
  }
}
