package dev.canon.realdata;

import com.google.common.collect.Multiset;
import com.google.common.collect.TreeMultiset;
import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import dev.canon.result.Edit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each data set's human references, corrected with the same names list as its ASR output: the
 * in-domain clean prose of that list (a call, a news read, a navigation request as a person
 * wrote it). Every edit there is a false positive unless the reference itself is wrong. Edits
 * are split as in {@link CleanProseMain}: house style (case, width, spaces, hyphens) apart, every
 * other edit listed. A document is what the ASR runner corrects as one: a whole Earnings-21 call,
 * one AISHELL or CATSLU utterance.
 *
 * <pre>
 * java -cp ... dev.canon.realdata.ReferencesMain --data REALDATA [--split dev|test|all] [--out report.md]
 * </pre>
 */
public final class ReferencesMain {

  private static final String USAGE = "usage: ReferencesMain --data REALDATA [--split dev|test|all] [--out report.md]";

  private ReferencesMain() {}

  /** Entry point; exits 2 on bad usage. */
  public static void main(String[] argv) throws IOException {
    Args args;
    Splits.Split split;
    try {
      args = new Args(argv, Set.of("--data", "--split", "--out"), Set.of());
      args.require("--data");
      split = Splits.Split.parse(args.get("--split", "dev"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Map<String, CleanProseMain.Result> results = run(Path.of(args.require("--data")), split);
    StringBuilder report = new StringBuilder();
    results.forEach((name, r) -> {
      System.out.println(name + ": " + r.summary());
      report.append(r.report()).append('\n');
    });
    String out = args.get("--out", null);
    if (out != null) {
      Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
    }
  }

  /** The references of each data set under {@code root} that is there, corrected with its names list. */
  static Map<String, CleanProseMain.Result> run(Path root, Splits.Split split) throws IOException {
    Map<String, CleanProseMain.Result> out = new LinkedHashMap<>();
    Path earnings = root.resolve("earnings21");
    if (Files.isDirectory(earnings)) {
      Earnings21Data folder = new Earnings21Data(earnings);
      List<Reference> refs = folder.references();
      List<Reference> inSplit = refs.stream().filter(r -> split.includes(Splits.earnings21Test(r.id()))).toList();
      for (String list : List.of("oracle", "reference")) {
        Dictionary d = NameDictionary.build("earnings21-" + list, folder.names(list, inSplit), refs);
        List<String[]> docs = inSplit.stream().map(r -> new String[] {r.id(), r.text()}).toList();
        out.put("earnings21 " + list + " list, references (" + split + ")",
            correct("Canon on the Earnings-21 references (" + split + "), " + list + " list", d, docs));
      }
    }
    Path aishell = root.resolve("aishell_conformer");
    if (Files.isDirectory(aishell)) {
      Map<String, String> types = AishellData.types(aishell);
      Dictionary d = NameDictionary.asListed("aishell-ner", AishellData.names(aishell),
          n -> types.getOrDefault(n, "name"));
      List<String[]> docs = new ArrayList<>();
      AishellData.utterances(aishell.resolve("ref.txt")).forEach((id, text) -> {
        if (split.includes(Splits.aishellTest(id))) {
          docs.add(new String[] {id, text});
        }
      });
      out.put("aishell references (" + split + ")",
          correct("Canon on the AISHELL-1 references (" + split + "), AISHELL-NER names", d, docs));
    }
    Path catslu = root.resolve("catslu");
    if (Files.isDirectory(catslu)) {
      List<String> names = Files.readAllLines(catslu.resolve("lexicon/poi_name.txt"), StandardCharsets.UTF_8);
      Dictionary d = NameDictionary.asListed("catslu-poi", names, "poi");
      List<String[]> docs = new ArrayList<>();
      for (CatsluData.Utterance u : CatsluData.read(catslu.resolve("train.json"), split)) {
        docs.add(new String[] {u.id(), CatsluData.stripMarks(u.manual())});
      }
      out.put("catslu references (" + split + ")",
          correct("Canon on the CATSLU manual transcripts (" + split + "), place names", d, docs));
    }
    return out;
  }

  /** Corrects each {@code {id, text}} document with {@code dictionary} alone. */
  private static CleanProseMain.Result correct(String title, Dictionary dictionary, List<String[]> docs) {
    Corrector corrector = Corrector.builder().add(dictionary).build();
    Multiset<String> houseStyle = TreeMultiset.create();
    List<String> others = new ArrayList<>();
    long chars = 0;
    for (String[] doc : docs) {
      String text = doc[1];
      chars += text.length();
      for (Edit e : corrector.correct(text).edits()) {
        CleanProseMain.sort(e, text, doc[0], houseStyle, others);
      }
    }
    return new CleanProseMain.Result(title, docs.size(), chars, docs.size(), houseStyle, others);
  }
}
