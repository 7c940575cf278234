package dev.canon.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.DictionaryLoader;
import dev.canon.result.Correction;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The data and the checks of {@code spark/cluster-test.sh} (run as a program there, never by the
 * build directly): it writes the deterministic input, then checks the cluster's outputs against
 * the library and the executors' logs.
 *
 * <pre>
 * generate DIR ROWS              DIR/input.jsonl, DIR/input-parquet/, DIR/dict/, DIR/broken/
 * verify DIR OUT:FORMAT...       every output row equals the library's correction of its text
 * builds APP_ID MIN WORK_DIR...  no executor built a corrector twice; at least MIN built one
 * library DIR                    times the library alone on the input (1 and 2 threads)
 * </pre>
 *
 * It runs with the test classes, the job jar and Spark's own jars, and the spark module as its
 * working directory (the seed transcript is read from ../examples, as the tests do). Exits 1 with
 * the reason when a check fails.
 */
public final class ClusterCheck {

  /** The broken dictionary's name and the line its error must name. */
  static final String BROKEN = "broken-terms.yaml";

  static final int BROKEN_LINE = 5;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterCheck() {}

  public static void main(String[] args) throws Exception {
    try {
      switch (args.length == 0 ? "" : args[0]) {
        case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]));
        case "verify" -> verify(Path.of(args[1]), List.of(args).subList(2, args.length));
        case "library" -> library(Path.of(args[1]));
        case "builds" ->
            builds(args[1], Integer.parseInt(args[2]),
                Stream.of(args).skip(3).map(Path::of).toList());
        default -> throw new IllegalArgumentException(
            "usage: ClusterCheck generate DIR ROWS | verify DIR OUT:FORMAT... | builds APP MIN WORK...");
      }
    } catch (AssertionError e) {
      System.err.println("cluster check FAILED: " + e.getMessage());
      System.exit(1);
    }
  }

  // ---- generate ----

  /**
   * Writes {@code rows} transcripts, each one to three seed sentences drawn with a fixed seed,
   * some with a term of the job's own dictionary or an emoji outside the BMP (so code point
   * offsets differ from UTF-16 indices): the same files on every run.
   */
  static void generate(Path dir, int rows) throws IOException {
    Files.createDirectories(dir.resolve("dict"));
    Files.createDirectories(dir.resolve("broken"));
    Files.writeString(dir.resolve("dict").resolve("cluster-terms.yaml"),
        """
        name: cluster-terms
        version: 1
        entities:
          - canonical: Zephyrine
            type: product
            aliases: [Zefirin, Zefirine]
          - canonical: Quillbrook Labs
            type: org
            aliases: [Quilbrook Labs]
        """);
    // Line 5 is an entity without its canonical name.
    Files.writeString(dir.resolve("broken").resolve(BROKEN),
        """
        name: broken-terms
        version: 1
        entities:
          - canonical: Zephyrine
          - aliases: [Zefirin]
        """);
    List<String> sentences = SeedCorpus.sentences();
    String[] extras = {"Zefirin 的新版本", "Quilbrook Labs 发布了", "😀 ", "𠀀𠀁 "};
    Random random = new Random(20261129L);
    Path jsonl = dir.resolve("input.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (int i = 0; i < rows; i++) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(4) == 0) {
          text.append(extras[random.nextInt(extras.length)]);
        }
        int pieces = 1 + random.nextInt(3);
        for (int p = 0; p < pieces; p++) {
          text.append(sentences.get(random.nextInt(sentences.size())));
        }
        ObjectNode row = JSON.createObjectNode();
        row.put("id", String.format("r%07d", i));
        row.put("text", text.toString());
        out.write(JSON.writeValueAsString(row));
        out.write('\n');
      }
    }
    // The Parquet input: the same rows in six files, written by Spark in local mode.
    SparkSession spark = localSpark();
    try {
      spark.read().schema(INPUT).json(jsonl.toString()).repartition(6)
          .write().parquet(dir.resolve("input-parquet").toString());
    } finally {
      spark.stop();
    }
    System.out.println("generated " + rows + " rows in " + dir);
  }

  private static final StructType INPUT =
      new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);

  // ---- verify ----

  /**
   * Each output ({@code path:jsonl} or {@code path:parquet}) holds exactly the input's ids, and
   * per id the library's corrected text and entities (code point offsets counted here from the
   * text start, not by {@link EntityRows}); all outputs are then identical. Prints each output's
   * digest.
   */
  static void verify(Path dir, List<String> outputs) throws IOException {
    Map<String, String> texts = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(dir.resolve("input.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode row = JSON.readTree(line);
        texts.put(row.get("id").asText(), row.get("text").asText());
      }
    }
    Corrector library =
        Corrector.builder()
            .addAll(BundledDictionaries.load())
            .add(DictionaryLoader.defaults().load(dir.resolve("dict").resolve("cluster-terms.yaml")))
            .build();
    // The texts repeat sentences, so many are equal: each distinct text is corrected once.
    Map<String, String> expectedByText = new HashMap<>();
    StructType outputSchema =
        INPUT.add("corrected", DataTypes.StringType).add("entities", EntityRows.ENTITIES);
    SparkSession spark = localSpark();
    Map<String, String> digests = new LinkedHashMap<>();
    try {
      for (String output : outputs) {
        int colon = output.lastIndexOf(':');
        String path = output.substring(0, colon);
        String format = output.substring(colon + 1);
        Dataset<Row> rows =
            format.equals("parquet")
                ? spark.read().parquet(path)
                : spark.read().schema(outputSchema).json(path);
        check(List.of(rows.columns()).equals(List.of("id", "text", "corrected", "entities")),
            output + ": columns " + List.of(rows.columns()));
        TreeMap<String, String> actual = new TreeMap<>();
        Iterator<Row> it = rows.toLocalIterator();
        while (it.hasNext()) {
          Row r = it.next();
          String id = r.getString(0);
          String text = texts.get(id);
          check(text != null, output + ": id " + id + " is not in the input");
          check(text.equals(r.getString(1)), output + ": " + id + ": text changed");
          String got = r.getString(2) + "\n" + actualEntities(r.getList(3));
          check(actual.put(id, got) == null, output + ": id " + id + " twice");
          String want = expectedByText.computeIfAbsent(text, t -> {
            Correction c = library.correct(t);
            return c.corrected() + "\n" + expectedEntities(c);
          });
          check(want.equals(got), output + ": " + id + " differs from the library:\n  library: "
              + want + "\n  cluster: " + got);
        }
        check(actual.size() == texts.size(),
            output + ": " + actual.size() + " rows for " + texts.size() + " input rows");
        digests.put(output, digest(actual));
        System.out.println(output + ": " + actual.size() + " rows equal the library's; digest "
            + digests.get(output));
      }
    } finally {
      spark.stop();
    }
    check(digests.values().stream().distinct().count() == 1, "outputs differ: " + digests);
    long changed = expectedByText.values().stream().filter(v -> v.contains("|true")).count();
    System.out.println("verified " + outputs.size() + " outputs of " + texts.size() + " rows ("
        + expectedByText.size() + " distinct texts, " + changed + " of them with a changed entity)");
  }

  /**
   * The entities the output must hold for {@code c}, written out, with code point offsets counted
   * from the text start (as {@link LocalSpark#expectedEntities}, which needs core's test jar).
   */
  private static String expectedEntities(Correction c) {
    String text = c.original();
    return c.mentions().stream()
        .map(m -> String.join("|", m.entityId(), m.canonical(), m.type(),
            Integer.toString(text.codePointCount(0, m.span().start())),
            Integer.toString(text.codePointCount(0, m.span().end())), m.surface(),
            m.method().jsonName(), Double.toString(m.score()), Boolean.toString(m.changed())))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static String actualEntities(List<Row> entities) {
    return entities.stream()
        .map(e -> String.join("|", e.getAs("id"), e.getAs("canonical"), e.getAs("type"),
            e.getAs("start").toString(), e.getAs("end").toString(), e.getAs("text"),
            e.getAs("method"), e.getAs("score").toString(), e.getAs("changed").toString()))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static String digest(TreeMap<String, String> rows) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      rows.forEach((id, value) -> {
        sha.update(id.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      });
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- library ----

  /**
   * Times the library on every input row (no memo): a first pass in the fresh JVM, then one
   * thread and two threads warm: the baseline the cluster's numbers in the README stand beside.
   */
  static void library(Path dir) throws Exception {
    List<String> texts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(dir.resolve("input.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        texts.add(JSON.readTree(line).get("text").asText());
      }
    }
    Corrector library =
        Corrector.builder()
            .addAll(BundledDictionaries.load())
            .add(DictionaryLoader.defaults().load(dir.resolve("dict").resolve("cluster-terms.yaml")))
            .build();
    // The first pass is the cold one, JIT compilation included, as in a fresh executor JVM.
    long start = System.nanoTime();
    texts.forEach(library::correct);
    double cold = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    long checksum = texts.stream().mapToLong(t -> library.correct(t).corrected().length()).sum();
    double one = (System.nanoTime() - start) / 1e9;
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(2);
    start = System.nanoTime();
    long checksum2 =
        pool.submit(() -> texts.parallelStream().mapToLong(t -> library.correct(t).corrected().length()).sum())
            .get();
    double two = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    check(checksum == checksum2, "one and two threads disagree");
    System.out.printf("library, 1 thread, first pass (cold JVM): %d rows in %.1f s = %.0f rows/s%n", texts.size(), cold, texts.size() / cold);
    System.out.printf("library, 1 thread: %d rows in %.1f s = %.0f rows/s%n", texts.size(), one, texts.size() / one);
    System.out.printf("library, 2 threads: %d rows in %.1f s = %.0f rows/s%n", texts.size(), two, texts.size() / two);
  }

  // ---- builds ----

  private static final Pattern BUILT =
      Pattern.compile(Pattern.quote(Correctors.BUILT) + " ([0-9a-f]{64})");

  /**
   * Reads the stderr log of every executor of {@code appId} under the workers' work folders: no
   * executor built the corrector for a fingerprint more than once, and at least
   * {@code minExecutors} executors (separate JVMs) built it. (An executor may finish tasks without
   * a build: Spark's schema pass over JSON input corrects nothing, and a killed executor may die
   * before its first build.)
   */
  static void builds(String appId, int minExecutors, List<Path> workDirs) throws IOException {
    int executorsThatBuilt = 0;
    List<String> report = new ArrayList<>();
    for (Path work : workDirs) {
      Path app = work.resolve(appId);
      if (!Files.isDirectory(app)) {
        continue;
      }
      try (Stream<Path> executors = Files.list(app)) {
        for (Path executor : executors.sorted().toList()) {
          Path log = executor.resolve("stderr");
          if (!Files.exists(log)) {
            continue;
          }
          int tasks = 0;
          Map<String, Integer> built = new TreeMap<>();
          for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.contains("Finished task ")) {
              tasks++;
            }
            Matcher m = BUILT.matcher(line);
            if (m.find()) {
              built.merge(m.group(1), 1, Integer::sum);
            }
          }
          String where = work.getFileName() + "/" + appId + "/" + executor.getFileName();
          report.add(where + ": " + tasks + " tasks finished, builds per fingerprint " + shorten(built));
          for (Map.Entry<String, Integer> e : built.entrySet()) {
            check(e.getValue() == 1, where + " built the corrector for " + e.getKey() + " "
                + e.getValue() + " times");
          }
          if (!built.isEmpty()) {
            executorsThatBuilt++;
          }
        }
      }
    }
    report.forEach(System.out::println);
    check(executorsThatBuilt >= minExecutors, appId + ": " + executorsThatBuilt
        + " executors built a corrector; expected at least " + minExecutors);
  }

  private static Map<String, Integer> shorten(Map<String, Integer> built) {
    Map<String, Integer> out = new TreeMap<>();
    built.forEach((k, v) -> out.put(k.substring(0, 12), v));
    return out;
  }

  // ---- shared ----

  private static SparkSession localSpark() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("canon-cluster-check")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }
}
