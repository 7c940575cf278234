package dev.canon.learn;

import dev.canon.dictionary.Confusion;
import dev.canon.dictionary.Profile;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Learned} as a Markdown report: per entity what was learned and from how many
 * examples; what was seen but not learned, and why; the profile's strongest confusions.
 * Deterministic; pure and thread-safe.
 */
public final class LearnReport {

  /** Confusions shown per profile part. */
  static final int TOP = 10;

  private LearnReport() {}

  public static String write(Learned learned) {
    StringBuilder out = new StringBuilder("# What canon learn learned\n\n");
    out.append("- pairs read: ").append(learned.pairs()).append("; unedited (reference = hypothesis, nothing learned): ")
        .append(learned.unedited()).append('\n');
    out.append("- review decisions read: ").append(learned.reviews()).append('\n');
    out.append("- minimum count: ").append(learned.minCount())
        .append(" (a review decision is strong evidence: learned from one)\n\n");

    out.append("## Learned, per entity\n\n");
    out.append("| entity | in references: heard right / misheard / Canon already fixes | learned aliases | learned context |\n");
    out.append("| --- | --- | --- | --- |\n");
    java.util.Set<String> ids = new java.util.TreeSet<>(learned.entities().keySet());
    learned.findings().stream().filter(f -> f.kind() != Finding.Kind.KEEP && (f.kind() != Finding.Kind.NAME || f.learned()))
        .forEach(f -> ids.add(f.entityId()));
    for (String id : ids) {
      int[] t = learned.entities().getOrDefault(id, new int[3]);
      List<Finding> aliases = of(learned, id, Finding.Kind.ALIAS);
      List<Finding> context = of(learned, id, Finding.Kind.CONTEXT);
      if (aliases.isEmpty() && context.isEmpty() && t[1] == 0) {
        continue;
      }
      out.append("| ").append(cell(id)).append(" | ").append(t[0]).append(" / ").append(t[1]).append(" / ")
          .append(t[2]).append(" | ").append(items(aliases)).append(" | ").append(items(context)).append(" |\n");
    }
    List<Finding> names = learned.learned(Finding.Kind.NAME);
    if (!names.isEmpty()) {
      out.append("\n## Learned new names (no loaded dictionary had them)\n\n");
      for (Finding f : names) {
        out.append("- `").append(f.form()).append("` misheard ×").append(f.count())
            .append(learned.exactOnly().contains(f.entityId())
                ? " (exact only: an engine heard it as an everyday word, or the references kept words Canon would have"
                    + " guessed were it)" : "")
            .append(", e.g. ").append(f.example()).append('\n');
      }
    }
    List<Finding> wouldBe = learned.findings().stream()
        .filter(f -> f.kind() == Finding.Kind.NAME && f.reason().equals(Learner.NEW_NAMES_OFF)).toList();
    if (!wouldBe.isEmpty()) {
      out.append("\n## Names no dictionary has (learned with --new-names)\n\n");
      for (Finding f : wouldBe) {
        out.append("- `").append(f.form()).append("` misheard ×").append(f.count()).append(", e.g. ")
            .append(f.example()).append('\n');
      }
    }
    List<Finding> keep = learned.learned(Finding.Kind.KEEP);
    out.append("\n## Learned keep words\n\n");
    if (keep.isEmpty()) {
      out.append("None.\n");
    }
    for (Finding f : keep) {
      out.append("- `").append(f.form()).append("` ×").append(f.count()).append(" (Canon changed it to ")
          .append(f.entityId()).append("), e.g. ").append(f.example()).append('\n');
    }

    out.append("\n## Seen but not learned\n\n");
    List<Finding> not = learned.findings().stream()
        .filter(f -> !f.learned() && !f.reason().equals(Learner.NEW_NAMES_OFF)).toList();
    if (not.isEmpty()) {
      out.append("Nothing.\n");
    } else {
      out.append("| kind | entity | form | seen | why not |\n| --- | --- | --- | --- | --- |\n");
      for (Finding f : not) {
        out.append("| ").append(f.kind().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
            .append(cell(f.entityId())).append(" | ").append(cell(f.form())).append(" | ").append(f.count())
            .append(" | ").append(cell(f.reason())).append(" |\n");
      }
    }

    out.append("\n## Engine profile: strongest confusions (said → written)\n\n");
    Profile p = learned.profile();
    if (p.isEmpty()) {
      out.append("None seen at least ").append(learned.minCount()).append(" times.\n");
    }
    for (Profile.Part part : Profile.Part.values()) {
      List<Confusion> list = p.confusions(part).stream()
          .sorted(Comparator.comparingInt(Confusion::count).reversed()
              .thenComparing(Comparator.comparingDouble(Confusion::weight).reversed())
              .thenComparing(Confusion::from).thenComparing(Confusion::to))
          .limit(TOP).toList();
      if (list.isEmpty()) {
        continue;
      }
      out.append("**").append(part.name().toLowerCase(java.util.Locale.ROOT)).append("**: ");
      for (int i = 0; i < list.size(); i++) {
        Confusion c = list.get(i);
        out.append(i > 0 ? ", " : "").append('`').append(show(c.from())).append(" → ").append(show(c.to()))
            .append("` ×").append(c.count()).append(" (").append(LearnedYaml.number(c.weight())).append(')');
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  private static List<Finding> of(Learned learned, String id, Finding.Kind kind) {
    return learned.findings().stream().filter(f -> f.kind() == kind && f.learned() && f.entityId().equals(id)).toList();
  }

  private static String items(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "—";
    }
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append(out.length() > 0 ? ", " : "").append('`').append(cell(f.form())).append("` ×").append(f.count());
    }
    return out.toString();
  }

  private static String show(String s) {
    return s.isEmpty() ? "∅" : s;
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
