package dev.canon.lexicon;

import dev.canon.candidate.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Everyday English words: the 63,875 lower-case entries of SCOWL's American English list (size
 * 50, as Debian's wamerican ships it; licence in {@code english-words.NOTICE}). Proper names are
 * capitalized in that list and left out, so {@code Gemini} or {@code Claude} are not "everyday"
 * while {@code llama}, {@code gecko} and {@code version} are. Loaded once; immutable, thread-safe.
 */
public final class EnglishWords implements Lexicon {

  private static final String RESOURCE = "/dev/canon/lexicon/english-words.txt";
  private static final String NAMES = "/dev/canon/lexicon/english-names.txt";

  private static final class Holder {
    static final EnglishWords INSTANCE = new EnglishWords(load(RESOURCE), load(NAMES));
  }

  private final Set<String> words;
  private final Set<String> names;

  private EnglishWords(Set<String> words, Set<String> names) {
    this.words = words;
    this.names = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The shared instance, loaded on first use (about 60k words, a few MB of heap). */
  public static EnglishWords instance() {
    return Holder.INSTANCE;
  }

  @Override
  public boolean isCommonWord(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The 10,033 capitalized single-word entries of the same list: names of people and places. */
  @Override
  public boolean isName(String word) {
    return names.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load(String resource) {
    try (InputStream in = EnglishWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("canon-core is missing " + resource);
      }
      Set<String> out = new HashSet<>(100_000);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          out.add(line);
        }
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
