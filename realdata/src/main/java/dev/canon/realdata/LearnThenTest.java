package dev.canon.realdata;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.learn.Finding;
import dev.canon.learn.Learned;
import dev.canon.learn.LearnedYaml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** What the learn-then-test runners share: the learned file as a dictionary, and its profile alone. */
final class LearnThenTest {

  private LearnThenTest() {}

  /** The learned file exactly as {@code canon learn -o} writes it, loaded back. */
  static Dictionary load(Learned learned) {
    return DictionaryLoader.defaults().load("learned.yaml", LearnedYaml.write(learned).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Only the {@code profile:} of a learned dictionary (no aliases, keep or context words), to show
   * what the engine profile does on names never corrected.
   */
  static Dictionary profileOnly(Dictionary learned) {
    return new Dictionary(learned.name() + "-profile", List.of(), List.of(), List.of(), learned.source(),
        learned.fingerprint(), Optional.empty(), List.of(), List.of(), List.of(), learned.profile());
  }

  /** One line on what was learned. */
  static String summary(Learned learned) {
    int names = learned.learned(Finding.Kind.NAME).size();
    return (names > 0 ? names + " new names, " : "") + learned.learned(Finding.Kind.ALIAS).size() + " aliases, " + learned.learned(Finding.Kind.KEEP).size()
        + " keep words, " + learned.learned(Finding.Kind.CONTEXT).size() + " context words, profile of "
        + learned.profile().confusions(dev.canon.dictionary.Profile.Part.SYLLABLES).size() + " syllable, "
        + learned.profile().confusions(dev.canon.dictionary.Profile.Part.INITIALS).size() + " initial, "
        + learned.profile().confusions(dev.canon.dictionary.Profile.Part.FINALS).size() + " final, "
        + learned.profile().confusions(dev.canon.dictionary.Profile.Part.TONES).size() + " tone and "
        + learned.profile().confusions(dev.canon.dictionary.Profile.Part.LETTERS).size() + " letter-group confusions";
  }
}
