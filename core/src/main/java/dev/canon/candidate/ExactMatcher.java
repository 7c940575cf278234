package dev.canon.candidate;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import dev.canon.result.Method;
import dev.canon.result.Span;
import dev.canon.scoring.Score;
import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds every normalized form in one Aho-Corasick pass over the normalized text: O(n + hits)
 * whatever the number of forms (hankcs' double-array trie). Immutable and thread-safe.
 */
public final class ExactMatcher {

  private final AhoCorasickDoubleArrayTrie<Form[]> trie;
  /** hankcs' trie throws on {@code size()} until built, and cannot be built empty. */
  private final boolean empty;

  /** Builds the automaton from {@code forms}; forms with equal normalized text share a node. */
  public ExactMatcher(List<Form> forms) {
    TreeMap<String, List<Form>> byKey = new TreeMap<>();
    for (Form form : forms) {
      if (!form.normalized().isEmpty()) {
        byKey.computeIfAbsent(form.normalized(), k -> new ArrayList<>()).add(form);
      }
    }
    TreeMap<String, Form[]> map = new TreeMap<>();
    byKey.forEach((k, v) -> map.put(k, v.toArray(Form[]::new)));
    trie = new AhoCorasickDoubleArrayTrie<>();
    empty = map.isEmpty();
    if (!empty) {
      trie.build(map);
    }
  }

  /** Appends a candidate for every form occurrence that respects Latin word boundaries. */
  public void find(NormalizedText text, List<Candidate> out) {
    // An unbuilt trie throws from size() and parseText(), so an empty dictionary is checked here.
    if (empty || text.length() == 0) {
      return;
    }
    String original = text.original();
    trie.parseText(
        text.toString(),
        (begin, end, forms) -> {
          int start = text.originalStart(begin);
          int stop = text.originalEnd(end);
          if (!Boundaries.respected(original, start, stop) || Boundaries.cutsNumber(original, start, stop)) {
            return;
          }
          String surface = original.substring(start, stop);
          Span span = new Span(start, stop);
          for (Form form : forms) {
            Method method = form.kind() == Form.Kind.ALIAS ? Method.ALIAS : Method.EXACT;
            out.add(new Candidate(span, surface, form.target(), form.text(), method, Score.EXACT, replacement(form, surface)));
          }
        });
  }

  /**
   * Canonical and alias matches become the canonical. A synonym stays exactly as written, even
   * in another case or spacing: synonyms are often everyday words too ({@code mixture of
   * experts}, {@code aspirin}, {@code black rock}), so they are linked, never rewritten.
   */
  private static String replacement(Form form, String surface) {
    return form.kind() == Form.Kind.SYNONYM ? surface : form.rewriteTo();
  }
}
