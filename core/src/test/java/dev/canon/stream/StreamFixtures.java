package dev.canon.stream;

import dev.canon.CorrectionAssert;
import dev.canon.Corrector;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.result.Correction;
import java.util.ArrayList;
import java.util.List;

/** The corrector and helpers the streaming tests share. */
final class StreamFixtures {

  private StreamFixtures() {}

  /** A corrector over the ~50-entity CJK and Latin test dictionary {@code reliability/mixed.yaml}. */
  static final Corrector MIXED = Corrector.builder()
      .add(DictionaryLoader.defaults().loadResource("reliability/mixed.yaml", StreamFixtures.class.getClassLoader()))
      .build();

  /** Feeds the partials then the final text to a new session; returns every answer, the final last. */
  static List<StreamAnswer> replay(StreamingCorrector streaming, List<String> partials, String last) {
    StreamSession session = streaming.open();
    List<StreamAnswer> answers = new ArrayList<>();
    for (String p : partials) {
      answers.add(valid(session.partial(p)));
    }
    answers.add(valid(session.finalize(last)));
    return answers;
  }

  /** Checks an answer the way every correction is checked: spans, surfaces, edits give the text. */
  static StreamAnswer valid(StreamAnswer a) {
    CorrectionAssert.valid(new Correction(a.original(), a.corrected(), a.mentions(), a.edits()));
    return a;
  }

  /**
   * True when the sequence keeps the input contract: each hypothesis (the final one included)
   * starts with every earlier one minus its revisable tail.
   */
  static boolean keepsContract(List<String> hypotheses, int tokens) {
    for (int i = 0; i < hypotheses.size(); i++) {
      String h = hypotheses.get(i);
      String kept = h.substring(0, StreamingCorrector.revisableFrom(h, tokens));
      for (int j = i + 1; j < hypotheses.size(); j++) {
        if (!hypotheses.get(j).startsWith(kept)) {
          return false;
        }
      }
    }
    return true;
  }
}
