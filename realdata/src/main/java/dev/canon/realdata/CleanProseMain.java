package dev.canon.realdata;

import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import com.google.common.collect.TreeMultiset;
import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.Dictionary;
import dev.canon.result.Correction;
import dev.canon.result.Edit;
import dev.canon.text.NormalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The bundled dictionaries on published, human-edited prose of the same field (the CodeFuse docs
 * of {@code realdata/clean}, one paragraph a line): every edit there is a false positive unless
 * the prose itself is wrong. Edits are split in two: <em>house style</em>, where the replacement
 * differs from what was written only in case, width, spaces or hyphens ({@code Codefuse} →
 * CodeFuse, {@code flash attention} → FlashAttention: the dictionary's spelling, not another
 * word), counted apart; and <em>other</em> edits, each listed for review, which are corruptions
 * unless the review finds the prose wrong.
 *
 * <pre>
 * java -cp ... dev.canon.realdata.CleanProseMain --data PATH/clean [--names-only] [--out report.md]
 * </pre>
 */
public final class CleanProseMain {

  private static final String USAGE = "usage: CleanProseMain --data PATH [--names-only] [--out report.md]";

  private CleanProseMain() {}

  /** Entry point; exits 2 on bad usage. */
  public static void main(String[] argv) throws IOException {
    Args args;
    try {
      args = new Args(argv, Set.of("--data", "--out"), Set.of("--names-only"));
      args.require("--data");
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Result r = run(Path.of(args.require("--data")), args.has("--names-only"), BundledDictionaries.load());
    System.out.print(r.report());
    String out = args.get("--out", null);
    if (out != null) {
      Files.writeString(Path.of(out), r.report(), StandardCharsets.UTF_8);
    }
  }

  /** What the run found: chars read, house-style edits, and the other edits with where they are. */
  record Result(String title, int files, long chars, long lines, Multiset<String> houseStyle, List<String> others) {

    /** The summary line of {@link RealdataMain}'s table: edits, house style, others. */
    String summary() {
      return String.format(java.util.Locale.ROOT, "%d chars, %d edits: %d house style, %d other",
          chars, houseStyle.size() + others.size(), houseStyle.size(), others.size());
    }

    String report() {
      StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
      String read = files == lines ? files + " documents" : files + " files, " + lines + " paragraphs";
      out.append(String.format(java.util.Locale.ROOT, "%s, %d chars. Edits: %d, of which"
          + " %d house style (case, width, spaces or hyphens only) and %d other.%n%n",
          read, chars, houseStyle.size() + others.size(), houseStyle.size(), others.size()));
      out.append("## Other edits (all, for review)\n\n| file:line | from -> to | around |\n| --- | --- | --- |\n");
      if (others.isEmpty()) {
        out.append("| | none | |\n");
      }
      others.forEach(o -> out.append(o).append('\n'));
      out.append("\n## House style (by count)\n\n| count | from -> to |\n| ---: | --- |\n");
      for (Multiset.Entry<String> e : Multisets.copyHighestCountFirst(houseStyle).entrySet()) {
        out.append("| ").append(e.getCount()).append(" | ").append(e.getElement()).append(" |\n");
      }
      return out.toString();
    }
  }

  /** Corrects every line of every {@code .txt} file under {@code data} with {@code dictionaries}. */
  static Result run(Path data, boolean namesOnly, List<Dictionary> dictionaries) throws IOException {
    return run(data, ".txt", false, "Canon on in-domain clean prose, bundled dictionaries", namesOnly, dictionaries);
  }

  /**
   * Corrects the files under {@code data} whose names end with {@code suffix}: line by line, or
   * each file as one document ({@code whole}), as a transcript is corrected, so that the
   * document's evidence (a name said earlier, other names around) is in play as it is there.
   */
  static Result run(Path data, String suffix, boolean whole, String title, boolean namesOnly,
      List<Dictionary> dictionaries) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(data)) {
      files = s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no " + suffix + " file under " + data);
    }
    Corrector corrector = Corrector.builder().addAll(namesOnly ? NamesOnly.of(dictionaries) : dictionaries).build();
    Multiset<String> houseStyle = TreeMultiset.create();
    List<String> others = new ArrayList<>();
    long chars = 0;
    long lines = 0;
    for (Path file : files) {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      List<String> units = whole ? List.of(content) : content.lines().toList();
      lines += whole ? content.lines().count() : units.size();
      int unitLine = 1;
      for (String unit : units) {
        chars += unit.length();
        Correction c = corrector.correct(unit);
        for (Edit e : c.edits()) {
          long line = unitLine + unit.substring(0, e.span().start()).chars().filter(ch -> ch == '\n').count();
          sort(e, unit, data.relativize(file) + ":" + line, houseStyle, others);
        }
        unitLine++;
      }
    }
    return new Result(title + (namesOnly ? ", names only" : ""), files.size(), chars, lines, houseStyle, others);
  }

  /**
   * Counts an edit of {@code text} as house style (only case, width, spaces or hyphens change),
   * or lists it among the others as a table row: where, the change, and the text around it.
   */
  static void sort(Edit e, String text, String where, Multiset<String> houseStyle, List<String> others) {
    String change = "`" + e.from() + "` -> `" + e.to() + "`";
    if (NormalizedText.normalize(e.from()).equals(NormalizedText.normalize(e.to()))) {
      houseStyle.add(change);
      return;
    }
    int from = Math.max(0, e.span().start() - 40);
    int to = Math.min(text.length(), e.span().end() + 40);
    others.add("| " + where + " | " + change + " | "
        + text.substring(from, to).replace('|', '/').replace('`', '\'').replace('\n', ' ') + " |");
  }
}
