package dev.canon.realdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads CATSLU MAP-domain dialogues: a JSON array of dialogues, each an array of turns
 * {@code {utt_id, manual_transcript, asr_1best, semantic: [[act, slot, value], ...]}}.
 */
public final class CatsluData {

  private CatsluData() {}

  /**
   * One turn.
   *
   * @param id {@code <dialogue>-<utt_id>}, 1-based dialogue number
   * @param manual the human transcript without annotation marks (see {@link #stripMarks})
   * @param asr the recognizer's 1-best
   * @param places the distinct values of place slots that occur in {@code manual}, ignoring case
   */
  public record Utterance(String id, String manual, String asr, List<String> places) {
    public Utterance {
      places = List.copyOf(places);
    }
  }

  /**
   * Whether a slot holds a place name: the slots the CATSLU ontology fills from
   * {@code poi_name.txt} ({@code poi名称}, {@code 终点名称}, {@code 起点修饰}, {@code 途经点名称}, ...).
   */
  public static boolean isPlaceSlot(String slot) {
    return slot.startsWith("poi") || slot.startsWith("起点") || slot.startsWith("终点") || slot.startsWith("途经点");
  }

  /**
   * The manual transcript without its annotation marks ({@code (unknown)}, {@code (side)},
   * {@code (dialect)}, {@code (robot)}, {@code (noise)}), which no recognizer writes.
   */
  public static String stripMarks(String manual) {
    return manual.replaceAll("\\([a-z]+\\)", "");
  }

  /** Reads a file; see {@link #parse(JsonNode, Splits.Split)}. */
  public static List<Utterance> read(Path file, Splits.Split split) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(new ObjectMapper().readTree(in), split);
    }
  }

  /** The turns of all dialogues, in file order. */
  public static List<Utterance> parse(JsonNode dialogues) {
    return parse(dialogues, Splits.Split.ALL);
  }

  /**
   * The turns of the dialogues of one split ({@link Splits#catsluTest}), in file order; ids keep
   * the dialogue's position in the whole file.
   */
  public static List<Utterance> parse(JsonNode dialogues, Splits.Split split) {
    List<Utterance> out = new ArrayList<>();
    int d = 0;
    for (JsonNode dialogue : dialogues) {
      d++;
      List<String> manuals = new ArrayList<>();
      dialogue.forEach(turn -> manuals.add(turn.path("manual_transcript").asText("")));
      if (!split.includes(Splits.catsluTest(manuals))) {
        continue;
      }
      for (JsonNode turn : dialogue) {
        String manual = stripMarks(turn.path("manual_transcript").asText(""));
        Set<String> places = new LinkedHashSet<>();
        for (JsonNode triple : turn.path("semantic")) {
          String slot = triple.path(1).asText("");
          String value = triple.path(2).asText("");
          boolean inManual = UtteranceScorer.lower(manual).contains(UtteranceScorer.lower(value));
          if (isPlaceSlot(slot) && !value.isEmpty() && inManual) {
            places.add(value);
          }
        }
        out.add(new Utterance(d + "-" + turn.path("utt_id").asText(""), manual,
            turn.path("asr_1best").asText(""), new ArrayList<>(places)));
      }
    }
    return out;
  }
}
