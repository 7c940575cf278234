package dev.canon.learn;

import dev.canon.dictionary.Profile;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one learning run found. Immutable. {@link LearnedYaml} writes the learned part as a
 * dictionary file, {@link LearnReport} all of it as a Markdown report.
 *
 * @param name the name the learned dictionary gets
 * @param findings everything seen: aliases, keep and context words, learned or not (with why), in a
 *     deterministic order (kind, entity id, form)
 * @param profile the learned engine profile (possibly empty)
 * @param entities per entity id seen in a reference: {@code [heard right, misheard, fixed by Canon already]}
 * @param pairs pairs read
 * @param unedited pairs whose reference equals the hypothesis (nothing learned from them)
 * @param reviews review decisions read
 * @param minCount the minimum count used
 * @param exactOnly ids of learned new names written {@code fuzzy: false}: an engine heard them as
 *     an everyday word or a first name, or the references kept a word that Canon, guessing, would
 *     have changed into them ({@code labor} for a learned Libor)
 */
public record Learned(
    String name,
    List<Finding> findings,
    Profile profile,
    Map<String, int[]> entities,
    int pairs,
    int unedited,
    int reviews,
    int minCount,
    java.util.Set<String> exactOnly) {

  public Learned {
    Objects.requireNonNull(name, "name");
    findings = List.copyOf(findings);
    Objects.requireNonNull(profile, "profile");
    entities = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(entities));
    exactOnly = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(exactOnly));
  }

  /** The learned findings of one kind, in order. */
  public List<Finding> learned(Finding.Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind && f.learned()).toList();
  }

  /** True when nothing was learned: no alias, keep or context word, and an empty profile. */
  public boolean isEmpty() {
    return findings.stream().noneMatch(Finding::learned) && profile.isEmpty();
  }
}
