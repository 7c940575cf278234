package dev.canon.candidate;

import dev.canon.dictionary.Entity;
import dev.canon.dictionary.Location;
import dev.canon.dictionary.Rule;
import dev.canon.result.Method;
import dev.canon.result.Span;
import dev.canon.scoring.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Applies the dictionaries' regular-expression rules to the original text. Each rule runs under a
 * budget of char reads proportional to the text length, so a pattern that backtracks
 * catastrophically gives up (and is reported) instead of hanging the caller. Immutable and
 * thread-safe.
 */
public final class RuleMatcher {

  /** Char reads allowed per text char and rule before the rule is abandoned for this text. */
  public static final int STEPS_PER_CHAR = 1_000;

  private record Compiled(Rule rule, Target target) {}

  private final List<Compiled> rules;

  /** {@code rules.get(i)} belongs to dictionary {@code dictionaries.get(i)} at {@code priorities.get(i)}. */
  public RuleMatcher(List<Rule> rules, List<String> dictionaries, List<Integer> priorities) {
    List<Compiled> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      String id = "rule:" + dictionaries.get(i) + ":" + (i + 1);
      Entity entity = new Entity(id, rule.replace().isEmpty() ? "(delete)" : rule.replace(), "rule",
          List.of(), List.of(), List.of(), false, rule.location());
      out.add(new Compiled(rule, new Target(entity, dictionaries.get(i), priorities.get(i))));
    }
    this.rules = List.copyOf(out);
  }

  /** Appends a candidate for every rule match; abandons a rule that exceeds its budget. */
  public void find(String text, List<Candidate> out) {
    for (Compiled c : rules) {
      BudgetedChars chars = new BudgetedChars(text, (long) STEPS_PER_CHAR * (text.length() + 16));
      Matcher m = c.rule().pattern().matcher(chars);
      List<Candidate> found = new ArrayList<>();
      int appendFrom = 0;
      try {
        while (m.find()) {
          if (m.end() == m.start()) {
            continue;
          }
          StringBuilder replacement = new StringBuilder();
          m.appendReplacement(replacement, c.rule().replace());
          // appendReplacement first copies the text since the last match, then the replacement.
          String to = replacement.substring(m.start() - appendFrom);
          appendFrom = m.end();
          String surface = text.substring(m.start(), m.end());
          found.add(new Candidate(new Span(m.start(), m.end()), surface, c.target(),
              c.rule().pattern().pattern(), Method.RULE, Score.EXACT, to));
        }
      } catch (BudgetedChars.Exhausted e) {
        continue; // runaway backtracking: the rule is skipped for this text, nothing half-applied
      }
      out.addAll(found);
    }
  }
}
