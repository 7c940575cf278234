package dev.canon.evidence;

import dev.canon.candidate.Target;
import dev.canon.result.Span;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one document says beyond a candidate's own span: the evidence a human editor uses before
 * rewriting a near miss. Built once per text, after the exact pass, from the exact mentions it
 * found; the fuzzy, phonetic and pinyin matchers then ask it about each guess.
 *
 * <p>A document is the text given to {@link dev.canon.Corrector#correct}: a text file, a JSON
 * Lines record, a subtitle or Whisper JSON file. Evidence never crosses a paragraph break (a
 * blank line): the paragraph about models says nothing about the monk in the next one. Within a
 * paragraph it crosses line ends and subtitle cues. Three kinds, strongest first:
 *
 * <ul>
 *   <li>{@link Support#CONTEXT}: one of the entity's context words (its own, or its dictionary's
 *       top-level ones) within {@link #CONTEXT_WINDOW} chars;
 *   <li>{@link Support#SAID}: the entity itself is mentioned exactly earlier in the document
 *       (said right once, misheard later). Only earlier: what comes later never changes a decision
 *       already taken by more than {@link #LOOKAHEAD} chars, which live captions rely on;
 *   <li>{@link Support#DOMAIN}: at least {@link #DOMAIN_MIN} other entities of the same dictionary
 *       are mentioned exactly within {@link #DOMAIN_WINDOW} chars: an AI transcript is dense in
 *       dictionary hits, a sentence about the wind has none.
 * </ul>
 *
 * Not thread-safe: one per text, used by the thread correcting it.
 */
public final class Evidence {

  /** Chars on each side of a candidate searched for its entity's context words. */
  public static final int CONTEXT_WINDOW = 80;

  /** Chars on each side of a candidate searched for exact mentions of other entities. */
  public static final int DOMAIN_WINDOW = 160;

  /** Distinct other entities of the dictionary, mentioned exactly nearby, that make a domain. */
  public static final int DOMAIN_MIN = 2;

  /**
   * How far after a candidate's end any evidence is looked for: a decision depends on no text
   * further on ({@link dev.canon.stream} keeps its stable prefix this far behind the live edge).
   */
  public static final int LOOKAHEAD = Math.max(CONTEXT_WINDOW, DOMAIN_WINDOW);

  /** Added to a guess's total when some evidence supports it (capped at 1). */
  public static final double BONUS = 0.05;

  /** How a guess is supported, weakest first. */
  public enum Support {
    NONE,
    DOMAIN,
    SAID,
    CONTEXT;

    /** Whether there is any evidence at all. */
    public boolean any() {
      return this != NONE;
    }

    /** The score part shown by {@code --explain}: 1 for context or said right, 0.5 for domain. */
    public double part() {
      return switch (this) {
        case NONE -> 0;
        case DOMAIN -> 0.5;
        case SAID, CONTEXT -> 1;
      };
    }
  }

  /** An exact mention the document makes: where, which entity, of which dictionary. */
  public record Mention(int start, int end, String entityId, String dictionary) {}

  private static final Evidence EMPTY_TEXT = new Evidence("", List.of());

  private final String text;
  private final int[] starts;
  private final Mention[] mentions;
  /** Entity ids with an exact mention, and where. */
  private final Map<String, int[]> said;
  private int[] breaks; // paragraph breaks: start of each blank-line run, made when first needed

  private Evidence(String text, List<Mention> exact) {
    this.text = text;
    this.mentions = exact.stream()
        .sorted((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
            : Integer.compare(a.end(), b.end()))
        .toArray(Mention[]::new);
    this.starts = new int[mentions.length];
    Map<String, int[]> at = new HashMap<>();
    for (int i = 0; i < mentions.length; i++) {
      starts[i] = mentions[i].start();
      at.merge(mentions[i].entityId(), new int[] {i}, (a, b) -> {
        int[] both = Arrays.copyOf(a, a.length + 1);
        both[a.length] = b[0];
        return both;
      });
    }
    this.said = at;
  }

  /** The evidence of {@code text}, from the exact mentions found in it (in any order). */
  public static Evidence of(String text, List<Mention> exact) {
    return new Evidence(text, exact);
  }

  /** Evidence of a text with no exact mention: only context words can support a guess. */
  public static Evidence none(String text) {
    return text.isEmpty() ? EMPTY_TEXT : new Evidence(text, List.of());
  }

  /** True when the document has no exact mention at all. */
  public boolean noMentions() {
    return mentions.length == 0;
  }

  /** The text this evidence is about. */
  public String text() {
    return text;
  }

  /**
   * How the document supports {@code target} at {@code span}, the strongest kind that holds.
   * Cost: a scan of the context window per context word, and a binary search of the mentions.
   */
  public Support support(Target target, Span span) {
    if (contextNear(span, target.entity().context())) {
      return Support.CONTEXT;
    }
    if (saidBefore(target.entity().id(), span)) {
      return Support.SAID;
    }
    return domainNear(target, span) ? Support.DOMAIN : Support.NONE;
  }

  /** True when one of {@code words} stands within {@link #CONTEXT_WINDOW} chars, in the paragraph. */
  public boolean contextNear(Span span, List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    int from = Math.max(paragraphStart(span.start()), span.start() - CONTEXT_WINDOW);
    int to = Math.min(paragraphEnd(span.end()), span.end() + CONTEXT_WINDOW);
    for (String w : words) {
      if (occurs(w, from, span.start()) || occurs(w, span.end(), to)) {
        return true;
      }
    }
    return false;
  }

  /** True when the entity has an exact mention in the document that ends before {@code span} starts. */
  public boolean saidBefore(String entityId, Span span) {
    int[] at = said.get(entityId);
    return at != null && mentions[at[0]].end() <= span.start(); // at is in order of start
  }

  /**
   * True when at least {@link #DOMAIN_MIN} distinct other entities of the target's dictionary are
   * mentioned exactly within {@link #DOMAIN_WINDOW} chars of {@code span}, in the paragraph.
   */
  public boolean domainNear(Target target, Span span) {
    if (mentions.length < DOMAIN_MIN) {
      return false;
    }
    int from = Math.max(paragraphStart(span.start()), span.start() - DOMAIN_WINDOW);
    int to = Math.min(paragraphEnd(span.end()), span.end() + DOMAIN_WINDOW);
    int i = firstEndingAfter(from);
    Set<String> seen = null;
    for (; i < mentions.length && mentions[i].start() < to; i++) {
      Mention m = mentions[i];
      if (m.end() > to || m.start() < from || (m.start() < span.end() && span.start() < m.end())
          || !m.dictionary().equals(target.dictionary()) || m.entityId().equals(target.entity().id())) {
        continue;
      }
      if (seen == null) {
        seen = new HashSet<>();
      }
      if (seen.add(m.entityId()) && seen.size() >= DOMAIN_MIN) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when some exact mention starts within {@code margin} chars of {@code [start, end)}: a
   * cheap superset of what {@link #domainNear} can accept, for matchers that skip windows.
   */
  public boolean anyMentionNear(int start, int end, int margin) {
    int i = firstEndingAfter(start - margin);
    return i < mentions.length && mentions[i].start() < end + margin;
  }

  /**
   * The values of {@code byEntity} for the entities the document mentions exactly, joined and
   * sorted: O(mentioned entities), for a matcher that asks per form whether its entity was said.
   */
  public int[] mentionedOf(java.util.Map<String, int[]> byEntity) {
    int[] out = new int[0];
    for (String id : said.keySet()) {
      int[] more = byEntity.get(id);
      if (more != null) {
        int at = out.length;
        out = Arrays.copyOf(out, at + more.length);
        System.arraycopy(more, 0, out, at, more.length);
      }
    }
    Arrays.sort(out);
    return out;
  }

  /** True when one of {@code entityIds} has an exact mention in the document. */
  public boolean mentionsAny(java.util.Set<String> entityIds) {
    for (String id : said.keySet()) {
      if (entityIds.contains(id)) {
        return true;
      }
    }
    return false;
  }

  /** True when some exact mention ends at or before {@code at}: a name could have been said earlier. */
  public boolean anyMentionBefore(int at) {
    return mentions.length > 0 && mentions[0].end() <= at;
  }

  private int firstEndingAfter(int from) {
    int i = Arrays.binarySearch(starts, from);
    if (i < 0) {
      i = -i - 1;
    }
    // mentions are short; step back over any that start before from but reach past it
    while (i > 0 && mentions[i - 1].end() > from) {
      i--;
    }
    return i;
  }

  private boolean occurs(String word, int from, int to) {
    for (int i = from; i + word.length() <= to; i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** The start of the paragraph holding {@code at}: just after the last blank line before it. */
  int paragraphStart(int at) {
    int[] b = breaks();
    int i = Arrays.binarySearch(b, at);
    int k = i >= 0 ? i : -i - 2; // the last break at or before at
    if (k < 0) {
      return 0;
    }
    return Math.min(at, blankRunEnd(b[k]));
  }

  /** The end of the paragraph holding {@code at}: the first blank line after it. */
  int paragraphEnd(int at) {
    int[] b = breaks();
    int i = Arrays.binarySearch(b, at);
    int k = i >= 0 ? i : -i - 1; // the first break at or after at
    return k < b.length ? Math.max(at, b[k]) : text.length();
  }

  /** Starts of the line breaks that begin a blank line ({@code \n} then only spaces, then {@code \n}). */
  private int[] breaks() {
    if (breaks == null) {
      int[] found = new int[4];
      int n = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        int k = i + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
          k++;
        }
        if (k < text.length() && text.charAt(k) == '\n') {
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = i;
          i = k - 1;
        }
      }
      breaks = Arrays.copyOf(found, n);
    }
    return breaks;
  }

  /** Where the blank-line run starting at the break {@code at} ends: the next non-blank char. */
  private int blankRunEnd(int at) {
    int k = at;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }
}
