package dev.canon.eval;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import dev.canon.phonetic.PinyinReader;
import dev.canon.phonetic.PinyinTable;
import dev.canon.phonetic.Syllables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads every Chinese run (maximal run of {@link PinyinReader#isReadable} code points) of some
 * texts two ways, {@link PinyinTable} and {@link PinyinReader} against HanLP's segmenting
 * converter, and counts the runs, chars and differences (in HanLP's readings, syllable ids or
 * tones). Proves the table reader equal on the texts given.
 */
public final class PinyinCheck {

  /** What is read as text when a folder is walked: the extensions of text files. */
  static final Set<String> TEXT = Set.of("txt", "jsonl", "json", "yaml", "yml", "tsv", "csv", "srt", "vtt",
      "md", "java", "html", "js", "properties", "ref", "hyp");

  private long runs;
  private long chars;
  private long files;
  private final List<String> differences = new ArrayList<>();

  /** Compares every Chinese run of {@code text}; {@code where} names it in a difference. */
  public void add(String where, String text) {
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && PinyinReader.isReadable(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      if (end > i) {
        compare(where, text.substring(i, end));
        i = end;
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
  }

  /** Compares every text file under {@code root} (a file or a folder; build output and .git skipped). */
  public void addFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        boolean skipped = root.relativize(p).toString().matches("(.*/)?(target|\\.git|node_modules)/.*");
        if (!skipped && (TEXT.contains(ext) || p.equals(root))) {
          String text = utf8(Files.readAllBytes(p));
          if (text != null) {
            files++;
            add(p.toString(), text);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void compare(String where, String run) {
    runs++;
    chars += run.length();
    List<Pinyin> hanlp = HanLP.convertToPinyinList(run);
    List<Pinyin> table = PinyinTable.convert(run);
    int[] ids = PinyinReader.readIds(run);
    int[] tones = PinyinReader.readTones(run);
    if (!hanlp.equals(table) || !Arrays.equals(ids, hanlpIds(run, hanlp)) || !Arrays.equals(tones, hanlpTones(run, hanlp))) {
      differences.add(where + ": " + run + " hanlp=" + hanlp + " table=" + table);
    }
  }

  /** What {@code PinyinReader.readIds} returned before the table: HanLP's list mapped per code point. */
  static int[] hanlpIds(String run, List<Pinyin> han) {
    int[] out = new int[run.codePointCount(0, run.length())];
    for (int i = 0, k = 0; i < run.length(); k++) {
      int cp = run.codePointAt(i);
      out[k] = cp >= '0' && cp <= '9' ? Syllables.id(DIGITS[cp - '0'])
          : i < han.size() ? Syllables.id(name(han.get(i))) : Syllables.NONE;
      i += Character.charCount(cp);
    }
    return out;
  }

  /** What {@code PinyinReader.readTones} returned before the table. */
  static int[] hanlpTones(String run, List<Pinyin> han) {
    int[] out = new int[run.codePointCount(0, run.length())];
    for (int i = 0, k = 0; i < run.length(); k++) {
      int cp = run.codePointAt(i);
      if (cp >= '0' && cp <= '9') {
        out[k] = DIGIT_TONES[cp - '0'];
      } else if (i < han.size() && han.get(i) != Pinyin.none5) {
        out[k] = han.get(i).getTone();
      }
      i += Character.charCount(cp);
    }
    return out;
  }

  private static String name(Pinyin p) {
    return p == Pinyin.none5 ? "" : p.getPinyinWithoutTone().replace('ü', 'v');
  }

  private static final String[] DIGITS = {"ling", "yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu"};
  private static final int[] DIGIT_TONES = {2, 1, 4, 1, 4, 3, 4, 1, 1, 3};

  private static String utf8(byte[] bytes) {
    try {
      return dev.canon.formats.Utf8.decode(bytes);
    } catch (dev.canon.formats.Utf8.Invalid e) {
      return null; // not a UTF-8 text file
    }
  }


  public long runs() {
    return runs;
  }

  public long chars() {
    return chars;
  }

  public long files() {
    return files;
  }

  public List<String> differences() {
    return List.copyOf(differences);
  }
}
