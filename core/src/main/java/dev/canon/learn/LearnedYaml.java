package dev.canon.learn;

import dev.canon.dictionary.Confusion;
import dev.canon.dictionary.Profile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the learned part of a {@link Learned} as a Canon dictionary file: top-level {@code keep},
 * {@code entities} items written {@code extends: <id>} with the learned {@code aliases} and
 * {@code context} (a learned new name is written {@code canonical: <name>} instead), and the
 * {@code profile} section. Each entry carries a comment with its count
 * and one example. The output depends only on the {@link Learned} (sorted, no clock, no hash
 * order), so the same input gives the same bytes. Pure and thread-safe.
 */
public final class LearnedYaml {

  private LearnedYaml() {}

  /** The dictionary file, UTF-8 text with {@code \n} line ends. */
  public static String write(Learned learned) {
    StringBuilder out = new StringBuilder();
    out.append("# Learned by canon learn from ").append(learned.pairs()).append(" pairs (")
        .append(learned.unedited()).append(" unedited, not used) and ").append(learned.reviews())
        .append(" review decisions; --min-count ").append(learned.minCount()).append(".\n");
    out.append("# Each entry: times seen, and one example (where: hypothesis → reference).\n");
    out.append("# Load it after the dictionaries it extends, e.g. canon correct --dict mine.yaml --dict learned.yaml\n");
    out.append("name: ").append(quote(learned.name())).append('\n');
    out.append("version: 1\n");
    List<Finding> keep = learned.learned(Finding.Kind.KEEP);
    if (!keep.isEmpty()) {
      out.append("keep:\n");
      for (Finding f : keep) {
        out.append("  - ").append(quote(f.form())).append(comment(f)).append('\n');
      }
    }
    Map<String, List<Finding>> aliases = byEntity(learned.learned(Finding.Kind.ALIAS));
    Map<String, List<Finding>> context = byEntity(learned.learned(Finding.Kind.CONTEXT));
    Map<String, Finding> names = new TreeMap<>();
    learned.learned(Finding.Kind.NAME).forEach(f -> names.put(f.entityId(), f));
    TreeMap<String, Boolean> ids = new TreeMap<>();
    aliases.keySet().forEach(id -> ids.put(id, true));
    context.keySet().forEach(id -> ids.put(id, true));
    names.keySet().forEach(id -> ids.put(id, true));
    if (!ids.isEmpty()) {
      out.append("entities:\n");
      for (String id : ids.keySet()) {
        Finding name = names.get(id);
        if (name == null) {
          out.append("  - extends: ").append(quote(id)).append('\n');
        } else {
          // a new name: its id is derived from the canonical, as the loader derives it
          out.append("  - canonical: ").append(quote(name.form())).append(comment(name)).append('\n');
          if (learned.exactOnly().contains(id)) {
            out.append("    fuzzy: false   # exact only: guessing it would take everyday words for it\n");
          }
        }
        list(out, "aliases", aliases.get(id));
        list(out, "context", context.get(id));
      }
    }
    if (!learned.profile().isEmpty()) {
      Profile p = learned.profile();
      out.append("profile:\n");
      if (hasAny(p, Profile.Part.SYLLABLES, Profile.Part.INITIALS, Profile.Part.FINALS, Profile.Part.TONES)) {
        out.append("  pinyin:\n");
        part(out, p, Profile.Part.SYLLABLES, "syllables");
        part(out, p, Profile.Part.INITIALS, "initials");
        part(out, p, Profile.Part.FINALS, "finals");
        part(out, p, Profile.Part.TONES, "tones");
      }
      if (hasAny(p, Profile.Part.LETTERS)) {
        out.append("  english:\n");
        part(out, p, Profile.Part.LETTERS, "letters");
      }
    }
    return out.toString();
  }

  private static Map<String, List<Finding>> byEntity(List<Finding> findings) {
    Map<String, List<Finding>> out = new TreeMap<>();
    for (Finding f : findings) {
      out.computeIfAbsent(f.entityId(), x -> new java.util.ArrayList<>()).add(f);
    }
    return out;
  }

  private static void list(StringBuilder out, String key, List<Finding> items) {
    if (items == null) {
      return;
    }
    out.append("    ").append(key).append(":\n");
    for (Finding f : items) {
      out.append("      - ").append(quote(f.form())).append(comment(f)).append('\n');
    }
  }

  private static boolean hasAny(Profile p, Profile.Part... parts) {
    for (Profile.Part part : parts) {
      if (!p.confusions(part).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static void part(StringBuilder out, Profile p, Profile.Part part, String key) {
    List<Confusion> list = p.confusions(part);
    if (list.isEmpty()) {
      return;
    }
    out.append("    ").append(key).append(":   # said → written\n");
    for (Confusion c : list) {
      String from = part == Profile.Part.TONES ? c.from() : quote(c.from());
      String to = part == Profile.Part.TONES ? c.to() : quote(c.to());
      out.append("      - {from: ").append(from).append(", to: ").append(to).append(", count: ")
          .append(c.count()).append(", weight: ").append(number(c.weight())).append("}\n");
    }
  }

  /** A weight with four significant digits, never rounded to 0. */
  static String number(double weight) {
    return new BigDecimal(weight).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private static String comment(Finding f) {
    String times = f.count() + "×" + (f.reviewed() > 0 ? " (" + f.reviewed() + " reviewed)" : "");
    // a comment ends at any YAML line break (NEL and LS included): keep it on one line
    String example = f.example().replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029\\uFEFF]", " ");
    return "   # " + times + ", e.g. " + example;
  }

  /** A YAML double-quoted scalar (JSON escapes are valid YAML escapes). */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
