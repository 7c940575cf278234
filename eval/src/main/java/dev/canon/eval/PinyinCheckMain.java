package dev.canon.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runner, not a test: {@link PinyinCheck} over the text files under the paths given (for instance
 * a folder of real ASR transcripts, see realdata/README.md), printing the runs and chars compared and every difference.
 * Exit status 1 if any run reads differently, 2 on a usage error.
 */
public final class PinyinCheckMain {

  private PinyinCheckMain() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: PinyinCheckMain <file or folder>...  (reads every text file under them)");
      System.exit(2);
    }
    PinyinCheck check = new PinyinCheck();
    for (String a : args) {
      Path p = Path.of(a);
      if (!Files.exists(p)) {
        System.err.println("no such file or folder: " + a);
        System.exit(2);
      }
      check.addFiles(p);
    }
    check.differences().forEach(System.out::println);
    System.out.printf(Locale.ROOT, "files=%d runs=%d chars=%d differences=%d%n",
        check.files(), check.runs(), check.chars(), check.differences().size());
    System.exit(check.differences().isEmpty() ? 0 : 1);
  }
}
