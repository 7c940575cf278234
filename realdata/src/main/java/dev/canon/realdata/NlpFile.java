package dev.canon.realdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Earnings-21 {@code .nlp} files: a header line naming pipe-separated columns
 * ({@code token|speaker|ts|endTs|punctuation|case|tags[|wer_tags]}), then one token a line.
 * Columns are found by their header name, so hypothesis files (no {@code wer_tags}) read too.
 */
public final class NlpFile {

  private NlpFile() {}

  /**
   * One token line.
   *
   * @param token the word as written, e.g. {@code Monro}
   * @param punctuation what follows it without a space, e.g. {@code ","}; may be empty
   * @param werTags entity ids of {@code wer_tags}, e.g. {@code ["0", "6"]}; empty when none
   */
  public record Token(String token, String punctuation, List<String> werTags) {
    public Token {
      werTags = List.copyOf(werTags);
    }
  }

  /** Reads a file; see {@link #parse}. */
  public static List<Token> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Parses the lines of one file, header first.
   *
   * @throws IllegalArgumentException when the header has no {@code token} column, naming the source
   */
  public static List<Token> parse(List<String> lines, String source) {
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> header = Arrays.asList(lines.get(0).split("\\|", -1));
    int token = header.indexOf("token");
    int punct = header.indexOf("punctuation");
    int tags = header.indexOf("wer_tags");
    if (token < 0) {
      throw new IllegalArgumentException(source + ":1: header has no 'token' column: " + lines.get(0));
    }
    List<Token> out = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\\|", -1);
      if (cols.length <= token || cols[token].isBlank()) {
        continue;
      }
      out.add(new Token(cols[token].strip(), column(cols, punct), tagIds(column(cols, tags))));
    }
    return out;
  }

  /**
   * The text of a transcript as an engine would print it: tokens joined by single spaces, each
   * followed by its punctuation.
   */
  public static String text(List<Token> tokens) {
    StringBuilder text = new StringBuilder();
    for (Token t : tokens) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(t.token()).append(t.punctuation());
    }
    return text.toString();
  }

  private static String column(String[] cols, int index) {
    return index >= 0 && index < cols.length ? cols[index].strip() : "";
  }

  /** {@code "['0', '1', '6']"} → {@code [0, 1, 6]}. */
  static List<String> tagIds(String cell) {
    List<String> ids = new ArrayList<>();
    for (String part : cell.replace("[", "").replace("]", "").split(",")) {
      String id = part.strip().replace("'", "").replace("\"", "");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }
}
