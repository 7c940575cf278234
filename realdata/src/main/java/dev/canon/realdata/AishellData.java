package dev.canon.realdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the AISHELL-1 Conformer folder: {@code hyp.txt} and {@code ref.txt} ({@code uttid text}
 * a line), {@code entities.txt} (one name a line) and {@code entities.json} (type → names), and,
 * optionally, an AISHELL-NER transcript whose marks ({@code [..]} person, {@code (..)} place,
 * {@code <..>} organisation) give each utterance's name occurrences.
 */
final class AishellData {

  private static final Pattern MARK = Pattern.compile("\\[([^\\]]*)]|\\(([^)]*)\\)|<([^>]*)>");
  private static final String[] MARK_TYPES = {"per", "loc", "org"};

  /**
   * One name occurrence in a reference: chars {@code [start, end)} of the unmarked text.
   *
   * @param type {@code per}, {@code loc}, {@code org}, or the list's type when found by matching
   */
  record Occurrence(int start, int end, String name, String type) {}

  private AishellData() {}

  /** {@code uttid text} lines, in file order; the text after the first run of whitespace. */
  static Map<String, String> utterances(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    int line = 0;
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      String s = l.strip();
      if (s.isEmpty()) {
        continue;
      }
      String[] parts = s.split("\\s+", 2);
      if (out.put(parts[0], parts.length > 1 ? parts[1].replaceAll("\\s+", "") : "") != null) {
        throw new IllegalArgumentException(file + ":" + line + ": utterance " + parts[0] + " appears twice");
      }
    }
    return out;
  }

  /** The names of {@code entities.txt}, stripped, in file order. */
  static List<String> names(Path dir) throws IOException {
    return Files.readAllLines(dir.resolve("entities.txt"), StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Name → lower-cased type key of {@code entities.json} ({@code per}, {@code loc}, {@code org}); first wins. */
  static Map<String, String> types(Path dir) throws IOException {
    Map<String, String> types = new LinkedHashMap<>();
    Path json = dir.resolve("entities.json");
    if (!Files.exists(json)) {
      return types;
    }
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    root.fields().forEachRemaining(e -> e.getValue().forEach(
        n -> types.putIfAbsent(n.asText().strip(), e.getKey().toLowerCase(Locale.ROOT))));
    return types;
  }

  /**
   * The occurrences marked in an AISHELL-NER transcript line, with offsets into the line
   * without its marks.
   */
  static List<Occurrence> marked(String line) {
    List<Occurrence> out = new ArrayList<>();
    Matcher m = MARK.matcher(line);
    int removed = 0;
    while (m.find()) {
      for (int g = 1; g <= 3; g++) {
        if (m.group(g) != null) {
          int start = m.start() - removed;
          out.add(new Occurrence(start, start + m.group(g).length(), m.group(g), MARK_TYPES[g - 1]));
        }
      }
      removed += 2;
    }
    return out;
  }

  /** An AISHELL-NER transcript line without its marks. */
  static String unmarked(String line) {
    return MARK.matcher(line).replaceAll("$1$2$3");
  }

  /**
   * The occurrences of listed names in {@code text}, leftmost first and, at one start, the
   * longest; occurrences do not overlap.
   */
  static List<Occurrence> matched(String text, List<String> names, Map<String, String> types) {
    Map<Character, List<String>> byFirst = new LinkedHashMap<>();
    names.stream().filter(n -> !n.isEmpty()).sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(n -> byFirst.computeIfAbsent(n.charAt(0), c -> new ArrayList<>()).add(n));
    List<Occurrence> out = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      String found = null;
      for (String name : byFirst.getOrDefault(text.charAt(i), List.of())) {
        if (text.startsWith(name, i)) {
          found = name;
          break;
        }
      }
      if (found == null) {
        i++;
      } else {
        out.add(new Occurrence(i, i + found.length(), found, types.getOrDefault(found, "name")));
        i += found.length();
      }
    }
    return out;
  }
}
