package dev.canon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI as another program sees it: a real process on pipes. The timeouts are generous on
 * purpose; these tests check that something happens at all, not how fast.
 */
class CorrectProcessTest {

  private static final long PATIENCE_SECONDS = 60;

  @ParameterizedTest(name = "--threads {0}")
  @ValueSource(strings = {"1", "2"})
  void jsonl_oneRecordAtATime_eachAnswerArrivesBeforeTheNextIsSent(String threads, @TempDir Path dir)
      throws Exception {
    Path dict = CanonProcess.smallDictionary(dir);
    Process p = CanonProcess.builder("correct", "--no-default-dict", "--dict", dict.toString(),
            "--input-format", "jsonl", "--format", "jsonl", "--quiet", "--threads", threads)
        .redirectError(dir.resolve("err.txt").toFile()).start();
    ExecutorService reading = Executors.newSingleThreadExecutor();
    Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    try {
      for (int i = 0; i < 20; i++) {
        in.write("{\"id\":" + i + ",\"text\":\"第" + i + "行 CodeFus\"}\n");
        in.flush();
        Future<String> answer = reading.submit(out::readLine);
        String line = answer.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertTrue(line.startsWith("{\"id\":" + i + ",") && line.contains("CodeFuse"), line);
      }
      in.close();
      assertTrue(p.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
    } finally {
      p.destroyForcibly(); // first: a reader blocked on its output returns, then the streams close
      reading.shutdownNow();
    }
  }

  @Test
  void devStdin_readLikeAFile(@TempDir Path dir) throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/stdin")), "no /dev/stdin on this system");
    Path dict = CanonProcess.smallDictionary(dir);
    Process p = CanonProcess.builder("correct", "--no-default-dict", "--dict", dict.toString(), "--quiet", "/dev/stdin")
        .redirectError(dir.resolve("err.txt").toFile()).start();
    try {
      try (OutputStream in = p.getOutputStream()) {
        in.write("阿里云的同意0码 and CodeFus\n".getBytes(StandardCharsets.UTF_8));
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
      assertEquals("阿里云的通义灵码 and CodeFuse\n", out);
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void namedPipe_readLikeAFile(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.srt");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "mkfifo is not available");
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, CorrectOutputTest.SRT, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    CliRun run = CliRun.run("", "correct", "--quiet", fifo.toString());
    writer.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
    assertEquals(0, run.exit(), run.err());
    assertEquals(CorrectOutputTest.SRT.replace("CodeFus", "CodeFuse"), run.out(), "read as SRT, from its name");
  }

  @Test
  void inPlace_killedAtAnyMoment_leavesTheOldOrTheNewFileNeverAPartOne(@TempDir Path dir) throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 600_000; i++) {
      text.append("第").append(i).append("段：阿里云的同意0码和蚂蚁的CodeFus, and some English words here.\n");
    }
    String old = text.toString();
    Path dict = CanonProcess.smallDictionary(dir);
    Path work = Files.createDirectories(dir.resolve("work"));
    Path file = work.resolve("talk.txt");
    Path copy = Files.writeString(dir.resolve("talk.txt"), old, StandardCharsets.UTF_8);
    CliRun full = CliRun.run("", "correct", "--no-default-dict", "--dict", dict.toString(), "--quiet", "--in-place",
        copy.toString());
    assertEquals(0, full.exit(), full.err());
    String corrected = Files.readString(copy, StandardCharsets.UTF_8);
    assertTrue(!corrected.equals(old) && corrected.contains("通义灵码"));
    int killedWhileWriting = 0;
    for (int delayMillis : List.of(0, 2, 50)) {
      Files.writeString(file, old, StandardCharsets.UTF_8);
      Process p = CanonProcess.builder("correct", "--no-default-dict", "--dict", dict.toString(), "--quiet",
          "--in-place", file.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
      boolean writing = false;
      while (p.isAlive() && System.nanoTime() < deadline && !(writing = temporaryFileWritten(work))) {
        Thread.onSpinWait();
      }
      if (delayMillis > 0) {
        Thread.sleep(delayMillis);
      }
      p.destroyForcibly();
      assertTrue(p.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS));
      String now = Files.readString(file, StandardCharsets.UTF_8);
      killedWhileWriting += writing && now.equals(old) ? 1 : 0;
      assertTrue(now.equals(old) || now.equals(corrected),
          "killed " + delayMillis + " ms into the write: " + now.length() + " chars, neither old nor new");
      try (Stream<Path> leftovers = Files.list(work)) {
        leftovers.filter(f -> !f.equals(file)).forEach(f -> f.toFile().delete());
      }
    }
    assertTrue(killedWhileWriting > 0, "never killed the process while it wrote its temporary file");
  }

  /** True once a temporary file beside talk.txt has some bytes in it: the new content is being written. */
  private static boolean temporaryFileWritten(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> {
        try {
          return !f.getFileName().toString().equals("talk.txt") && Files.size(f) > 0;
        } catch (IOException e) {
          return false; // renamed away meanwhile
        }
      });
    }
  }
}
