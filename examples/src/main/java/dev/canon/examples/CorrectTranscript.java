package dev.canon.examples;

import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.result.Correction;
import dev.canon.result.Mention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The smallest useful program on canon-core: corrects a transcript file with the bundled
 * dictionaries (plus any YAML files given after it) and prints the mentions and the diff.
 *
 * <pre>mvn -q -pl examples exec:java -Dexec.args="golden/seed/input.txt"</pre>
 *
 * (exec:java runs in the examples folder, after {@code mvn install} of Canon.)
 */
public final class CorrectTranscript {

  private CorrectTranscript() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: CorrectTranscript FILE [DICT.yaml...]");
      System.exit(2);
    }
    Corrector.Builder builder = Corrector.builder().addAll(BundledDictionaries.load());
    for (int i = 1; i < args.length; i++) {
      builder.add(DictionaryLoader.defaults().load(Path.of(args[i])));
    }
    Corrector corrector = builder.build();
    Correction c = corrector.correct(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    for (Mention m : c.mentions()) {
      if (m.changed()) {
        System.out.printf("%s  %-28s -> %-28s %s %.2f%n", m.span(), m.surface(), m.canonical(),
            m.method().jsonName(), m.score());
      }
    }
    System.out.println();
    System.out.print(c.unifiedDiff());
  }
}
