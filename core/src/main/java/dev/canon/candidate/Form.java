package dev.canon.candidate;

/**
 * One spelling of an entity as the matchers see it.
 *
 * @param target the entity it names
 * @param text the spelling as written in the dictionary
 * @param normalized the spelling after {@link dev.canon.text.NormalizedText#normalize}
 * @param kind canonical, alias or synonym
 */
public record Form(Target target, String text, String normalized, Kind kind) {

  /** The role of a spelling in its entity. */
  public enum Kind {
    CANONICAL,
    ALIAS,
    SYNONYM
  }

  /**
   * What a match of this form is rewritten to: aliases and the canonical become the canonical,
   * synonyms keep their own spelling (they are legitimate names, linked but never rewritten into
   * another name).
   */
  public String rewriteTo() {
    return kind == Kind.SYNONYM ? text : target.entity().canonical();
  }
}
