package dev.canon.bench;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic, varied corpus of mixed Chinese and English documents: real prose (the
 * project's clean-prose files and the seed transcript) cut into sentences, shuffled with a fixed
 * seed, with a mention of a dictionary entity (its canonical name, an alias, or a one-letter
 * slip) inserted into every third sentence. Documents are about {@link #DOCUMENT_CHARS} chars.
 */
public final class Corpus {

  public static final int DOCUMENT_CHARS = 2_000;

  private final List<String> documents;
  private final long utf8Bytes;

  private Corpus(List<String> documents) {
    this.documents = List.copyOf(documents);
    long bytes = 0;
    for (String d : documents) {
      bytes += d.getBytes(StandardCharsets.UTF_8).length;
    }
    this.utf8Bytes = bytes;
  }

  /** Builds about {@code totalChars} of documents from the prose files, mentioning {@code dictionary}. */
  public static Corpus build(List<Path> proseFiles, Dictionary dictionary, int totalChars, long seed) {
    List<String> sentences = new ArrayList<>();
    for (Path p : proseFiles) {
      try {
        split(Files.readString(p, StandardCharsets.UTF_8), sentences);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no prose in " + proseFiles);
    }
    Random random = new Random(seed);
    List<Entity> entities = dictionary.entities();
    List<String> documents = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    int total = 0;
    int i = 0;
    while (total < totalChars) {
      String sentence = sentences.get(random.nextInt(sentences.size()));
      if (i++ % 3 == 0 && !entities.isEmpty()) {
        sentence = mention(sentence, entities.get(random.nextInt(entities.size())), random);
      }
      doc.append(sentence);
      if (doc.length() >= DOCUMENT_CHARS) {
        documents.add(doc.toString());
        total += doc.length();
        doc.setLength(0);
      }
    }
    return new Corpus(documents);
  }

  private static String mention(String sentence, Entity e, Random random) {
    String name;
    int kind = random.nextInt(3);
    if (kind == 1 && !e.aliases().isEmpty()) {
      name = e.aliases().get(0);
    } else if (kind == 2 && e.canonical().length() > 4) {
      int at = 1 + random.nextInt(e.canonical().length() - 2);
      name = e.canonical().substring(0, at) + e.canonical().substring(at + 1);
    } else {
      name = e.canonical();
    }
    int at = sentence.indexOf(' ', sentence.length() / 2);
    if (at < 0) {
      at = sentence.length() / 2;
    }
    return sentence.substring(0, at) + " " + name + " " + sentence.substring(at);
  }

  private static void split(String text, List<String> out) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '\n' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
        String s = text.substring(start, i + 1).strip();
        if (s.length() >= 8) {
          out.add(s + (c == '\n' ? "\n" : " "));
        }
        start = i + 1;
      }
    }
  }

  public List<String> documents() {
    return documents;
  }

  /** Size in UTF-8 bytes, for MB/s. */
  public long utf8Bytes() {
    return utf8Bytes;
  }
}
